#include "services/WorkbenchWorker.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>

namespace wcw::ui {

WorkbenchWorker::WorkbenchWorker(BackroomOpener opener, QObject* resultReceiver)
    : m_opener(std::move(opener)), m_receiver(resultReceiver)
{
}

bool WorkbenchWorker::ensureOpen()
{
    // Opened lazily on the worker thread, so its SQL connections belong to that thread.
    if (!m_opened) {
        m_services = m_opener();
        m_opened = true;
    }
    return m_services.error.isEmpty();
}

void WorkbenchWorker::loadQueue(const QueueFilter& filter, QueueCallback done)
{
    QMetaObject::invokeMethod(this, [this, filter, done = std::move(done)] {
        QList<QueueItem> items;
        QString error;
        if (!ensureOpen()) {
            error = m_services.error;
        } else if (m_services.store) {
            items = m_services.store->queue(filter);
            if (items.isEmpty())
                error = m_services.store->lastError();
        }
        QMetaObject::invokeMethod(
            m_receiver, [done, items, error] { done(items, error); }, Qt::QueuedConnection);
    });
}

void WorkbenchWorker::requestAnalysis(qint64 key, int generation, const Encounter& encounter,
                                      AnalysisCallback done)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_pending.find(key);
        if (it != m_pending.end() && it->generation > generation)
            return;
        m_pending.insert(key, Pending{generation, encounter, std::move(done)});
    }
    QMetaObject::invokeMethod(this, [this] { drainAnalyses(); });
}

void WorkbenchWorker::drainAnalyses()
{
    QHash<qint64, Pending> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (batch.isEmpty())
        return;
    const bool ready = ensureOpen() && m_services.analyzer;
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        m_checkedOnRequest.insert(it.key());
        QElapsedTimer timer;
        timer.start();
        EncounterAnalysis analysis;
        if (ready)
            analysis = m_services.analyzer->analyze(it->encounter);
        else // answer anyway, so the workspace says why there are no findings instead of waiting
            analysis.error =
                m_services.error.isEmpty() ? tr("the rules are not available") : m_services.error;
        analysis.elapsedMs = timer.elapsed();
        const qint64 key = it.key();
        const int generation = it->generation;
        const AnalysisCallback done = it->done;
        QMetaObject::invokeMethod(
            m_receiver, [done, key, generation, analysis] { done(key, generation, analysis); },
            Qt::QueuedConnection);
    }
}

void WorkbenchWorker::checkQueue(int generation, const QList<qint64>& ids, QueueCheckCallback done)
{
    QMetaObject::invokeMethod(this, [this, generation, ids, done = std::move(done)] {
        m_queueCheck = QueueCheck{generation, ids, 0, done};
        checkQueueSlice(generation);
    });
}

void WorkbenchWorker::run(std::function<void()> task)
{
    QMetaObject::invokeMethod(this, [task = std::move(task)] { task(); });
}

void WorkbenchWorker::runAndWait(const std::function<void()>& task)
{
    if (thread() == QThread::currentThread())
        task();
    else
        QMetaObject::invokeMethod(
            this, [&task] { task(); }, Qt::BlockingQueuedConnection);
}

void WorkbenchWorker::reopen()
{
    QMetaObject::invokeMethod(this, [this] {
        m_services = BackroomServices();
        m_opened = false;
        m_checkedOnRequest.clear(); // every row is checked again over the new reference
    });
}

void WorkbenchWorker::checkQueueSlice(int generation)
{
    // ~30 ms of rules per slice, then the thread's event queue (the coder's requests) goes first.
    constexpr qint64 kSliceMs = 30;
    QueueCheck& run = m_queueCheck;
    if (run.generation != generation || !run.done)
        return;
    {
        // The coder is waiting on a chart's own check: that goes first, the queue after it.
        QMutexLocker lock(&m_mutex);
        if (!m_pending.isEmpty()) {
            lock.unlock();
            drainAnalyses();
        }
    }
    const bool ready = ensureOpen() && m_services.analyzer && m_services.store;
    QList<CheckedItem> checked;
    QElapsedTimer slice;
    slice.start();
    while (ready && run.next < run.ids.size() && slice.elapsed() < kSliceMs) {
        const qint64 id = run.ids.at(run.next++);
        if (m_checkedOnRequest.contains(id))
            continue; // its session's own (newer) check saves its findings
        const std::optional<StoredEncounter> stored = m_services.store->encounter(id);
        if (!stored)
            continue;
        CheckedItem item{id, m_services.analyzer->check(stored->encounter)};
        m_services.store->saveFindings(id, item.findings);
        checked << std::move(item);
    }
    if (!ready)
        run.next = run.ids.size(); // nothing can be checked: report the end instead of spinning
    const int done = int(run.next);
    const int total = int(run.ids.size());
    QMetaObject::invokeMethod(
        m_receiver,
        [cb = run.done, generation, checked, done, total] { cb(generation, checked, done, total); },
        Qt::QueuedConnection);
    if (run.next < run.ids.size())
        QMetaObject::invokeMethod(
            this, [this, generation] { checkQueueSlice(generation); }, Qt::QueuedConnection);
}

} // namespace wcw::ui
