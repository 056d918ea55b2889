#include "workstore/DemoSeeder.h"

#include "work/ProgressionRefresh.h"
#include "workstore/SqliteWorkStore.h"
#include "workstore/WorkStoreJson.h"
#include "workstore/WorkStoreRows.h"

#include <QSqlQuery>

namespace wcw {
namespace {

// The prepared statements of one seeding run, reused for every row.
class DemoWriter
{
public:
    DemoWriter(SqliteWorkStore& store, QSqlDatabase& db)
        : m_store(store), m_patient(db), m_encounter(db), m_code(db)
    {
    }

    // False (the store's lastError() set) when a statement cannot be prepared.
    bool prepare()
    {
        return m_store.prepare(m_patient,
                               QStringLiteral("INSERT INTO patients (external_id, name, birth_date, sex) "
                                              "VALUES (:ext, :name, :birth, :sex)"),
                               QStringLiteral("store demo patients")) &&
               m_store.prepare(
                   m_encounter,
                   QStringLiteral("INSERT INTO encounters (external_id, patient_id, date_of_service, "
                                  "setting, provider, note, status, updated_at, codes_text, "
                                  "progression) VALUES (:ext, :patient, :date, :setting, :provider, "
                                  ":note, :status, :updated, :codes, :progression)"),
                   QStringLiteral("store demo encounters")) &&
               m_store.prepare(
                   m_code,
                   QStringLiteral(
                       "INSERT INTO encounter_codes (encounter_id, seq, code, assigned_by, assigned_at) "
                       "VALUES (:encounter, :seq, :code, :by, :at)"),
                   QStringLiteral("store demo codes"));
    }

    bool write(const DemoPatient& p, DemoSeedStats* stats)
    {
        m_patient.bindValue(QStringLiteral(":ext"), p.patient.patientId);
        m_patient.bindValue(QStringLiteral(":name"), p.patient.name);
        m_patient.bindValue(QStringLiteral(":birth"), p.patient.birthDate.toString(Qt::ISODate));
        m_patient.bindValue(QStringLiteral(":sex"), p.patient.sex);
        if (!m_patient.exec())
            return m_store.failQuery(m_patient, QStringLiteral("store demo patient ") + p.patient.patientId);
        const qint64 patientKey = m_patient.lastInsertId().toLongLong();
        ++stats->patients;
        for (const DemoVisit& v : p.visits) {
            if (!writeVisit(v, patientKey))
                return false;
            ++stats->encounters;
            stats->done += v.status == EncounterStatus::Done ? 1 : 0;
            stats->today += v.encounter.status == QLatin1String("new") && v.codedBy.isEmpty() &&
                                    v.encounter.dateOfService == m_today
                                ? 1
                                : 0;
        }
        return true;
    }
    QDate m_today;

private:
    bool writeVisit(const DemoVisit& v, qint64 patientKey)
    {
        const ImportedEncounter& e = v.encounter;
        // A coder's work is stamped at the end of the visit day.
        const QString at = QDateTime(e.dateOfService, QTime(17, 0), Qt::UTC).toString(Qt::ISODateWithMs);
        m_encounter.bindValue(QStringLiteral(":ext"), e.encounterId);
        m_encounter.bindValue(QStringLiteral(":patient"), patientKey);
        m_encounter.bindValue(QStringLiteral(":date"), e.dateOfService.toString(Qt::ISODate));
        m_encounter.bindValue(QStringLiteral(":setting"), settingName(e.setting));
        m_encounter.bindValue(QStringLiteral(":provider"), e.provider);
        m_encounter.bindValue(QStringLiteral(":note"), e.note);
        m_encounter.bindValue(QStringLiteral(":status"), e.status);
        m_encounter.bindValue(QStringLiteral(":updated"), at);
        m_encounter.bindValue(QStringLiteral(":codes"), db::text(e.codes.join(QLatin1Char(','))));
        // Unknown until refreshProgression() reads the note after the commit: stores never read notes.
        m_encounter.bindValue(QStringLiteral(":progression"), QVariant(QMetaType::fromType<int>()));
        if (!m_encounter.exec())
            return m_store.failQuery(m_encounter, QStringLiteral("store demo encounter ") + e.encounterId);
        const qint64 key = m_encounter.lastInsertId().toLongLong();
        for (qsizetype i = 0; i < e.codes.size(); ++i) {
            m_code.bindValue(QStringLiteral(":encounter"), key);
            m_code.bindValue(QStringLiteral(":seq"), int(i + 1));
            m_code.bindValue(QStringLiteral(":code"), e.codes[i]);
            m_code.bindValue(QStringLiteral(":by"),
                             v.codedBy.isEmpty() ? QStringLiteral("import") : v.codedBy);
            m_code.bindValue(QStringLiteral(":at"), at);
            if (!m_code.exec())
                return m_store.failQuery(m_code, QStringLiteral("store demo code ") + e.codes[i]);
        }
        return true;
    }

