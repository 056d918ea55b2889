#include "WorkbenchWorker.h"

#include <QElapsedTimer>
#include <QMetaObject>

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

} // namespace wcw::ui
