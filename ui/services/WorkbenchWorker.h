#pragma once
// The workstation's worker thread: loads the queue and runs the rules so the GUI never waits
// on SQL or on the rules. Lives on its own QThread; results are posted back to the GUI thread.
// Check requests are coalesced: while the coder types, only the newest request per encounter runs.
#include "services/EncounterAnalyzer.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <functional>

namespace wcw::ui {

class WorkbenchWorker : public QObject
{
    Q_OBJECT
public:
    using QueueCallback = std::function<void(QList<QueueItem>, QString error)>;
    using AnalysisCallback = std::function<void(qint64 key, int generation, EncounterAnalysis)>;
    struct CheckedItem
    {
        qint64 id = 0;
        QList<Finding> findings;
    };
    // A slice of the queue check: the rows checked since the last call, and how far it got.
    using QueueCheckCallback = std::function<void(int generation, QList<CheckedItem>, int done, int total)>;

    WorkbenchWorker(BackroomOpener opener, QObject* resultReceiver);

    // Thread-safe: called from the GUI thread; the work runs on the worker's thread and the
    // callbacks run on the GUI thread (the result receiver's).
    void loadQueue(const QueueFilter& filter, QueueCallback done);
    void requestAnalysis(qint64 key, int generation, const Encounter& encounter, AnalysisCallback done);
    // Checks the stored encounters `ids` one after another and saves their findings, in short
    // slices so the coder's own check requests (queued meanwhile) run first. A newer call
    // replaces an unfinished one. Encounters the coder has asked checks for are left to those.
    void checkQueue(int generation, const QList<qint64>& ids, QueueCheckCallback done);
    // Runs `task` on the worker thread, after what is already queued there.
    void run(std::function<void()> task);
    // Runs `task` on the worker thread after what is queued there; the calling (GUI) thread
    // waits for it, so nothing else runs on either thread meanwhile.
    void runAndWait(const std::function<void()>& task);
    // Closes the worker's connections; they are opened again (e.g. over a new release) when next needed.
    void reopen();

private:
    struct Pending
    {
        int generation = 0;
        Encounter encounter;
        AnalysisCallback done;
    };

    struct QueueCheck
    {
        int generation = 0;
        QList<qint64> ids;
        qsizetype next = 0;
        QueueCheckCallback done;
    };

    bool ensureOpen();
    void drainAnalyses();
    void checkQueueSlice(int generation);

    BackroomOpener m_opener;
    BackroomServices m_services;
    bool m_opened = false;
    QObject* m_receiver;
    QMutex m_mutex;
    QHash<qint64, Pending> m_pending; // guarded by m_mutex
    QueueCheck m_queueCheck;          // worker thread only
    QSet<qint64> m_checkedOnRequest;  // worker thread only: encounters opened by the coder
};

} // namespace wcw::ui