    SqliteWorkStore& m_store;
    QSqlQuery m_patient;
    QSqlQuery m_encounter;
    QSqlQuery m_code;
};

bool addMissingUsers(SqliteWorkStore& store, QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!store.prepare(
            q, QStringLiteral("INSERT OR IGNORE INTO users (id, name, role) VALUES (:id, :name, :role)"),
            QStringLiteral("add demo users")))
        return false;
    for (const User& u : DemoGenerator::users()) {
        q.bindValue(QStringLiteral(":id"), u.id);
        q.bindValue(QStringLiteral(":name"), u.name);
        q.bindValue(QStringLiteral(":role"), roleName(u.role));
        if (!q.exec())
            return store.failQuery(q, QStringLiteral("add demo user ") + u.id);
    }
    return true;
}

} // namespace

bool seedDemo(SqliteWorkStore& store, const DemoOptions& options, const QString& userId, DemoSeedStats* stats,
              QString* error)
{
    DemoOptions opts = options;
    if (!opts.today.isValid())
        opts.today = store.clock().today();
    DemoSeedStats local;
    DemoSeedStats& s = stats ? *stats : local;
    s = {};
    const bool ok = store.writeTransaction(QStringLiteral("seed demo data"), [&](QSqlDatabase& db) {
        if (!addMissingUsers(store, db))
            return false;
        DemoWriter writer(store, db);
        if (!writer.prepare())
            return false;
        writer.m_today = opts.today;
        bool good = true;
        DemoGenerator(opts).generate([&](const DemoPatient& p) { good = good && writer.write(p, &s); });
        if (!good)
            return false;
        const QJsonObject after{{QStringLiteral("patients"), s.patients},
                                {QStringLiteral("encounters"), s.encounters},
                                {QStringLiteral("seed"), QString::number(opts.seed)},
                                {QStringLiteral("today"), opts.today.toString(Qt::ISODate)}};
        return store.appendAudit(db, {userId,
                                      QStringLiteral("store"),
                                      store.path(),
                                      QStringLiteral("demo-seed"),
                                      {},
                                      db::jsonText(after)});
    });
    if (!ok) {
        if (error)
            *error = store.lastError();
        return false;
    }
    return refreshProgression(store, error);
}

bool seedDemoIfEmpty(SqliteWorkStore& store, int patients, quint64 seed, QString* error)
{
    const qint64 stored = store.encounterCount();
    if (stored < 0) { // unreadable: never seed over data we cannot see
        if (error)
            *error = store.lastError();
        return false;
    }
    if (stored > 0)
        return true;
    DemoOptions options;
    options.patients = patients;
    options.seed = seed;
    options.meanVisits = 5;
    return seedDemo(store, options, QStringLiteral("admin"), nullptr, error);
}

bool seedDemoIfEmpty(const QString& storePath, int patients, quint64 seed, QString* error)
{
    auto store = SqliteWorkStore::open(storePath, error);
    return store && seedDemoIfEmpty(*store, patients, seed, error);
}

} // namespace wcw
