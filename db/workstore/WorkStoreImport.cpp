// Storing an ImportBatch (parsed by core/CsvEncounters, core/FhirR4, encounter JSON):
// one transaction for the whole batch, a savepoint per record so that --skip-bad can drop
// a record that the database refuses without losing the others. Stable external ids make
// a re-import of the same file change nothing.
#include "sqlite/SqlCheck.h"
#include "work/ProgressionRefresh.h"
#include "workstore/SqliteWorkStore.h"
#include "workstore/WorkStoreJson.h"
#include "workstore/WorkStoreRows.h"

#include <QSet>
#include <QSqlQuery>

namespace wcw {
namespace {

// The parts of a stored encounter an import can change, in a comparable form.
struct EncounterRecord
{
    QString patientId;
    QString date;
    QString setting;
    QString provider;
    QString note;
    QString codes; // codes_text
    QString status;
    QString otherCodings; // JSON text
    bool operator==(const EncounterRecord&) const = default;
};

QString otherCodingsJson(const QList<ExternalCoding>& codings)
{
    QJsonArray arr;
    for (const ExternalCoding& c : codings) {
        arr.append(QJsonObject{{QStringLiteral("system"), c.system},
                               {QStringLiteral("code"), c.code},
                               {QStringLiteral("display"), c.display}});
    }
    return db::jsonText(arr);
}

QJsonObject recordJson(const QString& externalId, const EncounterRecord& r)
{
    return {{QStringLiteral("encounter_id"), externalId},
            {QStringLiteral("patient_id"), r.patientId},
            {QStringLiteral("date_of_service"), r.date},
            {QStringLiteral("setting"), r.setting},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("codes"), r.codes},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("other_codings"), r.otherCodings}};
}

// Checks what the database cannot: ids, date, codes, status. Empty when the record is good.
QString validate(const ImportedEncounter& e, QStringList* codes)
{
    if (e.encounterId.trimmed().isEmpty())
        return QStringLiteral("encounter_id is empty");
    if (e.patientId.trimmed().isEmpty())
        return QStringLiteral("patient_id is empty");
    if (!e.dateOfService.isValid())
        return QStringLiteral("date_of_service is missing or not a date");
    QString bad;
    if (!db::normalizeCodes(e.codes, codes, &bad))
        return QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(bad);
    if (!e.status.isEmpty() && !statusFromName(e.status))
        return QStringLiteral("unknown status \"%1\"").arg(e.status);
    return {};
}

QString locationOf(const ImportedEncounter& e)
{
    return e.source.isEmpty() ? QStringLiteral("encounter %1").arg(e.encounterId) : e.source;
}

// Writes one batch inside the caller's transaction.
class BatchWriter
{
public:
    BatchWriter(const SqliteWorkStore& store, QSqlDatabase& db, QString user, ImportSummary* summary)
        : m_store(store), m_db(db), m_user(std::move(user)), m_summary(summary)
    {
    }

    bool patient(const ImportedPatient& p, qint64* key);
    bool encounter(const ImportedEncounter& e, const QStringList& codes);

private:
    // *claimant: who holds a live claim on the stored encounter (empty when nobody does).
    bool findEncounter(const QString& externalId, qint64* key, EncounterRecord* record, QString* claimant);
    bool writeEncounter(qint64* key, const ImportedEncounter& e, const EncounterRecord& r, qint64 patientKey);
    bool writeCodes(qint64 key, const QStringList& codes, const QList<ExternalCoding>& other);
    bool exec(QSqlQuery& q, const QString& what) { return q.exec() || m_store.failQuery(q, what); }
    bool prepare(QSqlQuery& q, const QString& sql, const QString& what)
    {
        return m_store.prepare(q, sql, what);
    }

    const SqliteWorkStore& m_store;
    QSqlDatabase& m_db;
    QString m_user;
    ImportSummary* m_summary;
};

