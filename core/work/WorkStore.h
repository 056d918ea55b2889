#pragma once
// The coders' work: patients, encounters, the daily queue, codes, findings, provider
// queries, users and the audit trail. core/ defines the interface; db/SqliteWorkStore
// implements it over SQLite (a PostgreSQL team server can implement it later without
// touching ui/ or core/).
// INTERFACE AGREED FIRST: implementation lands with the work-store work; extend, don't break.
#include "domain/Encounter.h"
#include "domain/EncounterStatus.h"
#include "domain/Finding.h"
#include "domain/ImportBatch.h"
#include "domain/Suggestion.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wcw {

enum class Role { Coder, Trainer, Auditor, Admin };
QString roleName(Role r);

struct User
{
    QString id; // login, e.g. "jdoe"
    QString name;
    Role role = Role::Coder;
};

struct QueueFilter
{
    QDate day;                       // null = any day
    QString assignedTo;              // coder id; empty = anyone (and unclaimed)
    QList<EncounterStatus> statuses; // empty = all
    int limit = 500;
};

struct QueueItem
{
    qint64 id = 0;       // store key
    QString encounterId; // external id (stable across imports)
    QString patientId;
    QString patientName;
    QDate dateOfService;
    Setting setting = Setting::Outpatient;
    QString provider;
    EncounterStatus status = EncounterStatus::New;
    QString claimedBy; // empty when unclaimed or claim expired
    QStringList codes;
    int findingCount = 0;
    std::optional<Severity> worstSeverity;
    QStringList findingRules;
};

struct StoredEncounter
{
    qint64 id = 0;
    Encounter encounter; // history filled from the patient's earlier stored visits
    QString provider;
    EncounterStatus status = EncounterStatus::New;
    QString claimedBy;
    QDateTime claimedAt;
    QList<Finding> findings;            // as last computed
    QList<ExternalCoding> otherCodings; // e.g. SNOMED CT from a FHIR import: shown, never checked
};

struct StoredQuery
{
    qint64 id = 0;
    qint64 encounterId = 0;
    ProviderQuery query;
    QString author;
    QDateTime sentAt;
    QString answer; // empty until recorded
    QDateTime answeredAt;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString entity; // "encounter", "codes", "query", ...
    QString entityId;
    QString action; // "claim", "set-codes", "set-status", ...
    QString before; // JSON text
    QString after;  // JSON text
};

// One visit in a patient's history, as the visit-history view and stale-code scan see it.
struct VisitSummary
{
    qint64 id = 0;
    QString encounterId;
    QDate dateOfService;
    QStringList codes;
    bool progressionDocumented =
        false;                      // the note documents change, new tests or a new plan (core/Progression)
    bool definitiveDxCoded = false; // a non-symptom diagnosis that explains the symptom was coded
};

// A symptom code carried across visits.
struct CarriedSymptom
{
    QString code;
    QDate firstSeen;
    QDate lastSeen;
    int visits = 0;
    bool stale = false;
    QString reason; // why it is stale, citing OCG IV.J and the audit risk
};

struct VisitHistory
{
    QString patientId;
    QString patientName;
    QList<VisitSummary> visits; // oldest first
    QList<CarriedSymptom> symptoms;
};

// Thresholds for the store-wide scan; defaults: >= 3 visits within 180 days (OCG IV.J:
// code what is documented at each visit; a symptom copied forward without re-evaluation is an audit risk).
struct StaleCriteria
{
    int days = 180;
    int minVisits = 3;
    QStringList
        symptomCodes; // empty = the weakness/fatigue symptom codes (R53.1, R53.81, R53.83, M62.81, R54)
};

struct StaleFinding
{
    QString patientId;
    QString code;
    int visits = 0;
    QDate firstSeen;
    QDate lastSeen;
    QString reason;
};

struct ImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0; // already stored identically (re-import of the same file)
    QList<ImportProblem> skipped;
};

struct ExportFilter
{
    std::optional<EncounterStatus> status;
    QDate since; // null = all
};

// Failed: the store could not record the claim (unknown user, I/O error); see lastError().
enum class ClaimResult { Claimed, AlreadyYours, TakenByOther, NotFound, Failed };

class WorkStore
{
public:
    virtual ~WorkStore() = default;

    virtual QString lastError() const = 0;

    virtual QList<User> users() const = 0;
    virtual QList<QueueItem> queue(const QueueFilter& filter) const = 0;
    virtual std::optional<StoredEncounter> encounter(qint64 id) const = 0;

    // Each of these is one transaction and one audit entry.
    virtual ClaimResult claim(qint64 id, const QString& userId) = 0;
    virtual bool releaseClaim(qint64 id, const QString& userId) = 0;
    virtual bool setCodes(qint64 id, const QStringList& codes, const QString& userId) = 0;
    virtual bool setStatus(qint64 id, EncounterStatus status, const QString& userId) = 0;
    virtual bool saveFindings(qint64 id, const QList<Finding>& findings) = 0;
    virtual qint64 saveQuery(qint64 id, const ProviderQuery& query, const QString& userId) = 0;
    virtual bool answerQuery(qint64 queryId, const QString& answer, const QString& userId) = 0;
    virtual QList<StoredQuery> queries(qint64 encounterId) const = 0;

    virtual VisitHistory visitHistory(const QString& patientId) const = 0;
    virtual QList<StaleFinding> staleScan(const StaleCriteria& criteria) const = 0;

    // All-or-nothing unless skipBad: then good records are stored and bad ones listed in summary->skipped.
    virtual bool importBatch(const ImportBatch& batch, bool skipBad, const QString& userId,
                             ImportSummary* summary) = 0;
    virtual QList<ImportedEncounter> exportEncounters(const ExportFilter& filter) const = 0;
    // The encounters of exportEncounters() with their patients (for FHIR Patient resources).
    // The default fills each patient's id only; SqliteWorkStore returns names, birth dates, sex.
    virtual ImportBatch exportBatch(const ExportFilter& filter) const;

    virtual QList<AuditEntry> auditTrail(const QString& entity, const QString& entityId) const = 0;

    // Each stored visit keeps whether its note documents progression, so that the history and the
    // stale scan never parse notes. The flag is computed in core/work (work/ProgressionRefresh),
    // never by a store: a store lists the visits without one and keeps what it is given.
    struct UnreadNote
    {
        qint64 id = 0;
        QString note;
    };
    // Forgets every flag unless the store's flags were computed by reader `edition`. False on I/O error.
    virtual bool forgetProgressionUnlessEdition(int edition) = 0;
    // The visits whose flag is unknown; nullopt on I/O error (see lastError()).
    virtual std::optional<QList<UnreadNote>> notesWithoutProgression() const = 0;
    // One transaction: every (visit id, flag) is stored or none is.
    virtual bool storeProgression(const QList<QPair<qint64, bool>>& flags) = 0;
};

} // namespace wcw
