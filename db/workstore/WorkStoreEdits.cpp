// The coder's actions: claim, release, codes, status, findings, provider queries. Each is
// one BEGIN IMMEDIATE transaction with its audit entry (SqliteWorkStore::writeTransaction).
#include "workstore/SqliteWorkStore.h"
#include "workstore/WorkStoreJson.h"
#include "workstore/WorkStoreRows.h"

#include <QSqlQuery>

namespace wcw {
namespace {

// An encounter as an edit sees it, read inside the write transaction.
struct EncounterState
{
    bool found = false;
    QString externalId;
    QString status;
    QString codesText;
    QString claimant; // empty when unclaimed or the claim expired
};

EncounterState readState(QSqlDatabase& db, qint64 id, const QString& cutoff)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT external_id, status, codes_text, "
                       "CASE WHEN claimed_at >= :cutoff THEN claimed_by END FROM encounters WHERE id = :id"));
    q.bindValue(QStringLiteral(":cutoff"), cutoff);
    q.bindValue(QStringLiteral(":id"), id);
    EncounterState s;
    if (q.exec() && q.next())
        s = {true, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString()};
    return s;
}

QString stateJson(const EncounterState& s)
{
    return db::jsonText(
        QJsonObject{{QStringLiteral("encounter_id"), s.externalId},
                    {QStringLiteral("status"), s.status},
                    {QStringLiteral("codes"), QJsonArray::fromStringList(db::splitCodes(s.codesText))},
                    {QStringLiteral("claimed_by"), s.claimant}});
}

bool userExists(QSqlDatabase& db, const QString& userId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), userId);
    return q.exec() && q.next();
}

// Why an edit by `userId` may not touch encounter `id`, or an empty string when it may. Every coder
// edit asks the same three things inside its own transaction, so the answer cannot go stale before
// the write: the user exists, the encounter exists, nobody else holds a live claim on it.
QString editRefusal(QSqlDatabase& db, const QString& storePath, qint64 id, const QString& userId,
                    const QString& claimCutoff, EncounterState* before)
{
    if (!userExists(db, userId))
        return QStringLiteral("%1: unknown user \"%2\"").arg(storePath, userId);
    *before = readState(db, id, claimCutoff);
    if (!before->found)
        return QStringLiteral("%1: no encounter with key %2").arg(storePath).arg(id);
    if (!before->claimant.isEmpty() && before->claimant != userId)
        return QStringLiteral("encounter %1 is claimed by %2").arg(before->externalId, before->claimant);
    return {};
}

// The audit entry of an edit to one encounter: its state before the edit and as it is now.
bool auditEncounter(const SqliteWorkStore& store, QSqlDatabase& db, const QString& userId, qint64 id,
                    const QString& action, const EncounterState& before)
{
    const EncounterState after = readState(db, id, store.claimCutoffText());
    return store.appendAudit(db, {userId, QStringLiteral("encounter"), QString::number(id), action,
                                  stateJson(before), stateJson(after)});
}

} // namespace

ClaimResult SqliteWorkStore::claim(qint64 id, const QString& userId)
{
    ClaimResult result = ClaimResult::Failed;
    const bool ok = writeTransaction(QStringLiteral("claim encounter"), [&](QSqlDatabase& db) {
        if (!userExists(db, userId))
            return fail(QStringLiteral("%1: unknown user \"%2\"").arg(m_path, userId));
        const QString now = nowText();
        const EncounterState before = readState(db, id, claimCutoffText());
        if (!before.found) {
            result = ClaimResult::NotFound;
            return fail(QStringLiteral("%1: no encounter with key %2").arg(m_path).arg(id));
        }
        if (!before.claimant.isEmpty() && before.claimant != userId) {
            result = ClaimResult::TakenByOther;
            return fail(
                QStringLiteral("encounter %1 is claimed by %2").arg(before.externalId, before.claimant));
        }
        // The conditional UPDATE is the guard itself: it only takes an unclaimed, expired or own claim.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE encounters SET claimed_by = :user, claimed_at = :now, "
                                 "status = CASE status WHEN 'new' THEN 'in progress' ELSE status END "
                                 "WHERE id = :id AND (claimed_by IS NULL OR claimed_by = :same_user "
                                 "OR claimed_at IS NULL OR claimed_at < :cutoff)"));
        q.bindValue(QStringLiteral(":user"), userId);
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":same_user"), userId);
        q.bindValue(QStringLiteral(":cutoff"), claimCutoffText());
        if (!q.exec())
            return failQuery(q, QStringLiteral("claim encounter"));
        if (q.numRowsAffected() != 1) {
            result = ClaimResult::TakenByOther;
            return fail(QStringLiteral("encounter %1 was claimed by someone else").arg(before.externalId));
        }
        if (before.claimant == userId) { // a renewal keeps the claim alive; ownership did not change
            result = ClaimResult::AlreadyYours;
            return true;
        }
        result = ClaimResult::Claimed;
        return auditEncounter(*this, db, userId, id, QStringLiteral("claim"), before);
    });
    if (!ok && (result == ClaimResult::Claimed || result == ClaimResult::AlreadyYours))
        result = ClaimResult::Failed; // the commit failed: nothing was taken
    return result;
}

