// The coder's actions: claim, release, codes, status, findings, provider queries. Each is
// one BEGIN IMMEDIATE transaction with its audit entry (SqliteWorkStore::writeTransaction).
#include "sqlite/SqlCheck.h"
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

Result<EncounterState> readState(QSqlDatabase& db, qint64 id, const QString& cutoff)
{
    const QString purpose = QStringLiteral("read the state of encounter %1").arg(id);
    QSqlQuery q(db);
    if (Status s = db::prepareQuery(
            q, db,
            QStringLiteral(
                "SELECT external_id, status, codes_text, "
                "CASE WHEN claimed_at >= :cutoff THEN claimed_by END FROM encounters WHERE id = :id"),
            purpose);
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":cutoff"), cutoff);
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = db::execQuery(q, db, purpose); !s)
        return s.error();
    const Result<bool> row = db::nextRow(q, db, purpose);
    if (!row)
        return row.error();
    EncounterState state;
    if (*row)
        state = {true, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString()};
    return state;
}

// readState with the store's claim cutoff; false (the store's lastError() set) when either read fails.
bool readStateInto(const SqliteWorkStore& store, QSqlDatabase& db, qint64 id, EncounterState* out)
{
    const Result<QString> cutoff = store.claimCutoff();
    if (!cutoff)
        return store.fail(cutoff.error());
    const Result<EncounterState> state = readState(db, id, *cutoff);
    if (!state)
        return store.fail(state.error());
    *out = *state;
    return true;
}

QString stateJson(const EncounterState& s)
{
    return db::jsonText(
        QJsonObject{{QStringLiteral("encounter_id"), s.externalId},
                    {QStringLiteral("status"), s.status},
                    {QStringLiteral("codes"), QJsonArray::fromStringList(db::splitCodes(s.codesText))},
                    {QStringLiteral("claimed_by"), s.claimant}});
}

// False (the store's lastError() set) when the user is unknown or the check fails.
bool checkUser(const SqliteWorkStore& store, QSqlDatabase& db, const QString& userId)
{
    const QString purpose = QStringLiteral("look up user ") + userId;
    QSqlQuery q(db);
    if (!store.prepare(q, QStringLiteral("SELECT 1 FROM users WHERE id = :id"), purpose))
        return false;
    q.bindValue(QStringLiteral(":id"), userId);
    if (!q.exec())
        return store.failQuery(q, purpose);
    const Result<bool> row = db::nextRow(q, db, purpose);
    if (!row)
        return store.fail(row.error());
    return *row || store.fail(QStringLiteral("%1: unknown user \"%2\"").arg(store.path(), userId));
}

// Whether an edit by `userId` may touch encounter `id`; false with the reason (or the failed read)
// in the store's lastError(). Every coder edit asks the same three things inside its own
// transaction, so the answer cannot go stale before the write: the user exists, the encounter
// exists, nobody else holds a live claim on it.
bool mayEdit(const SqliteWorkStore& store, QSqlDatabase& db, qint64 id, const QString& userId,
             EncounterState* before)
{
    if (!checkUser(store, db, userId) || !readStateInto(store, db, id, before))
        return false;
    if (!before->found)
        return store.fail(QStringLiteral("%1: no encounter with key %2").arg(store.path()).arg(id));
    if (!before->claimant.isEmpty() && before->claimant != userId)
        return store.fail(
            QStringLiteral("encounter %1 is claimed by %2").arg(before->externalId, before->claimant));
    return true;
}

// The audit entry of an edit to one encounter: its state before the edit and as it is now.
bool auditEncounter(const SqliteWorkStore& store, QSqlDatabase& db, const QString& userId, qint64 id,
                    const QString& action, const EncounterState& before)
{
    EncounterState after;
    if (!readStateInto(store, db, id, &after))
        return false;
    return store.appendAudit(db, {userId, QStringLiteral("encounter"), QString::number(id), action,
                                  stateJson(before), stateJson(after)});
}

// Runs `sql` with `binds`, checked; false with the store's lastError() set.
bool run(const SqliteWorkStore& store, QSqlQuery& q, const QString& sql,
         const QList<QPair<QString, QVariant>>& binds, const QString& what)
{
    if (!store.prepare(q, sql, what))
        return false;
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    return q.exec() || store.failQuery(q, what);
}

} // namespace

