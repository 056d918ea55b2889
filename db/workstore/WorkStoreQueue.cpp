// Reading the work: the queue, one encounter with its history, its provider queries.
#include "sqlite/SqlCheck.h"
#include "workstore/SqliteWorkStore.h"
#include "workstore/WorkStoreJson.h"
#include "workstore/WorkStoreRows.h"

#include <QSqlQuery>

namespace wcw {
namespace {

using db::settingFromText;
using db::splitCodes;

// Placeholder names (":s0, :s1, ...") for an IN list; only the count comes from the caller.
QString placeholders(const QString& prefix, qsizetype n)
{
    QStringList names;
    for (qsizetype i = 0; i < n; ++i)
        names.append(QStringLiteral(":%1%2").arg(prefix).arg(i));
    return names.join(QStringLiteral(", "));
}

const QString kQueueSelect = QStringLiteral(
    "SELECT e.id, e.external_id, p.external_id, p.name, e.date_of_service, e.setting, e.provider, e.status, "
    "CASE WHEN e.claimed_at >= :cutoff THEN e.claimed_by END, e.codes_text, "
    "(SELECT count(*) FROM findings f WHERE f.encounter_id = e.id), "
    "(SELECT max(CASE f.severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END) FROM findings f "
    " WHERE f.encounter_id = e.id), "
    "(SELECT group_concat(f.rule, ',') FROM findings f WHERE f.encounter_id = e.id) "
    "FROM encounters e JOIN patients p ON p.id = e.patient_id ");

QueueItem queueItemFrom(const QSqlQuery& q)
{
    QueueItem item;
    item.id = q.value(0).toLongLong();
    item.encounterId = q.value(1).toString();
    item.patientId = q.value(2).toString();
    item.patientName = q.value(3).toString();
    item.dateOfService = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    item.setting = settingFromText(q.value(5).toString());
    item.provider = q.value(6).toString();
    item.status = statusFromName(q.value(7).toString()).value_or(EncounterStatus::New);
    item.claimedBy = q.value(8).toString();
    item.codes = splitCodes(q.value(9).toString());
    item.findingCount = q.value(10).toInt();
    if (!q.value(11).isNull())
        item.worstSeverity = Severity(q.value(11).toInt());
    item.findingRules = splitCodes(q.value(12).toString());
    return item;
}

} // namespace

QList<QueueItem> SqliteWorkStore::queue(const QueueFilter& filter) const
{
    m_lastError.clear();
    QList<QueueItem> items;
    QString sql = kQueueSelect + QStringLiteral("WHERE 1 = 1 ");
    if (filter.day.isValid())
        sql += QStringLiteral("AND e.date_of_service = :day ");
    // A coder's queue: what they hold plus what nobody holds (no claim, or an expired one).
    if (!filter.assignedTo.isEmpty())
        sql += QStringLiteral("AND (e.claimed_by IS NULL OR e.claimed_by = :user OR e.claimed_at IS NULL "
                              "OR e.claimed_at < :cutoff_again) ");
    if (!filter.statuses.isEmpty())
        sql += QStringLiteral("AND e.status IN (%1) ")
                   .arg(placeholders(QStringLiteral("s"), filter.statuses.size()));
    sql += QStringLiteral("ORDER BY e.date_of_service, e.id LIMIT :limit");
    const QString purpose = QStringLiteral("read the queue");
    const Result<QString> cutoff = claimCutoff();
    if (!cutoff) {
        fail(cutoff.error());
        return items;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!prepare(q, sql, purpose))
        return items;
    q.bindValue(QStringLiteral(":cutoff"), *cutoff);
    if (filter.day.isValid())
        q.bindValue(QStringLiteral(":day"), filter.day.toString(Qt::ISODate));
    if (!filter.assignedTo.isEmpty()) {
        q.bindValue(QStringLiteral(":user"), filter.assignedTo);
        q.bindValue(QStringLiteral(":cutoff_again"), *cutoff);
    }
    for (qsizetype i = 0; i < filter.statuses.size(); ++i)
        q.bindValue(QStringLiteral(":s%1").arg(i), statusName(filter.statuses[i]));
    q.bindValue(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : -1);
    if (!q.exec()) {
        failQuery(q, purpose);
        return items;
    }
    while (q.next())
        items.append(queueItemFrom(q));
    if (!rowsEnded(q, purpose))
        return {};
    return items;
}

qint64 SqliteWorkStore::encounterKey(const QString& externalId) const
{
    m_lastError.clear();
    const QString purpose = QStringLiteral("find encounter ") + externalId;
    QSqlQuery q(database());
    if (!prepare(q, QStringLiteral("SELECT id FROM encounters WHERE external_id = :ext"), purpose))
        return 0;
    q.bindValue(QStringLiteral(":ext"), externalId);
    if (!q.exec()) {
        failQuery(q, purpose);
        return 0;
    }
    const Result<bool> row = db::nextRow(q, database(), purpose);
    if (!row) {
        fail(row.error());
        return 0;
    }
    return *row ? q.value(0).toLongLong() : 0;
}

namespace {

// Column list of kEncounterSelect, in order.
enum EncounterColumn {
    ColExternalId,
    ColPatientId,
    ColDateOfService,
    ColSettingText,
    ColNote,
    ColCodesText,
    ColProvider,
    ColStatus,
    ColClaimedBy,
    ColClaimedAt,
    ColPatientKey,
    ColClaimLive
};

const QString kEncounterSelect =
    QStringLiteral("SELECT e.external_id, p.external_id, e.date_of_service, e.setting, e.note, "
                   "e.codes_text, e.provider, e.status, e.claimed_by, e.claimed_at, e.patient_id, "
                   "e.claimed_at >= :cutoff FROM encounters e JOIN patients p ON p.id = e.patient_id "
                   "WHERE e.id = :id");

StoredEncounter storedEncounterFrom(const QSqlQuery& q, qint64 id)
{
    StoredEncounter s;
    s.id = id;
    s.encounter.encounterId = q.value(ColExternalId).toString();
    s.encounter.patientId = q.value(ColPatientId).toString();
    s.encounter.dateOfService = QDate::fromString(q.value(ColDateOfService).toString(), Qt::ISODate);
    s.encounter.setting = settingFromText(q.value(ColSettingText).toString());
    s.encounter.note = q.value(ColNote).toString();
    s.encounter.codes = splitCodes(q.value(ColCodesText).toString());
    s.provider = q.value(ColProvider).toString();
    s.status = statusFromName(q.value(ColStatus).toString()).value_or(EncounterStatus::New);
    if (q.value(ColClaimLive).toBool()) { // an expired claim is no claim
        s.claimedBy = q.value(ColClaimedBy).toString();
        s.claimedAt = QDateTime::fromString(q.value(ColClaimedAt).toString(), Qt::ISODateWithMs);
    }
    return s;
}

// The patient's visits before `date`, oldest first: what the rules compare this visit with.
bool readEarlierVisits(const SqliteWorkStore& store, QSqlDatabase& db, qint64 patientKey, const QString& date,
                       Encounter* e)
{
    const QString purpose = QStringLiteral("read earlier visits");
    QSqlQuery h(db);
    if (!store.prepare(
            h,
            QStringLiteral(
                "SELECT external_id, date_of_service, codes_text, note FROM encounters "
                "WHERE patient_id = :patient AND date_of_service < :date ORDER BY date_of_service"),
            purpose))
        return false;
    h.bindValue(QStringLiteral(":patient"), patientKey);
    h.bindValue(QStringLiteral(":date"), date);
    if (!h.exec())
        return store.failQuery(h, purpose);
    while (h.next()) {
        e->history.append({h.value(0).toString(), QDate::fromString(h.value(1).toString(), Qt::ISODate),
                           splitCodes(h.value(2).toString()), h.value(3).toString()});
    }
    return store.rowsEnded(h, purpose);
}

// The findings as last computed and the codings from other systems (shown, never checked).
bool readFindingsAndCodings(const SqliteWorkStore& store, QSqlDatabase& db, StoredEncounter* s)
{
    const QString findings = QStringLiteral("read findings");
    QSqlQuery f(db);
    if (!store.prepare(f, QStringLiteral("SELECT json FROM findings WHERE encounter_id = :id ORDER BY seq"),
                       findings))
        return false;
    f.bindValue(QStringLiteral(":id"), s->id);
    if (!f.exec())
        return store.failQuery(f, findings);
    while (f.next())
        s->findings.append(db::storedFinding(db::jsonObject(f.value(0).toString())));
    if (!store.rowsEnded(f, findings))
        return false;
    const QString codings = QStringLiteral("read other codings");
    if (!store.prepare(
            f,
            QStringLiteral(
                "SELECT system, code, display FROM encounter_other_codings WHERE encounter_id = :id "
                "ORDER BY seq"),
            codings))
        return false;
    f.bindValue(QStringLiteral(":id"), s->id);
    if (!f.exec())
        return store.failQuery(f, codings);
    while (f.next())
        s->otherCodings.append({f.value(0).toString(), f.value(1).toString(), f.value(2).toString()});
    return store.rowsEnded(f, codings);
}

} // namespace

std::optional<StoredEncounter> SqliteWorkStore::encounter(qint64 id) const
{
    m_lastError.clear();
    const QString purpose = QStringLiteral("read encounter");
    const Result<QString> cutoff = claimCutoff();
    if (!cutoff) {
        fail(cutoff.error());
        return std::nullopt;
    }
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!prepare(q, kEncounterSelect, purpose))
        return std::nullopt;
    q.bindValue(QStringLiteral(":cutoff"), *cutoff);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        failQuery(q, purpose);
        return std::nullopt;
    }
    const Result<bool> row = db::nextRow(q, db, purpose);
    if (!row) {
        fail(row.error());
        return std::nullopt;
    }
    if (!*row) {
        fail(QStringLiteral("%1: no encounter with key %2").arg(m_path).arg(id));
        return std::nullopt;
    }
    StoredEncounter s = storedEncounterFrom(q, id);
    if (!readEarlierVisits(*this, db, q.value(ColPatientKey).toLongLong(),
                           q.value(ColDateOfService).toString(), &s.encounter) ||
        !readFindingsAndCodings(*this, db, &s))
        return std::nullopt;
    return s;
}

QList<StoredQuery> SqliteWorkStore::queries(qint64 encounterId) const
{
    m_lastError.clear();
    const QString purpose = QStringLiteral("read provider queries");
    QList<StoredQuery> result;
    QSqlQuery q(database());
    if (!prepare(q,
                 QStringLiteral("SELECT id, json, author, sent_at, answer, answered_at FROM provider_queries "
                                "WHERE encounter_id = :id ORDER BY id"),
                 purpose))
        return result;
    q.bindValue(QStringLiteral(":id"), encounterId);
    if (!q.exec()) {
        failQuery(q, purpose);
        return result;
    }
    while (q.next()) {
        result.append({q.value(0).toLongLong(), encounterId,
                       db::storedQuery(db::jsonObject(q.value(1).toString())), q.value(2).toString(),
                       QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toString(),
                       QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    }
    if (!rowsEnded(q, purpose))
        return {};
    return result;
}

} // namespace wcw