bool SqliteWorkStore::releaseClaim(qint64 id, const QString& userId)
{
    return writeTransaction(QStringLiteral("release claim"), [&](QSqlDatabase& db) {
        const EncounterState before = readState(db, id, claimCutoffText());
        if (!before.found)
            return fail(QStringLiteral("%1: no encounter with key %2").arg(m_path).arg(id));
        if (before.claimant != userId)
            return fail(QStringLiteral("encounter %1 is not claimed by %2").arg(before.externalId, userId));
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE encounters SET claimed_by = NULL, claimed_at = NULL WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("release claim"));
        return auditEncounter(*this, db, userId, id, QStringLiteral("release"), before);
    });
}

bool SqliteWorkStore::setCodes(qint64 id, const QStringList& codes, const QString& userId)
{
    QStringList clean;
    QString bad;
    if (!db::normalizeCodes(codes, &clean, &bad))
        return fail(QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(bad));
    return writeTransaction(QStringLiteral("set codes"), [&](QSqlDatabase& db) {
        EncounterState before;
        if (const QString refusal = editRefusal(db, m_path, id, userId, claimCutoffText(), &before);
            !refusal.isEmpty())
            return fail(refusal);
        const QString now = nowText();
        QSqlQuery q(db);
        // Codes kept from before keep who assigned them and when; new ones are this user's, now.
        q.prepare(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS kept_codes (code TEXT PRIMARY KEY, by TEXT, at TEXT)"));
        if (!q.exec() || !q.exec(QStringLiteral("DELETE FROM temp.kept_codes")))
            return failQuery(q, QStringLiteral("set codes"));
        q.prepare(QStringLiteral("INSERT INTO temp.kept_codes SELECT code, assigned_by, assigned_at "
                                 "FROM encounter_codes WHERE encounter_id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("set codes"));
        q.prepare(QStringLiteral("DELETE FROM encounter_codes WHERE encounter_id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("set codes"));
        q.prepare(QStringLiteral("INSERT INTO encounter_codes (encounter_id, seq, code, assigned_by, "
                                 "assigned_at) VALUES (:id, :seq, :code, "
                                 "coalesce((SELECT by FROM temp.kept_codes WHERE code = :code1), :user), "
                                 "coalesce((SELECT at FROM temp.kept_codes WHERE code = :code2), :now))"));
        for (qsizetype i = 0; i < clean.size(); ++i) {
            q.bindValue(QStringLiteral(":id"), id);
            q.bindValue(QStringLiteral(":seq"), int(i + 1));
            q.bindValue(QStringLiteral(":code"), clean[i]);
            q.bindValue(QStringLiteral(":code1"), clean[i]);
            q.bindValue(QStringLiteral(":user"), userId);
            q.bindValue(QStringLiteral(":code2"), clean[i]);
            q.bindValue(QStringLiteral(":now"), now);
            if (!q.exec())
                return failQuery(q, QStringLiteral("store code ") + clean[i]);
        }
        q.prepare(QStringLiteral(
            "UPDATE encounters SET codes_text = :codes, updated_at = :now, claimed_by = :user, "
            "claimed_at = :now2, status = CASE status WHEN 'new' THEN 'in progress' ELSE status "
            "END WHERE id = :id"));
        q.bindValue(QStringLiteral(":codes"), db::text(clean.join(QLatin1Char(','))));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":user"), userId);
        q.bindValue(QStringLiteral(":now2"), now);
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("set codes"));
        return auditEncounter(*this, db, userId, id, QStringLiteral("set-codes"), before);
    });
}

bool SqliteWorkStore::setStatus(qint64 id, EncounterStatus status, const QString& userId)
{
    return writeTransaction(QStringLiteral("set status"), [&](QSqlDatabase& db) {
        EncounterState before;
        if (const QString refusal = editRefusal(db, m_path, id, userId, claimCutoffText(), &before);
            !refusal.isEmpty())
            return fail(refusal);
        // Done hands the encounter back (nobody holds a finished chart); other states keep it with the coder.
        const bool done = status == EncounterStatus::Done;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE encounters SET status = :status, updated_at = :now, claimed_by = :user, "
                           "claimed_at = :claimed_at WHERE id = :id"));
        q.bindValue(QStringLiteral(":status"), statusName(status));
        q.bindValue(QStringLiteral(":now"), nowText());
        q.bindValue(QStringLiteral(":user"), done ? QVariant() : QVariant(userId));
        q.bindValue(QStringLiteral(":claimed_at"), done ? QVariant() : QVariant(nowText()));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("set status"));
        return auditEncounter(*this, db, userId, id, QStringLiteral("set-status"), before);
    });
}

