// `wcw --screenshot DIR`: walks the real window over the real data and saves what a coder
// sees (queue, workspace with findings and comparison, decision tree, visit history, code
// browser) as PNGs for docs/screenshots/.
#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "window/MainWindow.h"
#include "queue/QueueModel.h"
#include "queue/QueuePage.h"
#include "SmokeRun.h"
#include "services/Workbench.h"
#include "reference/CodeBrowser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <cstdio>

namespace wcw::gui {

namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool waitChecked(ui::EncounterWorkspace* w)
{
    QElapsedTimer t;
    t.start();
    while (w->session().analysisPending() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return !w->session().analysisPending();
}

bool save(QWidget& window, const QString& dir, const char* name)
{
    settle(150);
    const QString path = QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

int score(const ui::EncounterSession& s)
{
    // The most telling chart: findings with a one-key fix first, then many findings, then a long path.
    int fixes = 0;
    for (const Finding& f : s.analysis().findings)
        fixes += f.fix ? 1 : 0;
    return fixes * 100 + int(s.analysis().findings.size()) * 10 + int(s.analysis().suggestion.path.size());
}

// The first `count` encounters as the queue shows them (filtered and sorted).
QList<qint64> shownIds(ui::MainWindow& window, int count)
{
    QList<qint64> ids;
    const QAbstractItemModel* shown = window.queuePage()->table()->model();
    for (int row = 0; row < shown->rowCount() && ids.size() < count; ++row)
        ids << shown->index(row, 0).data(ui::QueueModel::IdRole).toLongLong();
    return ids;
}

// Opens up to `count` queue encounters, waits for their checks, returns the most telling one.
ui::EncounterWorkspace* pickShowcase(ui::MainWindow& window, int count)
{
    ui::EncounterWorkspace* best = nullptr;
    for (qint64 id : shownIds(window, count)) {
        ui::EncounterWorkspace* w = window.openEncounter(id);
        if (!w || !waitChecked(w))
            continue;
        if (!best || score(w->session()) > score(best->session()))
            best = w;
    }
    return best;
}

// The encounter whose patient has the longest history among the first `count`.
qint64 pickLongHistory(ui::Workbench& workbench, ui::MainWindow& window, int count)
{
    qint64 best = 0;
    qsizetype most = 0;
    for (qint64 id : shownIds(window, count)) {
        const auto item = workbench.queueItem(id);
        const VisitHistory history = workbench.visitHistory(item->patientId);
        // Prefer a patient with a carried (stale) symptom code: that is what the view explains.
        qsizetype weight = history.visits.size();
        for (const CarriedSymptom& c : history.symptoms)
            weight += c.stale ? 100 : 0;
        if (weight > most) {
            most = weight;
            best = id;
        }
    }
    return best;
}

// Closes every encounter tab but `keep` (0: all of them), as the coder would with Ctrl+W.
void closeAllBut(ui::MainWindow& window, qint64 keep)
{
    for (int tab = window.tabs()->count() - 1; tab >= 1; --tab) {
        auto* w = qobject_cast<ui::EncounterWorkspace*>(window.tabs()->widget(tab));
        if (w && w->session().id() != keep)
            emit window.tabs()->tabCloseRequested(tab);
    }
    settle(50); // closed workspaces are deleted later
}

// Loads the queue and waits for the background check of every row, which fills the Findings /
// Worst columns; false after printing why there is no queue to show.
bool loadCheckedQueue(ui::Workbench& workbench, ui::MainWindow& window)
{
    QString error;
    bool loaded = false;
    QObject::connect(&workbench, &ui::Workbench::queueLoaded, &window, [&](qint64, const QString& e) {
        loaded = true;
        error = e;
    });
    workbench.loadQueue();
    QElapsedTimer t;
    t.start();
    while (!loaded && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!loaded || !error.isEmpty() || workbench.queue().isEmpty()) {
        std::fprintf(stderr, "wcw --screenshot: no queue: %s\n", qPrintable(error));
        return false;
    }
    // The Findings / Worst columns fill from the background check of every row: wait for it.
    t.restart();
    while (workbench.queueCheckRunning() && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return true;
}

// The browser's shot: the queue in the centre (a workspace's three columns would leave the dock
// little room), the browser searching "weakness" and showing M62.81.
bool saveCodeBrowser(ui::MainWindow& window, const QString& dir)
{
    closeAllBut(window, 0);
    window.tabs()->setCurrentIndex(0);
    window.codeBrowserDock()->show();
    window.resizeDocks({window.codeBrowserDock()}, {1000}, Qt::Horizontal);
    if (auto* browser = qobject_cast<ui::CodeBrowser*>(window.codeBrowserDock()->widget())) {
        browser->searchField()->setText(QStringLiteral("weakness"));
        browser->searchNow();
        browser->showCode(QStringLiteral("M62.81"));
    }
    const bool ok = save(window, dir, "code-browser");
    window.codeBrowserDock()->hide();
    return ok;
}

} // namespace

int runScreenshots(ui::Workbench& workbench, ui::MainWindow& window, const QString& dir)
{
    QDir().mkpath(dir);
    if (!loadCheckedQueue(workbench, window))
        return 1;
    bool ok = save(window, dir, "queue");

    ui::EncounterWorkspace* showcase = pickShowcase(window, 12);
    if (!showcase) {
        std::fprintf(stderr, "wcw --screenshot: no encounter could be opened\n");
        return 1;
    }
    const qint64 showcaseId = showcase->session().id();
    closeAllBut(window, showcaseId); // a tab bar of a dozen charts hides nothing worth showing
    window.tabs()->setCurrentWidget(showcase);
    showcase->showPanel(ui::EncounterWorkspace::Comparison);
    ok = save(window, dir, "workspace") && ok;
    showcase->showPanel(ui::EncounterWorkspace::DecisionTree);
    ok = save(window, dir, "decision-tree") && ok;
    showcase->showPanel(ui::EncounterWorkspace::Checklist);
    ok = save(window, dir, "checklist") && ok;

    if (ui::EncounterWorkspace* history = window.openEncounter(pickLongHistory(workbench, window, 40))) {
        waitChecked(history);
        history->showPanel(ui::EncounterWorkspace::VisitHistory);
        ok = save(window, dir, "visit-history") && ok;
    }

    ok = saveCodeBrowser(window, dir) && ok;

    window.setDarkPalette(true);
    showcase = window.openEncounter(showcaseId);
    if (!showcase || !waitChecked(showcase))
        return 1;
    window.tabs()->setCurrentWidget(showcase);
    showcase->showPanel(ui::EncounterWorkspace::Comparison);
    ok = save(window, dir, "workspace-dark") && ok;
    window.setDarkPalette(false);
    return ok ? 0 : 1;
}

} // namespace wcw::gui