bool BatchWriter::patient(const ImportedPatient& p, qint64* key)
{
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral(
                     "SELECT id, name, coalesce(birth_date, ''), sex FROM patients WHERE external_id = :ext"),
                 QStringLiteral("read patient ") + p.patientId))
        return false;
    q.bindValue(QStringLiteral(":ext"), p.patientId);
    if (!exec(q, QStringLiteral("read patient ") + p.patientId))
        return false;
    const QJsonObject after{{QStringLiteral("patient_id"), p.patientId},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)},
                            {QStringLiteral("sex"), p.sex}};
    QString action = QStringLiteral("import-add");
    QString before;
    const Result<bool> row = db::nextRow(q, m_db, QStringLiteral("read patient ") + p.patientId);
    if (!row)
        return m_store.fail(row.error());
    if (*row) {
        *key = q.value(0).toLongLong();
        const QJsonObject old{{QStringLiteral("patient_id"), p.patientId},
                              {QStringLiteral("name"), q.value(1).toString()},
                              {QStringLiteral("birth_date"), q.value(2).toString()},
                              {QStringLiteral("sex"), q.value(3).toString()}};
        // A record that names only the id (an encounter's patient reference) changes nothing.
        if (old == after || (p.name.isEmpty() && !p.birthDate.isValid() && p.sex.isEmpty()))
            return true;
        action = QStringLiteral("import-update");
        before = db::jsonText(old);
        if (!prepare(q,
                     QStringLiteral(
                         "UPDATE patients SET name = :name, birth_date = :birth, sex = :sex WHERE id = :id"),
                     QStringLiteral("store patient ") + p.patientId))
            return false;
        q.bindValue(QStringLiteral(":id"), *key);
    } else {
        if (!prepare(q,
                     QStringLiteral("INSERT INTO patients (external_id, name, birth_date, sex) "
                                    "VALUES (:ext, :name, :birth, :sex)"),
                     QStringLiteral("store patient ") + p.patientId))
            return false;
        q.bindValue(QStringLiteral(":ext"), p.patientId);
    }
    q.bindValue(QStringLiteral(":name"), db::text(p.name));
    q.bindValue(QStringLiteral(":birth"),
                p.birthDate.isValid() ? QVariant(p.birthDate.toString(Qt::ISODate)) : QVariant());
    q.bindValue(QStringLiteral(":sex"), db::text(p.sex));
    if (!exec(q, QStringLiteral("store patient ") + p.patientId))
        return false;
    if (action == QLatin1String("import-add"))
        *key = q.lastInsertId().toLongLong();
    return m_store.appendAudit(
        m_db, {m_user, QStringLiteral("patient"), p.patientId, action, before, db::jsonText(after)});
}

bool BatchWriter::findEncounter(const QString& externalId, qint64* key, EncounterRecord* r, QString* claimant)
{
    const Result<QString> cutoff = m_store.claimCutoff();
    if (!cutoff)
        return m_store.fail(cutoff.error());
    QSqlQuery q(m_db);
    if (!prepare(
            q,
            QStringLiteral(
                "SELECT e.id, p.external_id, e.date_of_service, e.setting, e.provider, e.note, e.codes_text, "
                "e.status, CASE WHEN e.claimed_at >= :cutoff THEN e.claimed_by END "
                "FROM encounters e JOIN patients p ON p.id = e.patient_id WHERE e.external_id = :ext"),
            QStringLiteral("read encounter ") + externalId))
        return false;
    q.bindValue(QStringLiteral(":ext"), externalId);
    q.bindValue(QStringLiteral(":cutoff"), *cutoff);
    if (!exec(q, QStringLiteral("read encounter ") + externalId))
        return false;
    const Result<bool> row = db::nextRow(q, m_db, QStringLiteral("read encounter ") + externalId);
    if (!row)
        return m_store.fail(row.error());
    if (!*row)
        return true;
    *key = q.value(0).toLongLong();
    *r = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
          q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), {}};
    *claimant = q.value(8).toString();
    QList<ExternalCoding> other;
    if (!prepare(q,
                 QStringLiteral(
                     "SELECT system, code, display FROM encounter_other_codings WHERE encounter_id = :id "
                     "ORDER BY seq"),
                 QStringLiteral("read codings of ") + externalId))
        return false;
    q.bindValue(QStringLiteral(":id"), *key);
    if (!exec(q, QStringLiteral("read codings of ") + externalId))
        return false;
    while (q.next())
        other.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!m_store.rowsEnded(q, QStringLiteral("read codings of ") + externalId))
        return false;
    r->otherCodings = otherCodingsJson(other);
    return true;
}