// Findings are computed, not decided by a user: they are replaced without an audit entry.
bool SqliteWorkStore::saveFindings(qint64 id, const QList<Finding>& findings)
{
    return writeTransaction(QStringLiteral("save findings"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM findings WHERE encounter_id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("save findings"));
        q.prepare(
            QStringLiteral("INSERT INTO findings (encounter_id, seq, rule, severity, json, computed_at) "
                           "VALUES (:id, :seq, :rule, :severity, :json, :at)"));
        for (qsizetype i = 0; i < findings.size(); ++i) {
            q.bindValue(QStringLiteral(":id"), id);
            q.bindValue(QStringLiteral(":seq"), int(i + 1));
            q.bindValue(QStringLiteral(":rule"), findings[i].rule);
            q.bindValue(QStringLiteral(":severity"), severityName(findings[i].severity));
            q.bindValue(QStringLiteral(":json"), db::jsonText(db::storedFindingJson(findings[i])));
            q.bindValue(QStringLiteral(":at"), nowText());
            if (!q.exec())
                return failQuery(q, QStringLiteral("save finding ") + findings[i].rule);
        }
        return true;
    });
}

qint64 SqliteWorkStore::saveQuery(qint64 id, const ProviderQuery& query, const QString& userId)
{
    qint64 queryId = 0;
    const bool ok = writeTransaction(QStringLiteral("send provider query"), [&](QSqlDatabase& db) {
        EncounterState before;
        if (const QString refusal = editRefusal(db, m_path, id, userId, claimCutoffText(), &before);
            !refusal.isEmpty())
            return fail(refusal);
        const QString json = db::jsonText(db::storedQueryJson(query));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO provider_queries (encounter_id, json, author, sent_at) "
                                 "VALUES (:id, :json, :author, :at)"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":json"), json);
        q.bindValue(QStringLiteral(":author"), userId);
        q.bindValue(QStringLiteral(":at"), nowText());
        if (!q.exec())
            return failQuery(q, QStringLiteral("store provider query"));
        queryId = q.lastInsertId().toLongLong();
        // Sending a query parks the encounter until the provider answers.
        q.prepare(
            QStringLiteral("UPDATE encounters SET status = 'query sent', updated_at = :now WHERE id = :id"));
        q.bindValue(QStringLiteral(":now"), nowText());
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("mark query sent"));
        return appendAudit(db, {userId, QStringLiteral("query"), QString::number(queryId),
                                QStringLiteral("send-query"), stateJson(before), json});
    });
    return ok ? queryId : 0;
}

bool SqliteWorkStore::answerQuery(qint64 queryId, const QString& answer, const QString& userId)
{
    if (answer.trimmed().isEmpty())
        return fail(QStringLiteral("a provider answer cannot be empty"));
    return writeTransaction(QStringLiteral("record provider answer"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT encounter_id, answer FROM provider_queries WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), queryId);
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("%1: no provider query with key %2").arg(m_path).arg(queryId));
        const qint64 encounterKey = q.value(0).toLongLong();
        const QString before = q.value(1).toString();
        q.prepare(QStringLiteral("UPDATE provider_queries SET answer = :answer, answered_by = :user, "
                                 "answered_at = :at WHERE id = :id"));
        q.bindValue(QStringLiteral(":answer"), answer);
        q.bindValue(QStringLiteral(":user"), userId);
        q.bindValue(QStringLiteral(":at"), nowText());
        q.bindValue(QStringLiteral(":id"), queryId);
        if (!q.exec())
            return failQuery(q, QStringLiteral("record provider answer"));
        // The answer brings the chart back to work.
        q.prepare(QStringLiteral("UPDATE encounters SET status = 'in progress', updated_at = :now "
                                 "WHERE id = :id AND status = 'query sent'"));
        q.bindValue(QStringLiteral(":now"), nowText());
        q.bindValue(QStringLiteral(":id"), encounterKey);
        if (!q.exec())
            return failQuery(q, QStringLiteral("reopen encounter after answer"));
        return appendAudit(db, {userId, QStringLiteral("query"), QString::number(queryId),
                                QStringLiteral("answer-query"),
                                db::jsonText(QJsonObject{{QStringLiteral("answer"), before}}),
                                db::jsonText(QJsonObject{{QStringLiteral("answer"), answer}})});
    });
}

} // namespace wcw
