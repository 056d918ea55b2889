#pragma once
// `wcw --smoke`: open the window, load the queue, open the first encounter, print timings,
// exit. `wcw --screenshot DIR`: the same walk, saving PNGs of each view into DIR.
#include <QElapsedTimer>
#include <QString>

namespace wcw::ui {
class MainWindow;
class Workbench;
} // namespace wcw::ui

namespace wcw::gui {

struct StartupTimings
{
    qint64 referenceMs = 0; // open the reference db (+ install the starter set when empty)
    qint64 storeMs = 0;     // open the work store (+ seed the demo queue when empty)
};

// Both return the process exit code. `sinceMain` was started at the top of main().
int runSmoke(ui::Workbench& workbench, ui::MainWindow& window, const QElapsedTimer& sinceMain,
             const StartupTimings& startup);
int runScreenshots(ui::Workbench& workbench, ui::MainWindow& window, const QString& dir);

} // namespace wcw::gui