bool BatchWriter::encounter(const ImportedEncounter& e, const QStringList& codes)
{
    qint64 patientKey = 0;
    if (!patient({e.patientId, {}, {}, {}}, &patientKey))
        return false;
    qint64 key = 0;
    EncounterRecord old;
    QString claimant;
    if (!findEncounter(e.encounterId, &key, &old, &claimant))
        return false;
    // An import without a status keeps the stored one (a coder may be working on it).
    const QString status = !e.status.isEmpty() ? e.status : key ? old.status : QStringLiteral("new");
    const EncounterRecord incoming{e.patientId,
                                   e.dateOfService.toString(Qt::ISODate),
                                   settingName(e.setting),
                                   e.provider,
                                   e.note,
                                   codes.join(QLatin1Char(',')),
                                   status,
                                   otherCodingsJson(e.otherCodings)};
    if (key && incoming == old) {
        ++m_summary->unchanged;
        return true;
    }
    // A coder holding the chart would see it change under them and could save over the import
    // (or lose their own edits): refuse; with --skip-bad only this record is left out.
    if (key && !claimant.isEmpty() && claimant != m_user) {
        return m_store.fail(
            QStringLiteral("encounter %1 is being coded by %2 (claimed); not updated - import it again "
                           "after the claim is released")
                .arg(e.encounterId, claimant));
    }
    const bool adding = key == 0;
    if (!writeEncounter(&key, e, incoming, patientKey))
        return false;
    if (adding || incoming.codes != old.codes || incoming.otherCodings != old.otherCodings) {
        if (!writeCodes(key, codes, e.otherCodings))
            return false;
    }
    if (!m_store.appendAudit(m_db, {m_user, QStringLiteral("encounter"), QString::number(key),
                                    adding ? QStringLiteral("import-add") : QStringLiteral("import-update"),
                                    adding ? QString() : db::jsonText(recordJson(e.encounterId, old)),
                                    db::jsonText(recordJson(e.encounterId, incoming))}))
        return false;
    ++(adding ? m_summary->added : m_summary->updated);
    return true;
}

bool BatchWriter::writeEncounter(qint64* key, const ImportedEncounter& e, const EncounterRecord& r,
                                 qint64 patientKey)
{
    QSqlQuery q(m_db);
    if (*key) {
        if (!prepare(q,
                     QStringLiteral(
                         "UPDATE encounters SET patient_id = :patient, date_of_service = :date, "
                         "setting = :setting, provider = :provider, note = :note, status = :status, "
                         "updated_at = :now, codes_text = :codes, progression = :progression WHERE id = :id"),
                     QStringLiteral("store encounter ") + e.encounterId))
            return false;
        q.bindValue(QStringLiteral(":id"), *key);
    } else {
        if (!prepare(
                q,
                QStringLiteral(
                    "INSERT INTO encounters (external_id, patient_id, date_of_service, setting, provider, "
                    "note, status, updated_at, codes_text, progression) VALUES (:ext, :patient, :date, "
                    ":setting, :provider, :note, :status, :now, :codes, :progression)"),
                QStringLiteral("store encounter ") + e.encounterId))
            return false;
        q.bindValue(QStringLiteral(":ext"), e.encounterId);
    }
    q.bindValue(QStringLiteral(":patient"), patientKey);
    q.bindValue(QStringLiteral(":date"), r.date);
    q.bindValue(QStringLiteral(":setting"), r.setting);
    q.bindValue(QStringLiteral(":provider"), db::text(r.provider));
    q.bindValue(QStringLiteral(":note"), db::text(r.note));
    q.bindValue(QStringLiteral(":status"), r.status);
    q.bindValue(QStringLiteral(":now"), m_store.nowText());
    q.bindValue(QStringLiteral(":codes"), db::text(r.codes));
    // Unknown until refreshProgression() reads the note (after the commit): stores never read notes.
    q.bindValue(QStringLiteral(":progression"), QVariant(QMetaType::fromType<int>()));
    if (!exec(q, QStringLiteral("store encounter ") + e.encounterId))
        return false;
    if (!*key)
        *key = q.lastInsertId().toLongLong();
    return true;
}

bool BatchWriter::writeCodes(qint64 key, const QStringList& codes, const QList<ExternalCoding>& other)
{
    QSqlQuery q(m_db);
    for (const QString& table :
         {QStringLiteral("encounter_codes"), QStringLiteral("encounter_other_codings")}) {
        // The table names are ours, never the input's.
        if (!prepare(q, QStringLiteral("DELETE FROM %1 WHERE encounter_id = :id").arg(table),
                     QStringLiteral("replace codes")))
            return false;
        q.bindValue(QStringLiteral(":id"), key);
        if (!exec(q, QStringLiteral("replace codes")))
            return false;
    }
    if (!prepare(
            q,
            QStringLiteral("INSERT INTO encounter_codes (encounter_id, seq, code, assigned_by, assigned_at) "
                           "VALUES (:id, :seq, :code, :by, :at)"),
            QStringLiteral("store codes")))
        return false;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        q.bindValue(QStringLiteral(":id"), key);
        q.bindValue(QStringLiteral(":seq"), int(i + 1));
        q.bindValue(QStringLiteral(":code"), codes[i]);
        q.bindValue(QStringLiteral(":by"), m_user);
        q.bindValue(QStringLiteral(":at"), m_store.nowText());
        if (!exec(q, QStringLiteral("store code ") + codes[i]))
            return false;
    }
    if (!prepare(
            q,
            QStringLiteral("INSERT INTO encounter_other_codings (encounter_id, seq, system, code, display) "
                           "VALUES (:id, :seq, :system, :code, :display)"),
            QStringLiteral("store codings")))
        return false;
    for (qsizetype i = 0; i < other.size(); ++i) {
        q.bindValue(QStringLiteral(":id"), key);
        q.bindValue(QStringLiteral(":seq"), int(i + 1));
        q.bindValue(QStringLiteral(":system"), other[i].system);
        q.bindValue(QStringLiteral(":code"), other[i].code);
        q.bindValue(QStringLiteral(":display"), db::text(other[i].display));
        if (!exec(q, QStringLiteral("store coding ") + other[i].code))
            return false;
    }
    return true;
}

