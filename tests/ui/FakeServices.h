#pragma once
// In-memory stand-ins for the reference database, the work store and the rules, so the
// workstation's GUI tests run without SQLite files or the real rules. Test data only.
#include "MemoryReference.h"
#include "domain/CodeSearch.h"
#include "services/EncounterAnalyzer.h"
#include "services/Workbench.h"
#include "work/WorkStore.h"

#include <QMutex>
#include <memory>

namespace wcw::test {

// The queue both the GUI-thread store and the worker-thread store see.
struct FakeQueueState
{
    QMutex mutex;
    QList<User> users;
    QList<QueueItem> items;
    QHash<qint64, StoredEncounter> encounters;
    QList<StoredQuery> queries;
    QList<AuditEntry> audit;
    bool refuseWrites = false;
    int setCodesCalls = 0;
};

std::shared_ptr<FakeQueueState> sampleQueue(); // 4 encounters, one of them done

class FakeStore : public WorkStore
{
public:
    explicit FakeStore(std::shared_ptr<FakeQueueState> state) : m_state(std::move(state)) {}

    QString lastError() const override { return m_error; }
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
    QList<StaleFinding> staleScan(const StaleCriteria&) const override { return {}; }
    bool importBatch(const ImportBatch&, bool, const QString&, ImportSummary*) override { return false; }
    QList<ImportedEncounter> exportEncounters(const ExportFilter&) const override { return {}; }
    QList<AuditEntry> auditTrail(const QString&, const QString&) const override { return {}; }
    // The fake keeps its visits' progression in VisitSummary already: nothing to read.
    bool forgetProgressionUnlessEdition(int) override { return true; }
    std::optional<QList<UnreadNote>> notesWithoutProgression() const override { return QList<UnreadNote>{}; }
    bool storeProgression(const QList<QPair<qint64, bool>>&) override { return true; }

private:
    bool refused();
    std::shared_ptr<FakeQueueState> m_state;
    QString m_error;
};

// Rules stand-in: marks "weakness"/"fatigue" mentions (negated after "denies"/"no") and
// reports r531-vs-m6281 with a Replace fix when R53.1 is coded for "muscle weakness".
class FakeAnalyzer : public ui::EncounterAnalyzer
{
public:
    ui::EncounterAnalysis analyze(const Encounter& encounter) override;
};

// A Workbench over the fakes; `state` is shared with the worker thread's store.
ui::WorkbenchSetup fakeSetup(std::shared_ptr<FakeQueueState> state);

} // namespace wcw::test
