#pragma once
// The workstation's worker thread: loads the queue and runs the rules so the GUI never waits
// on SQL or on the rules. Lives on its own QThread; results are posted back to the GUI thread.
// Check requests are coalesced: while the coder types, only the newest request per encounter runs.
#include "EncounterAnalyzer.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <functional>

namespace wcw::ui {

class WorkbenchWorker : public QObject
{
    Q_OBJECT
public:
    using QueueCallback = std::function<void(QList<QueueItem>, QString error)>;
    using AnalysisCallback = std::function<void(qint64 key, int generation, EncounterAnalysis)>;

    WorkbenchWorker(BackroomOpener opener, QObject* resultReceiver);

    // Thread-safe: called from the GUI thread; the work runs on the worker's thread and the
    // callbacks run on the GUI thread (the result receiver's).
    void loadQueue(const QueueFilter& filter, QueueCallback done);
    void requestAnalysis(qint64 key, int generation, const Encounter& encounter, AnalysisCallback done);

private:
    struct Pending
    {
        int generation = 0;
        Encounter encounter;
        AnalysisCallback done;
    };

    bool ensureOpen();
    void drainAnalyses();

    BackroomOpener m_opener;
    BackroomServices m_services;
    bool m_opened = false;
    QObject* m_receiver;
    QMutex m_mutex;
    QHash<qint64, Pending> m_pending; // guarded by m_mutex
};

} // namespace wcw::ui
