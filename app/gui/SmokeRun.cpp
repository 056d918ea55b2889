#include "SmokeRun.h"

#include "EncounterSession.h"
#include "EncounterWorkspace.h"
#include "MainWindow.h"
#include "QueuePage.h"
#include "Workbench.h"

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
    QElapsedTimer openTimer;
    openTimer.start();
    ui::EncounterWorkspace* workspace = window.openEncounter(firstId);
    if (!workspace) {
        std::fprintf(stderr, "wcw --smoke: could not open encounter %lld\n", static_cast<long long>(firstId));
        return 1;
    }
    QCoreApplication::processEvents();
    const qint64 openMs = openTimer.elapsed();
    const bool checked = waitFor([&] { return !workspace->session().analysisPending(); }, 30000);
    const qint64 findingsMs = openTimer.elapsed();

    std::printf("wcw smoke: %lld encounters in the queue, coder %s, %s\n",
                static_cast<long long>(workbench.queue().size()), qPrintable(workbench.coder().id),
                qPrintable(workbench.releaseLabelOn(workspace->session().encounter().dateOfService)));
    line("reference db open (+ starter install)", startup.referenceMs, 1000);
    line("work store open (+ demo seed)", startup.storeMs, 1000);
    line("cold start to usable queue", queueUsable, 1000);
    line("open encounter (note + codes shown)", openMs, 100);
    line("open encounter to findings shown", findingsMs, 1000);
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
