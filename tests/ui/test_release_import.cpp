// File > Import ICD-10-CM release in the main window: the import dialog opens non-modal, the
// import runs on its worker thread (a stand-in here, and once the real importer over the mini
// FY2023 fixture), and afterwards the release in force is shown from the re-read reference in
// the status bar and the encounter header, and the open encounter is checked again.
#include "FakeServices.h"
#include "encounter/AssignedCodesModel.h"
#include "encounter/CodesPanel.h"
#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "panels/comparison/ComparisonPanel.h"
#include "reference/ReferenceDb.h"
#include "reference/ReferenceHierarchy.h"
#include "reference/ReleaseImportDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace wcw;
using namespace wcw::ui;

namespace {

Release fy2026()
{
    Release r;
    r.id = QStringLiteral("2026-01-01");
    r.label = QStringLiteral("ICD-10-CM FY2026 (stand-in)");
    r.effectiveFrom = QDate(2026, 1, 1);
    r.kind = ReleaseKind::Full;
    r.notesFromId = r.id;
    return r;
}

// What the stand-in import did, shared with the lambdas the Workbench calls.
struct ImportShelf
{
    QList<Release> releases;
    int reloads = 0;
    std::atomic_bool ranOffGuiThread{false};
    ReleaseImportResult outcome;
};

QString releaseLabel(MainWindow& window)
{
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("releaseLabel"));
    return label ? label->text() : QString();
}

QString header(EncounterWorkspace* w)
{
    auto* label = w->findChild<QLabel*>(QStringLiteral("encounterHeader"));
    return label ? label->text() : QString();
}

} // namespace

class TestReleaseImport : public QObject
{
    Q_OBJECT
private slots:
    void standInImport_data();
    void standInImport();
    void realImportOverMiniFixture();
    void openWhileTheReferenceWarms();
};

void TestReleaseImport::standInImport_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("unchanged");
    QTest::addColumn<int>("reloads");
    QTest::newRow("imported") << true << false << 1;
    QTest::newRow("imported before") << true << true << 0;
    QTest::newRow("failed") << false << false << 0;
}

