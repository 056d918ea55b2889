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

// What --smoke measures, in ms from the start of main (queueUsable) or of each open.
struct OpenTimings
{
    qint64 queueUsable = 0;
    bool coldReference = false; // the first open came before the reference caches were filled
    qint64 readMs = 0;
    qint64 openMs = 0;
    qint64 panelMs = 0;
    qint64 findingsMs = 0;
    qint64 secondMs = -1; // -1: the queue has no second encounter
    bool checked = false; // the first encounter's checks finished in time
};

// Opens the first queue encounter (then the next one, with the caches filled) and times each
// step; nullptr after printing why it could not.
ui::EncounterWorkspace* timeOpens(ui::Workbench& workbench, ui::MainWindow& window, OpenTimings* t)
{
    const qint64 firstId = window.queuePage()->currentId();
    if (firstId <= 0) {
        std::fprintf(stderr, "wcw --smoke: the queue is empty (%lld encounters loaded)\n",
                     static_cast<long long>(workbench.queue().size()));
        return nullptr;
    }
    // Baseline for the open: only reading the encounter (note, codes, history) from the store.
    QElapsedTimer openTimer;
    openTimer.start();
    const bool readable = workbench.encounter(firstId).has_value();
    t->coldReference = !workbench.isReferenceReady();
    t->readMs = openTimer.elapsed();
    openTimer.restart();
    ui::EncounterWorkspace* workspace = readable ? window.openEncounter(firstId) : nullptr;
    if (!workspace) {
        std::fprintf(stderr, "wcw --smoke: could not open encounter %lld\n", static_cast<long long>(firstId));
        return nullptr;
    }
    workspace->repaint(); // the note and the codes on screen: what the coder reads first
    t->openMs = openTimer.elapsed();
    // The side panel in front is built after that paint, once the reference caches are filled.
    waitFor([&] { return workspace->isPanelBuilt(ui::EncounterWorkspace::Comparison); }, 30000);
    t->panelMs = openTimer.elapsed();
    t->checked = waitFor([&] { return !workspace->session().analysisPending(); }, 30000);
    t->findingsMs = openTimer.elapsed();
    // A second encounter, once the reference caches are filled: what every later open costs.
    const qint64 secondId = window.queuePage()->neighbour(firstId, +1);
    if (secondId > 0) {
        openTimer.restart();
        if (ui::EncounterWorkspace* next = window.openEncounter(secondId)) {
            next->repaint();
            t->secondMs = openTimer.elapsed();
        }
    }
    return workspace;
}

void printReport(ui::Workbench& workbench, ui::EncounterWorkspace& workspace, const StartupTimings& startup,
                 const OpenTimings& t)
{
    std::printf("wcw smoke: %lld encounters in the queue, coder %s, %s\n",
                static_cast<long long>(workbench.queue().size()), qPrintable(workbench.coder().id),
                qPrintable(workbench.releaseLabelOn(workspace.session().encounter().dateOfService)));
    line("reference db open (+ starter install)", startup.referenceMs, 1000);
    line("work store open (+ demo seed)", startup.storeMs, 1000);
    line("cold start to usable queue", t.queueUsable, 1000);
    if (t.coldReference)
        std::printf("(the encounter was opened while the worker was still filling the reference caches)\n");
    line("baseline: read the encounter from store", t.readMs, 100);
    line("open encounter (note + codes shown)", t.openMs, 100);
    line("open encounter to side panel built", t.panelMs, 1000);
    line("open encounter to findings shown", t.findingsMs, 1000);
    if (t.secondMs >= 0)
        line("open the next encounter", t.secondMs, 100);
    std::printf("findings on %s: %lld (rules took %lld ms on the worker thread)\n",
                qPrintable(workspace.session().encounter().encounterId),
                static_cast<long long>(workspace.session().analysis().findings.size()),
                static_cast<long long>(workspace.session().analysis().elapsedMs));
    std::fflush(stdout);
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
    OpenTimings timings;
    timings.queueUsable = sinceMain.elapsed();
    ui::EncounterWorkspace* workspace = timeOpens(workbench, window, &timings);
    if (!workspace)
        return 1;
    printReport(workbench, *workspace, startup, timings);
    if (!timings.checked) {
        std::fprintf(stderr, "wcw --smoke: checks did not finish within 30 s\n");
        return 1;
    }
    return 0;
}

} // namespace wcw::gui
