#include "SmokeRun.h"

#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "window/MainWindow.h"
#include "queue/QueuePage.h"
#include "services/Workbench.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>

namespace wcw::gui {

namespace {

// Runs the event loop until `done` or the timeout; false on timeout.
template <typename Pred> bool waitFor(Pred done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

bool loadQueue(ui::Workbench& workbench, QString* error)
{
    bool loaded = false;
    QObject::connect(&workbench, &ui::Workbench::queueLoaded, &workbench,
                     [&loaded, error](qint64, const QString& e) {
                         loaded = true;
                         *error = e;
                     });
    workbench.loadQueue();
    if (!waitFor([&] { return loaded; }, 30000))
        *error = QStringLiteral("queue did not load within 30 s");
    return error->isEmpty();
}

void line(const char* label, qint64 ms, qint64 target)
{
    std::printf("%-38s %6lld ms   (target <= %lld ms%s)\n", label, static_cast<long long>(ms),
                static_cast<long long>(target), ms > target ? ", OVER" : "");
}

} // namespace

int runSmoke(ui::Workbench& workbench, ui::MainWindow& window, const QElapsedTimer& sinceMain,
             const StartupTimings& startup)
{
    QString error;
    if (!loadQueue(workbench, &error)) {
        std::fprintf(stderr, "wcw --smoke: %s\n", qPrintable(error));
        return 1;
    }
    QCoreApplication::processEvents(); // let the table lay out and paint once
    const qint64 queueUsable = sinceMain.elapsed();
    const qint64 firstId = window.queuePage()->currentId();
    if (firstId <= 0) {
        std::fprintf(stderr, "wcw --smoke: the queue is empty (%lld encounters loaded)\n",
                     static_cast<long long>(workbench.queue().size()));
        return 1;
    }
    // Baseline for the open: only reading the encounter (note, codes, history) from the store.
    QElapsedTimer openTimer;
    openTimer.start();
    const bool readable = workbench.encounter(firstId).has_value();
    const bool coldReference = !workbench.isReferenceReady();
    const qint64 readMs = openTimer.elapsed();
    openTimer.restart();
    ui::EncounterWorkspace* workspace = readable ? window.openEncounter(firstId) : nullptr;
    if (!workspace) {
        std::fprintf(stderr, "wcw --smoke: could not open encounter %lld\n", static_cast<long long>(firstId));
        return 1;
    }
    workspace->repaint(); // the note and the codes on screen: what the coder reads first
    const qint64 openMs = openTimer.elapsed();
    // The side panel in front is built after that paint, once the reference caches are filled.
    waitFor([&] { return workspace->isPanelBuilt(ui::EncounterWorkspace::Comparison); }, 30000);
    const qint64 panelMs = openTimer.elapsed();
    const bool checked = waitFor([&] { return !workspace->session().analysisPending(); }, 30000);
    const qint64 findingsMs = openTimer.elapsed();
    // A second encounter, once the reference caches are filled: what every later open costs.
    const qint64 secondId = window.queuePage()->neighbour(firstId, +1);
    qint64 secondMs = -1;
    if (secondId > 0) {
        openTimer.restart();
        if (ui::EncounterWorkspace* next = window.openEncounter(secondId)) {
            next->repaint();
            secondMs = openTimer.elapsed();
        }
    }

    std::printf("wcw smoke: %lld encounters in the queue, coder %s, %s\n",
                static_cast<long long>(workbench.queue().size()), qPrintable(workbench.coder().id),
                qPrintable(workbench.releaseLabelOn(workspace->session().encounter().dateOfService)));
    line("reference db open (+ starter install)", startup.referenceMs, 1000);
    line("work store open (+ demo seed)", startup.storeMs, 1000);
    line("cold start to usable queue", queueUsable, 1000);
    if (coldReference)
        std::printf("(the encounter was opened while the worker was still filling the reference caches)\n");
    line("baseline: read the encounter from store", readMs, 100);
    line("open encounter (note + codes shown)", openMs, 100);
    line("open encounter to side panel built", panelMs, 1000);
    line("open encounter to findings shown", findingsMs, 1000);
    if (secondMs >= 0)
        line("open the next encounter", secondMs, 100);
    std::printf("findings on %s: %lld (rules took %lld ms on the worker thread)\n",
                qPrintable(workspace->session().encounter().encounterId),
                static_cast<long long>(workspace->session().analysis().findings.size()),
                static_cast<long long>(workspace->session().analysis().elapsedMs));
    std::fflush(stdout);
    if (!checked) {
        std::fprintf(stderr, "wcw --smoke: checks did not finish within 30 s\n");
        return 1;
    }
    return 0;
}

} // namespace wcw::gui