void TestReleaseImport::standInImport()
{
    QFETCH(bool, ok);
    QFETCH(bool, unchanged);
    QFETCH(int, reloads);
    auto state = test::sampleQueue();
    WorkbenchSetup setup = test::fakeSetup(state);
    auto reference = std::dynamic_pointer_cast<test::MemoryReference>(setup.facts);
    QVERIFY(reference);
    auto shelf = std::make_shared<ImportShelf>();
    shelf->releases = {*reference->releaseOn({})};
    shelf->outcome.ok = ok;
    shelf->outcome.unchanged = unchanged;
    shelf->outcome.message =
        ok ? QStringLiteral("Imported (stand-in)") : QStringLiteral("tabular.xml:3:1: bad");
    setup.reference.releases = [shelf] { return shelf->releases; };
    setup.reference.reload = [shelf, reference](QString*) {
        ++shelf->reloads;
        shelf->releases.last().effectiveTo = fy2026().effectiveFrom.addDays(-1); // superseded
        shelf->releases << fy2026();
        reference->setRelease(fy2026());
        return true;
    };
    setup.reference.importRunner = [shelf](const ReleaseImportRequest& request,
                                           const db::ImportControl& control) {
        shelf->ranOffGuiThread = QThread::currentThread() != qApp->thread();
        control.report(QStringLiteral("tabular"), 1, 2);
        ReleaseImportResult result = shelf->outcome;
        result.releaseId = request.archiveOrFolder;
        return result;
    };
    Workbench bench(setup);
    MainWindow window(bench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&bench, &Workbench::queueLoaded);
    bench.loadQueue();
    QVERIFY(loaded.wait(5000));
    EncounterWorkspace* w = window.openEncounter(1);
    QVERIFY(w);
    QTRY_VERIFY_WITH_TIMEOUT(!w->session().analysisPending(), 5000);
    QCOMPARE(releaseLabel(window), QStringLiteral("Release in force: Test release"));
    QVERIFY(header(w).contains(QStringLiteral("Test release")));

    QVERIFY(window.action(QStringLiteral("importRelease"))->isEnabled());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    auto* dialog = window.findChild<ReleaseImportDialog*>(QStringLiteral("releaseImportDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // the coder keeps working while it imports
    QCOMPARE(dialog->releasesTable()->rowCount(), 1);
    QVERIFY2(dialog->inForceText().startsWith(QStringLiteral("Test release")),
             qPrintable(dialog->inForceText()));

    QSignalSpy rechecked(&w->session(), &EncounterSession::analysisChanged);
    dialog->setRequest({{}, {}, {}, QStringLiteral("/stand-in/2025-10-01")});
    QVERIFY(dialog->startImport());
    QVERIFY(dialog->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 5000);
    QVERIFY(shelf->ranOffGuiThread);
    QCOMPARE(shelf->reloads, reloads);
    QCOMPARE(dialog->statusText(), shelf->outcome.message);
    const QString shown = reloads ? fy2026().label : QStringLiteral("Test release");
    QCOMPARE(releaseLabel(window), QStringLiteral("Release in force: %1").arg(shown));
    QVERIFY2(header(w).contains(shown), qPrintable(header(w)));
    QCOMPARE(dialog->releasesTable()->rowCount(), 1 + reloads);
    auto* comparison = qobject_cast<ComparisonPanel*>(w->panel(EncounterWorkspace::Comparison));
    QVERIFY(comparison && comparison->comparison());
    QCOMPARE(comparison->comparison()->a.release.label, shown); // the open comparison asked again
    if (reloads) {
        QTRY_VERIFY_WITH_TIMEOUT(!rechecked.isEmpty(), 5000); // a new release may change what is valid
        QVERIFY(dialog->inForceText().startsWith(fy2026().label));
    }
    // Asking again raises the same dialog rather than a second one.
    QCOMPARE(window.importRelease(), dialog);
    dialog->close();
}

void TestReleaseImport::realImportOverMiniFixture()
{
    const QString folder = QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023");
    if (!QFileInfo::exists(folder))
        QFAIL("tests/data/reference/mini-2023 is missing: it is part of the repository");
    QTemporaryDir dir;
    auto reference = std::make_shared<db::ReferenceDb>(dir.filePath(QStringLiteral("reference.sqlite")));
    QString error;
    QVERIFY2(reference->open(&error), qPrintable(error));
    auto state = test::sampleQueue();
    WorkbenchSetup setup = test::fakeSetup(state);
    setup.facts = reference;
    setup.search = reference;
    setup.hierarchy = std::make_shared<db::ReferenceHierarchy>(*reference);
    setup.reference = referenceAdmin(reference);
    setup.checkQueue = false;
    Workbench bench(setup);
    MainWindow window(bench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(releaseLabel(window), QStringLiteral("Release in force: no release in force"));

    ReleaseImportDialog* dialog = window.importRelease();
    QVERIFY(dialog);
    QCOMPARE(dialog->releasesTable()->rowCount(), 0);
    QSignalSpy reloaded(&bench, &Workbench::referenceReloaded);
    dialog->setRequest({{}, {}, {}, folder});
    QVERIFY(dialog->startImport());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Imported ")), qPrintable(dialog->statusText()));
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(dialog->releasesTable()->rowCount(), 1);
    // The status bar names what the re-read database says is in force today.
    const auto inForce = reference->releaseOn(QDate::currentDate());
    QCOMPARE(releaseLabel(window),
             QStringLiteral("Release in force: %1")
                 .arg(inForce ? inForce->label : QStringLiteral("no release in force")));
    QCOMPARE(bench.releases().size(), 1);
    QVERIFY(!bench.titleOf(QStringLiteral("R53.1"), bench.releases().first().effectiveFrom).isEmpty());
    dialog->close();
}

void TestReleaseImport::openWhileTheReferenceWarms()
{
    // The warm-up holds the worker until the test lets it go (released on every exit path).
    auto gate = std::make_shared<QSemaphore>();
    struct GateOpener
    {
        std::shared_ptr<QSemaphore> gate;
        ~GateOpener() { gate->release(100); }
    } releaseOnExit{gate};
    auto warmedDates = std::make_shared<QList<QDate>>();
    auto state = test::sampleQueue();
    WorkbenchSetup setup = test::fakeSetup(state);
    setup.warmReference = [gate, warmedDates](const QList<QDate>& dates) {
        *warmedDates = dates;
        gate->acquire();
    };
    Workbench bench(setup);
    MainWindow window(bench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!bench.isReferenceReady());
    QSignalSpy loaded(&bench, &Workbench::queueLoaded);
    bench.loadQueue();
    QVERIFY(loaded.wait(5000));

    EncounterWorkspace* w = window.openEncounter(1);
    QVERIFY(w);
    QTest::qWait(100);
    // The chart is there at once; what needs the reference waits for it instead of freezing the window.
    const QModelIndex first = w->codes()->model()->index(0, 0);
    QCOMPARE(first.data(AssignedCodesModel::CodeRole).toString(), QStringLiteral("R53.1"));
    QCOMPARE(first.data(AssignedCodesModel::TitleRole).toString(), QStringLiteral("…"));
    QVERIFY(!w->isPanelBuilt(EncounterWorkspace::Comparison));
    QCOMPARE(w->panels()->currentIndex(), int(EncounterWorkspace::Comparison));

    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(bench.isReferenceReady(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(w->isPanelBuilt(EncounterWorkspace::Comparison), 5000);
    QCOMPARE(first.data(AssignedCodesModel::TitleRole).toString(), QStringLiteral("Weakness"));
    // One date per release in use (the stand-in has one release for every date).
    QCOMPARE(warmedDates->size(), 1);
    // A second load does not warm again.
    bench.loadQueue();
    QVERIFY(loaded.wait(5000));
    QVERIFY(bench.isReferenceReady());
}

QTEST_MAIN(TestReleaseImport)
#include "test_release_import.moc"