ClaimResult SqliteWorkStore::claim(qint64 id, const QString& userId)
{
    ClaimResult result = ClaimResult::Failed;
    const bool ok = writeTransaction(QStringLiteral("claim encounter"), [&](QSqlDatabase& db) {
        EncounterState before;
        if (!checkUser(*this, db, userId) || !readStateInto(*this, db, id, &before))
            return false;
        if (!before.found) {
            result = ClaimResult::NotFound;
            return fail(QStringLiteral("%1: no encounter with key %2").arg(m_path).arg(id));
        }
        if (!before.claimant.isEmpty() && before.claimant != userId) {
            result = ClaimResult::TakenByOther;
            return fail(
                QStringLiteral("encounter %1 is claimed by %2").arg(before.externalId, before.claimant));
        }
        const Result<QString> cutoff = claimCutoff();
        if (!cutoff)
            return fail(cutoff.error());
        // The conditional UPDATE is the guard itself: it only takes an unclaimed, expired or own claim.
        QSqlQuery q(db);
        if (!run(*this, q,
                 QStringLiteral("UPDATE encounters SET claimed_by = :user, claimed_at = :now, "
                                "status = CASE status WHEN 'new' THEN 'in progress' ELSE status END "
                                "WHERE id = :id AND (claimed_by IS NULL OR claimed_by = :same_user "
                                "OR claimed_at IS NULL OR claimed_at < :cutoff)"),
                 {{QStringLiteral(":user"), userId},
                  {QStringLiteral(":now"), nowText()},
                  {QStringLiteral(":id"), id},
                  {QStringLiteral(":same_user"), userId},
                  {QStringLiteral(":cutoff"), *cutoff}},
                 QStringLiteral("claim encounter")))
            return false;
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
        EncounterState before;
        if (!readStateInto(*this, db, id, &before))
            return false;
        if (!before.found)
            return fail(QStringLiteral("%1: no encounter with key %2").arg(m_path).arg(id));
        if (before.claimant != userId)
            return fail(QStringLiteral("encounter %1 is not claimed by %2").arg(before.externalId, userId));
        QSqlQuery q(db);
        if (!run(*this, q,
                 QStringLiteral("UPDATE encounters SET claimed_by = NULL, claimed_at = NULL WHERE id = :id"),
                 {{QStringLiteral(":id"), id}}, QStringLiteral("release claim")))
            return false;
        return auditEncounter(*this, db, userId, id, QStringLiteral("release"), before);
    });
}

namespace {

// Replaces the encounter's codes by `codes`, in sequence. Codes kept from before keep who
// assigned them and when; new ones are `userId`'s, `now`.
bool replaceCodes(const SqliteWorkStore& store, QSqlDatabase& db, qint64 id, const QStringList& codes,
                  const QString& userId, const QString& now)
{
    const QString what = QStringLiteral("set codes");
    QSqlQuery q(db);
    if (!run(store, q,
             QStringLiteral(
                 "CREATE TEMP TABLE IF NOT EXISTS kept_codes (code TEXT PRIMARY KEY, by TEXT, at TEXT)"),
             {}, what) ||
        !run(store, q, QStringLiteral("DELETE FROM temp.kept_codes"), {}, what) ||
        !run(store, q,
             QStringLiteral("INSERT INTO temp.kept_codes SELECT code, assigned_by, assigned_at "
                            "FROM encounter_codes WHERE encounter_id = :id"),
             {{QStringLiteral(":id"), id}}, what) ||
        !run(store, q, QStringLiteral("DELETE FROM encounter_codes WHERE encounter_id = :id"),
             {{QStringLiteral(":id"), id}}, what))
        return false;
    if (!store.prepare(
            q,
            QStringLiteral("INSERT INTO encounter_codes (encounter_id, seq, code, assigned_by, "
                           "assigned_at) VALUES (:id, :seq, :code, "
                           "coalesce((SELECT by FROM temp.kept_codes WHERE code = :code1), :user), "
                           "coalesce((SELECT at FROM temp.kept_codes WHERE code = :code2), :now))"),
            QStringLiteral("store codes")))
        return false;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":seq"), int(i + 1));
        q.bindValue(QStringLiteral(":code"), codes[i]);
        q.bindValue(QStringLiteral(":code1"), codes[i]);
        q.bindValue(QStringLiteral(":user"), userId);
        q.bindValue(QStringLiteral(":code2"), codes[i]);
        q.bindValue(QStringLiteral(":now"), now);
        if (!q.exec())
            return store.failQuery(q, QStringLiteral("store code ") + codes[i]);
    }
    return true;
}

} // namespace

bool SqliteWorkStore::setCodes(qint64 id, const QStringList& codes, const QString& userId)
{
    QStringList clean;
    QString bad;
    if (!db::normalizeCodes(codes, &clean, &bad))
        return fail(QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(bad));
    return writeTransaction(QStringLiteral("set codes"), [&](QSqlDatabase& db) {
        EncounterState before;
        if (!mayEdit(*this, db, id, userId, &before))
            return false;
        const QString now = nowText();
        if (!replaceCodes(*this, db, id, clean, userId, now))
            return false;
        QSqlQuery q(db);
        if (!run(*this, q,
                 QStringLiteral(
                     "UPDATE encounters SET codes_text = :codes, updated_at = :now, claimed_by = :user, "
                     "claimed_at = :now2, status = CASE status WHEN 'new' THEN 'in progress' ELSE "
                     "status END WHERE id = :id"),
                 {{QStringLiteral(":codes"), db::text(clean.join(QLatin1Char(',')))},
                  {QStringLiteral(":now"), now},
                  {QStringLiteral(":user"), userId},
                  {QStringLiteral(":now2"), now},
                  {QStringLiteral(":id"), id}},
                 QStringLiteral("set codes")))
            return false;
        return auditEncounter(*this, db, userId, id, QStringLiteral("set-codes"), before);
    });
}

