#pragma once
// The work store over SQLite (schema "work", db/WorkSchema). Each thread talks to the file
// through its own named connection (db/SqliteConnection); each user action is one
// BEGIN IMMEDIATE transaction that also appends its audit entry, so two wcw processes on
// the same file serialize their writes and never hand one encounter to two coders.
// Implementation split by job: SqliteWorkStore.cpp (open, settings, users, audit),
// WorkStoreQueue.cpp (reading), WorkStoreEdits.cpp (claims and edits),
// WorkStoreHistory.cpp (visit history, stale scan), WorkStoreImport.cpp (import/export).
#include "domain/Clock.h"
#include "domain/Result.h"
#include "work/WorkStore.h"

#include <QSqlDatabase>
#include <functional>
#include <memory>

class QSqlQuery;

namespace wcw {

class SqliteWorkStore : public WorkStore
{
public:
    // Opens (creating if missing) and migrates the store at `path`. Null and *error (naming
    // the file) when it is corrupt, not a work store, newer than this wcw, or locked.
    // `clock` (not owned) defaults to Clock::system(); tests pass a MockClock.
    static std::unique_ptr<SqliteWorkStore> open(const QString& path, QString* error,
                                                 const Clock* clock = nullptr);
    ~SqliteWorkStore() override;

    QString path() const { return m_path; }
    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock* clock) { m_clock = clock ? clock : &Clock::system(); }
    // This thread's connection (opened on first use).
    QSqlDatabase database() const;

    // Settings stored in the file, so every process sharing it agrees. A failed read gives the
    // default and leaves the failure in lastError().
    int claimExpiryMinutes() const; // default 30
    bool setClaimExpiryMinutes(int minutes, const QString& userId);
    StaleCriteria defaultStaleCriteria() const; // stale_days / stale_min_visits settings
    bool setStaleThresholds(int days, int minVisits, const QString& userId);

    bool addUser(const User& user, const QString& byUserId);
    // -1 when the count cannot be read (see lastError()).
    qint64 encounterCount() const;
    qint64 patientCount() const;

    // WorkStore. Every read clears lastError() when it starts, so after a read an empty answer
    // with an empty lastError() is a real "nothing", and a failed read leaves the failure there.
    QString lastError() const override { return m_lastError; }
    QList<User> users() const override;
    QList<QueueItem> queue(const QueueFilter& filter) const override;
    std::optional<StoredEncounter> encounter(qint64 id) const override;
    ClaimResult claim(qint64 id, const QString& userId) override;
    bool releaseClaim(qint64 id, const QString& userId) override;
    bool setCodes(qint64 id, const QStringList& codes, const QString& userId) override;
    bool setStatus(qint64 id, EncounterStatus status, const QString& userId) override;
    bool saveFindings(qint64 id, const QList<Finding>& findings) override;
    qint64 saveQuery(qint64 id, const ProviderQuery& query, const QString& userId) override;
    bool answerQuery(qint64 queryId, const QString& answer, const QString& userId) override;
    QList<StoredQuery> queries(qint64 encounterId) const override;
    VisitHistory visitHistory(const QString& patientId) const override;
    QList<StaleFinding> staleScan(const StaleCriteria& criteria) const override;
    bool importBatch(const ImportBatch& batch, bool skipBad, const QString& userId,
                     ImportSummary* summary) override;
    QList<ImportedEncounter> exportEncounters(const ExportFilter& filter) const override;
    ImportBatch exportBatch(const ExportFilter& filter) const override;
    QList<AuditEntry> auditTrail(const QString& entity, const QString& entityId) const override;

    // Store key of an encounter by its external id (0 when absent, or on a failed read: see lastError()).
    qint64 encounterKey(const QString& externalId) const;

    // Internal helpers shared by the implementation files (public for them, not for callers).
    struct AuditRecord
    {
        QString user;
        QString entity;
        QString entityId;
        QString action;
        QString before;
        QString after;
    };
    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it returns false or the
    // commit fails. `what` names the action for the error message.
    bool writeTransaction(const QString& what, const std::function<bool(QSqlDatabase&)>& body) const;
    bool appendAudit(QSqlDatabase& db, const AuditRecord& record) const;

    bool forgetProgressionUnlessEdition(int edition) override;
    std::optional<QList<UnreadNote>> notesWithoutProgression() const override;
    bool storeProgression(const QList<QPair<qint64, bool>>& flags) override;
    // Each records the failure in lastError() and returns false. failQuery and the checks name
    // the purpose, SQLite's cause and the file ("<file>: read the queue: no such table: x").
    bool failQuery(const QSqlQuery& q, const QString& what) const;
    bool fail(const QString& message) const;
    bool fail(const Error& error) const;
    bool check(const Status& status) const; // true when ok
    // q.prepare(sql) and the end of a `while (q.next())` loop, checked (db/sqlite/SqlCheck.h).
    bool prepare(QSqlQuery& q, const QString& sql, const QString& what) const;
    bool rowsEnded(const QSqlQuery& q, const QString& what) const;
    QString nowText() const; // UTC, ISO 8601 with ms: sorts as text
    // Claims taken before this have expired; an Error when the expiry setting cannot be read.
    Result<QString> claimCutoff() const;

private:
    SqliteWorkStore(QString path, const Clock* clock);
    // The stored value, `fallback` when there is none, an Error when the read fails.
    Result<QString> readSetting(const QString& key, const QString& fallback) const;
    // A failed read gives `fallback` and records the failure in lastError().
    QString setting(const QString& key, const QString& fallback) const;
    bool putSetting(const QString& key, const QString& value, const QString& userId);

    QString m_path;
    const Clock* m_clock;
    mutable QString m_lastError;
};

} // namespace wcw
