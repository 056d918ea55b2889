#pragma once
// The workstation's service layer: the one place widgets go to read or change anything.
// It holds the reference database (CodeFacts, CodeSearch) and the work store for the GUI
// thread, a worker thread for the queue load and the rules, and the signed-in coder.
// Widgets never decide or persist on their own; they call these methods.
#include "domain/CodeHierarchy.h"
#include "domain/CodeSearch.h"
#include "domain/Result.h"
#include "services/EncounterAnalyzer.h"
#include "services/ReferenceAdmin.h"
#include "work/WorkStore.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <memory>

namespace wcw::ui {

class WorkbenchWorker;

struct WorkbenchSetup
{
    std::shared_ptr<WorkStore> store;         // used on the GUI thread: writes and single reads
    std::shared_ptr<CodeFacts> facts;         // GUI thread: release in force, code titles
    std::shared_ptr<CodeSearch> search;       // GUI thread: search-as-you-type, comparison
    std::shared_ptr<CodeHierarchy> hierarchy; // GUI thread: the code browser's tabular tree (may be null)
    BackroomOpener openBackroom;              // called once on the worker thread
    QString coderId;                          // signed-in coder; empty = the first coder in the store
    QString referenceNote;                    // e.g. "starter set installed", shown in the status bar
    ReferenceAdmin reference;                 // release list, import, reload (may be empty: no import)
    bool checkQueue = true;                   // check every queue row on the worker after a load
    // Called on the worker thread after a queue load with one date per release the queue's dates
    // of service fall in: fills the GUI-side reference caches (code tables, notes) there, so
    // opening the first encounter does not pay for them on the GUI thread. May be empty.
    std::function<void(const QList<QDate>&)> warmReference;
};

class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(WorkbenchSetup setup, QObject* parent = nullptr);
    ~Workbench() override;

    const User& coder() const { return m_coder; }
    const QString& referenceNote() const { return m_setup.referenceNote; }
    std::optional<Release> releaseOn(QDate dateOfService) const;
    QString releaseLabelOn(QDate dateOfService) const;
    // A failed read of the reference gives the empty answer here and its Error on problem().
    QString titleOf(const QString& code, QDate dateOfService) const; // empty when unknown
    std::optional<CodeRecord> record(const QString& code, QDate dateOfService) const;
    QList<SearchHit> search(const QString& text, int limit = 20) const;
    std::optional<CodeComparison> compare(const QString& a, const QString& b, QDate dateOfService) const;
    CodeFacts* facts() const { return m_setup.facts.get(); }
    CodeSearch* codeSearch() const { return m_setup.search.get(); }
    CodeHierarchy* hierarchy() const { return m_setup.hierarchy.get(); }

    // Releases in the reference database and importing one (File > Import release).
    QList<Release> releases() const;
    const ReleaseImportRunner& releaseImportRunner() const { return m_setup.reference.importRunner; }
    // After an import: re-reads the reference here and on the worker, then re-checks the queue.
    bool reloadReference();
    // False while the worker is still filling the reference caches (warmReference) after start or
    // an import: views then show codes without titles rather than wait for the tables.
    bool isReferenceReady() const { return m_referenceReady; }

    // Queue: loaded on the worker thread; queueLoaded() fires on the GUI thread, then every row
    // is checked on the worker (checkQueue) and the rows fill in as results arrive.
    void loadQueue();
    void checkQueue();
    bool queueCheckRunning() const { return m_queueCheckDone < m_queueCheckTotal; }
    const QList<QueueItem>& queue() const { return m_queue; }
    std::optional<QueueItem> queueItem(qint64 id) const;

    std::optional<StoredEncounter> encounter(qint64 id) const;
    // Each is one store transaction; false + problem() when the store refused.
    ClaimResult claim(qint64 id);
    bool setStatus(qint64 id, EncounterStatus status);
    bool setCodes(qint64 id, const QStringList& codes);
    qint64 sendQuery(qint64 id, const ProviderQuery& query); // saves it and sets "query sent"
    bool recordQueryAnswer(qint64 queryId, const QString& answer);
    QList<StoredQuery> queries(qint64 id) const;
    VisitHistory visitHistory(const QString& patientId) const;

    // Runs the rules on the worker; analysisReady() fires with the generation asked for.
    // Findings of stored encounters are saved and the queue row updated.
    void requestAnalysis(qint64 id, int generation, const Encounter& encounter);

signals:
    void queueLoaded(qint64 elapsedMs, const QString& error);
    void queueItemChanged(const wcw::QueueItem& item);
    void queueCheckProgress(int done, int total); // rows of the queue checked so far
    void referenceReloaded();                     // a release was imported: release in force may differ
    void referenceReady();                        // the reference caches are filled (see isReferenceReady)
    void analysisReady(qint64 id, int generation, const wcw::ui::EncounterAnalysis& analysis);
    void problem(const QString& message); // a refused write or failed read, for the status bar

private:
    void pickCoder();
    void updateItem(qint64 id, const std::function<void(QueueItem&)>& change);
    void storeFindings(qint64 id, const QList<Finding>& findings);
    void showFindings(qint64 id, const QList<Finding>& findings);
    void warmReference();
    bool report(bool ok, const QString& what);
    void reportRead(const Error& error) const;

    WorkbenchSetup m_setup;
    User m_coder;
    QThread m_thread;
    WorkbenchWorker* m_worker = nullptr;
    QList<QueueItem> m_queue;
    QHash<qint64, qsizetype> m_rowOf;
    bool m_referenceReady = false;
    mutable QString m_lastReadProblem; // a title asked per row must not repeat one failure per row
    int m_queueCheckGeneration = 0;
    int m_queueCheckDone = 0;
    int m_queueCheckTotal = 0;
};

} // namespace wcw::ui

Q_DECLARE_METATYPE(wcw::QueueItem)
Q_DECLARE_METATYPE(wcw::ui::EncounterAnalysis)