bool SqliteWorkStore::setStatus(qint64 id, EncounterStatus status, const QString& userId)
{
    return writeTransaction(QStringLiteral("set status"), [&](QSqlDatabase& db) {
        EncounterState before;
        if (!mayEdit(*this, db, id, userId, &before))
            return false;
        // Done hands the encounter back (nobody holds a finished chart); other states keep it with the coder.
        const bool done = status == EncounterStatus::Done;
        QSqlQuery q(db);
        if (!run(*this, q,
                 QStringLiteral(
                     "UPDATE encounters SET status = :status, updated_at = :now, claimed_by = :user, "
                     "claimed_at = :claimed_at WHERE id = :id"),
                 {{QStringLiteral(":status"), statusName(status)},
                  {QStringLiteral(":now"), nowText()},
                  {QStringLiteral(":user"), done ? QVariant() : QVariant(userId)},
                  {QStringLiteral(":claimed_at"), done ? QVariant() : QVariant(nowText())},
                  {QStringLiteral(":id"), id}},
                 QStringLiteral("set status")))
            return false;
        return auditEncounter(*this, db, userId, id, QStringLiteral("set-status"), before);
    });
}

// Findings are computed, not decided by a user: they are replaced without an audit entry.
bool SqliteWorkStore::saveFindings(qint64 id, const QList<Finding>& findings)
{
    return writeTransaction(QStringLiteral("save findings"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!run(*this, q, QStringLiteral("DELETE FROM findings WHERE encounter_id = :id"),
                 {{QStringLiteral(":id"), id}}, QStringLiteral("save findings")))
            return false;
        if (!prepare(
                q,
                QStringLiteral("INSERT INTO findings (encounter_id, seq, rule, severity, json, computed_at) "
                               "VALUES (:id, :seq, :rule, :severity, :json, :at)"),
                QStringLiteral("save findings")))
            return false;
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
        if (!mayEdit(*this, db, id, userId, &before))
            return false;
        const QString json = db::jsonText(db::storedQueryJson(query));
        QSqlQuery q(db);
        if (!run(*this, q,
                 QStringLiteral("INSERT INTO provider_queries (encounter_id, json, author, sent_at) "
                                "VALUES (:id, :json, :author, :at)"),
                 {{QStringLiteral(":id"), id},
                  {QStringLiteral(":json"), json},
                  {QStringLiteral(":author"), userId},
                  {QStringLiteral(":at"), nowText()}},
                 QStringLiteral("store provider query")))
            return false;
        queryId = q.lastInsertId().toLongLong();
        // Sending a query parks the encounter until the provider answers.
        if (!run(*this, q,
                 QStringLiteral(
                     "UPDATE encounters SET status = 'query sent', updated_at = :now WHERE id = :id"),
                 {{QStringLiteral(":now"), nowText()}, {QStringLiteral(":id"), id}},
                 QStringLiteral("mark query sent")))
            return false;
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
        const QString purpose = QStringLiteral("read provider query %1").arg(queryId);
        QSqlQuery q(db);
        if (!run(*this, q, QStringLiteral("SELECT encounter_id, answer FROM provider_queries WHERE id = :id"),
                 {{QStringLiteral(":id"), queryId}}, purpose))
            return false;
        const Result<bool> row = db::nextRow(q, db, purpose);
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(QStringLiteral("%1: no provider query with key %2").arg(m_path).arg(queryId));
        const qint64 encounterKey = q.value(0).toLongLong();
        const QString before = q.value(1).toString();
        // The answer brings the chart back to work.
        if (!run(*this, q,
                 QStringLiteral("UPDATE provider_queries SET answer = :answer, answered_by = :user, "
                                "answered_at = :at WHERE id = :id"),
                 {{QStringLiteral(":answer"), answer},
                  {QStringLiteral(":user"), userId},
                  {QStringLiteral(":at"), nowText()},
                  {QStringLiteral(":id"), queryId}},
                 QStringLiteral("record provider answer")) ||
            !run(*this, q,
                 QStringLiteral("UPDATE encounters SET status = 'in progress', updated_at = :now "
                                "WHERE id = :id AND status = 'query sent'"),
                 {{QStringLiteral(":now"), nowText()}, {QStringLiteral(":id"), encounterKey}},
                 QStringLiteral("reopen encounter after answer")))
            return false;
        return appendAudit(db, {userId, QStringLiteral("query"), QString::number(queryId),
                                QStringLiteral("answer-query"),
                                db::jsonText(QJsonObject{{QStringLiteral("answer"), before}}),
                                db::jsonText(QJsonObject{{QStringLiteral("answer"), answer}})});
    });
}

} // namespace wcw
