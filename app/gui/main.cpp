// wcw: the Weakness Coding Workstation.
#include "window/MainWindow.h"
#include "SmokeRun.h"
#include "Startup.h"
#include "common/Theme.h"
#include "services/Workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <cstdio>

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Fractional scale factors (125 %, 150 %) as the screen asks, not rounded to whole numbers.
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("wcw"));
    QApplication::setApplicationName(QStringLiteral("wcw"));
    QApplication::setApplicationVersion(QStringLiteral(WCW_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Weakness Coding Workstation"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Reference database file."),
                                QStringLiteral("PATH"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Work store file."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Signed-in coder id."),
                                  QStringLiteral("ID"));
    const QCommandLineOption smoke(
        QStringLiteral("smoke"), QStringLiteral("Open the window, load the queue, open the first encounter, "
                                                "print timings and exit."));
    const QCommandLineOption shots(QStringLiteral("screenshot"),
                                   QStringLiteral("Save PNGs of each view into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Start with the dark palette."));
    cli.addOptions({db, store, user, smoke, shots, dark});
    cli.process(app);

    const bool scripted = cli.isSet(smoke) || cli.isSet(shots);
    const wcw::gui::Startup startup =
        wcw::gui::openServices({cli.value(db), cli.value(store), cli.value(user)});
    if (!startup.error.isEmpty()) {
        std::fprintf(stderr, "wcw: %s\n", qPrintable(startup.error));
        if (!scripted)
            QMessageBox::critical(nullptr, QStringLiteral("wcw"), startup.error);
        return 2;
    }
    wcw::ui::Theme::apply(cli.isSet(dark));
    wcw::ui::Workbench workbench(startup.setup);
    // Scripted runs neither read nor write the coder's saved layout.
    QSettings settings;
    wcw::ui::MainWindow window(workbench, scripted ? nullptr : &settings);
    if (cli.isSet(dark))
        window.setDarkPalette(true);
    if (scripted)
        window.resize(1600, 1000); // same size every run, so screenshots and timings compare
    window.show();
    if (cli.isSet(smoke))
        return wcw::gui::runSmoke(workbench, window, sinceMain, startup.timings);
    if (cli.isSet(shots))
        return wcw::gui::runScreenshots(workbench, window, cli.value(shots));
    workbench.loadQueue();
    return app.exec();
}