// Every record checked before anything is written: *codes gets each record's normalized codes,
// *good whether it may be stored; the bad ones are listed in summary->skipped.
void checkRecords(const ImportBatch& batch, QList<QStringList>* codes, QList<bool>* good,
                  ImportSummary* summary)
{
    *codes = QList<QStringList>(batch.encounters.size());
    *good = QList<bool>(batch.encounters.size(), true);
    QSet<QString> seen;
    for (qsizetype i = 0; i < batch.encounters.size(); ++i) {
        const ImportedEncounter& e = batch.encounters[i];
        QString why = validate(e, &(*codes)[i]);
        if (why.isEmpty() && seen.contains(e.encounterId))
            why = QStringLiteral("encounter_id \"%1\" appears twice in the file").arg(e.encounterId);
        seen.insert(e.encounterId);
        if (!why.isEmpty()) {
            summary->skipped.append({locationOf(e), why});
            (*good)[i] = false;
        }
    }
}

// The good records of a checked batch, inside the caller's transaction.
struct CheckedBatch
{
    const ImportBatch& batch;
    QList<QStringList> codes;
    QList<bool> good;
};

bool writeBatch(const SqliteWorkStore& store, QSqlDatabase& db, const CheckedBatch& in, bool skipBad,
                const QString& userId, ImportSummary* summary)
{
    BatchWriter writer(store, db, userId, summary);
    QSqlQuery sp(db);
    for (const ImportedPatient& p : in.batch.patients) {
        qint64 key = 0;
        if (!writer.patient(p, &key))
            return false;
    }
    for (qsizetype i = 0; i < in.batch.encounters.size(); ++i) {
        if (!in.good[i])
            continue;
        if (!skipBad) {
            if (!writer.encounter(in.batch.encounters[i], in.codes[i]))
                return false;
            continue;
        }
        // With --skip-bad a record the database refuses is rolled back alone and listed; a
        // savepoint that cannot be taken or undone fails the whole import.
        if (!store.check(db::execQuery(sp, db, QStringLiteral("SAVEPOINT import_record"),
                                       QStringLiteral("start a record's savepoint"))))
            return false;
        if (writer.encounter(in.batch.encounters[i], in.codes[i])) {
            if (!store.check(db::execQuery(sp, db, QStringLiteral("RELEASE import_record"),
                                           QStringLiteral("keep a record"))))
                return false;
            continue;
        }
        const QString why = store.lastError();
        if (!store.check(db::execQuery(sp, db, QStringLiteral("ROLLBACK TO import_record"),
                                       QStringLiteral("undo a refused record"))) ||
            !store.check(db::execQuery(sp, db, QStringLiteral("RELEASE import_record"),
                                       QStringLiteral("drop a refused record's savepoint"))))
            return false;
        summary->skipped.append({locationOf(in.batch.encounters[i]), why});
    }
    return true;
}

} // namespace

bool SqliteWorkStore::importBatch(const ImportBatch& batch, bool skipBad, const QString& userId,
                                  ImportSummary* summary)
{
    ImportSummary local;
    ImportSummary& s = summary ? *summary : local;
    s = {};
    s.skipped = batch.problems;
    // Check every record first, so an all-or-nothing import fails before touching the file.
    CheckedBatch checked{batch, {}, {}};
    checkRecords(batch, &checked.codes, &checked.good, &s);
    if (!skipBad && !s.skipped.isEmpty()) {
        return fail(QStringLiteral("%1 bad record(s), nothing imported; first: %2: %3")
                        .arg(s.skipped.size())
                        .arg(s.skipped.first().location, s.skipped.first().reason));
    }
    const bool ok = writeTransaction(QStringLiteral("import encounters"), [&](QSqlDatabase& db) {
        return writeBatch(*this, db, checked, skipBad, userId, &s);
    });
    if (!ok) {
        s.added = s.updated = s.unchanged = 0;
        return false;
    }
    // The records are stored; a flag left unread here is read again the next time the store opens.
    QString why;
    if (!refreshProgression(*this, &why))
        return fail(QStringLiteral("imported, but the progression flags were not stored: ") + why);
    return true;
}

} // namespace wcw
