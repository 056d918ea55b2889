// ReleaseImportDialog: picks files through the FileDialog stand-in, runs the import on a
// worker thread with progress and Cancel, reports the outcome, and shows which release is
// in force for a date. One test runs the real reference importer on the mini fixture.
#include "PanelTestSupport.h"
#include "common/FileDialog.h"
#include "reference/ReferenceDb.h"
#include "reference/ReleaseImportDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace wcw;
using namespace wcw::ui;

namespace {

Release release(const char* id, QDate from, QDate to, ReleaseKind kind = ReleaseKind::Full)
{
    Release r;
    r.id = QString::fromUtf8(id);
    r.label = QStringLiteral("Test %1").arg(r.id);
    r.effectiveFrom = from;
    r.effectiveTo = to;
    r.kind = kind;
    r.notesFromId = kind == ReleaseKind::OrderOnly ? QStringLiteral("2022-10-01") : r.id;
    return r;
}

QList<Release> sampleReleases()
{
    return {release("2016-10-01", QDate(2016, 10, 1), QDate(2020, 12, 31)),
            release("2022-10-01", QDate(2022, 10, 1), QDate(2025, 9, 30)),
            release("2025-10-01", QDate(2025, 10, 1), {}, ReleaseKind::OrderOnly)};
}

} // namespace

class TestReleaseImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void listsReleasesAndInForce_data();
    void listsReleasesAndInForce();
    void browseUsesStandIn();
    void nothingChosenSaysSo();
    void runsOnWorkerWithProgress();
    void cancelStopsWorker();
    void realImporterOnMiniRelease();
    void screenshot();
};

void TestReleaseImportDialog::listsReleasesAndInForce_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("inForce");
    QTest::addColumn<int>("selectedRow");
    QTest::newRow("FY2017") << QDate(2017, 3, 1) << QStringLiteral("Test 2016-10-01 (full)") << 0;
    QTest::newRow("gap") << QDate(2021, 6, 1) << QStringLiteral("No imported release covers 2021-06-01.")
                         << -1;
    QTest::newRow("order-only") << QDate(2026, 3, 2)
                                << QStringLiteral(
                                       "Test 2025-10-01 (order-only); notes and index from 2022-10-01")
                                << 2;
    QTest::newRow("last day of FY2025")
        << QDate(2025, 9, 30) << QStringLiteral("Test 2022-10-01 (full)") << 1;
}

void TestReleaseImportDialog::listsReleasesAndInForce()
{
    QFETCH(QDate, date);
    QFETCH(QString, inForce);
    QFETCH(int, selectedRow);
    ReleaseImportDialog dialog;
    dialog.setReleases(sampleReleases());
    dialog.setDateOfService(date);
    QCOMPARE(dialog.releasesTable()->rowCount(), 3);
    QCOMPARE(dialog.releasesTable()->item(2, 3)->text(), QStringLiteral("still in force"));
    QCOMPARE(dialog.inForceText(), inForce);
    const QList<QTableWidgetSelectionRange> ranges = dialog.releasesTable()->selectedRanges();
    QCOMPARE(ranges.isEmpty() ? -1 : ranges.first().topRow(), selectedRow);
}

void TestReleaseImportDialog::browseUsesStandIn()
{
    ReleaseImportDialog dialog;
    FileDialog::setNextFileName(QStringLiteral("/data/icd10cm-table-index-2026.zip"));
    for (auto* b : dialog.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Zip\u2026"))
            b->click();
    }
    QCOMPARE(dialog.request().archiveOrFolder, QStringLiteral("/data/icd10cm-table-index-2026.zip"));
    FileDialog::setNextFileName(QString()); // Cancel keeps what was there
    for (auto* b : dialog.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Zip\u2026"))
            b->click();
    }
    QCOMPARE(dialog.request().archiveOrFolder, QStringLiteral("/data/icd10cm-table-index-2026.zip"));
}

void TestReleaseImportDialog::nothingChosenSaysSo()
{
    ReleaseImportDialog dialog;
    dialog.setRunner(
        [](const ReleaseImportRequest&, const db::ImportControl&) { return ReleaseImportResult{}; });
    QVERIFY(!dialog.startImport());
    QVERIFY(dialog.statusText().contains(QStringLiteral("Choose a zip archive")));
    QVERIFY(!dialog.isRunning());
}

void TestReleaseImportDialog::runsOnWorkerWithProgress()
{
    ReleaseImportDialog dialog;
    QThread* guiThread = QThread::currentThread();
    QThread* ranOn = nullptr;
    QSemaphore step;
    dialog.setRunner([&](const ReleaseImportRequest& r, const db::ImportControl& control) {
        ranOn = QThread::currentThread();
        control.report(QStringLiteral("tabular"), 50, 100);
        step.acquire(); // hold here until the test has seen the progress
        ReleaseImportResult result;
        result.ok = true;
        result.releaseId = QStringLiteral("2022-10-01");
        result.message = QStringLiteral("Imported %1").arg(r.tabular);
        return result;
    });
    dialog.setRequest({QStringLiteral("/x/tabular.xml"), {}, {}, {}});
    QSignalSpy finished(&dialog, &ReleaseImportDialog::importFinished);
    QVERIFY(dialog.startImport());
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("startImport"))->isEnabled());
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"));
    QTRY_COMPARE(bar->value(), 500); // the GUI thread stayed free to show it
    QCOMPARE(bar->maximum(), 1000);
    step.release();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(ranOn && ranOn != guiThread);
    const auto result = finished.at(0).at(0).value<ReleaseImportResult>();
    QVERIFY(result.ok);
    QCOMPARE(dialog.statusText(), QStringLiteral("Imported /x/tabular.xml"));
    QVERIFY(!dialog.isRunning());
}

void TestReleaseImportDialog::cancelStopsWorker()
{
    ReleaseImportDialog dialog;
    dialog.setRunner([](const ReleaseImportRequest&, const db::ImportControl& control) {
        ReleaseImportResult result;
        while (!control.cancelled())
            QThread::msleep(2);
        result.cancelled = true;
        result.message = QStringLiteral("Import cancelled; the database is unchanged.");
        return result;
    });
    dialog.setRequest({{}, {}, {}, QStringLiteral("/x/release.zip")});
    QSignalSpy finished(&dialog, &ReleaseImportDialog::importFinished);
    QVERIFY(dialog.startImport());
    dialog.reject(); // Esc while importing cancels instead of closing on a running import
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).value<ReleaseImportResult>().cancelled);
    QCOMPARE(dialog.statusText(), QStringLiteral("Import cancelled; the database is unchanged."));
}

void TestReleaseImportDialog::realImporterOnMiniRelease()
{
    const QString folder = QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023");
    if (!QFileInfo::exists(folder))
        QFAIL("tests/data/reference/mini-2023 is missing: it is part of the repository");
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("reference.sqlite"));
    db::ReferenceDb reference(dbPath);
    QString error;
    QVERIFY2(reference.open(&error), qPrintable(error));

    ReleaseImportDialog dialog;
    dialog.setRunner(referenceImportRunner(dbPath));
    dialog.setRequest({{}, {}, {}, folder});
    QSignalSpy finished(&dialog, &ReleaseImportDialog::importFinished);
    QVERIFY(dialog.startImport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto result = finished.at(0).at(0).value<ReleaseImportResult>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Imported ")), qPrintable(dialog.statusText()));

    QVERIFY2(reference.reload(&error), qPrintable(error));
    dialog.setReleases(reference.releases());
    dialog.setDateOfService(QDate(2023, 3, 1));
    QCOMPARE(dialog.releasesTable()->rowCount(), 1);
    QVERIFY2(dialog.inForceText().contains(QStringLiteral("full")), qPrintable(dialog.inForceText()));

    // The same files again: nothing changes.
    finished.clear();
    QVERIFY(dialog.startImport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.at(0).at(0).value<ReleaseImportResult>().unchanged);
}

void TestReleaseImportDialog::screenshot()
{
    ReleaseImportDialog dialog;
    dialog.setReleases(sampleReleases());
    dialog.setDateOfService(QDate(2026, 3, 2));
    dialog.setRequest({{}, {}, {}, QStringLiteral("/data/icd10cm/2025-10-01")});
    {
        const QString problems =
            test::screenshotProblems(&dialog, QStringLiteral("release-import-dialog"),
                                     {QStringLiteral("/data/icd10cm/2025-10-01")}, 780, 600);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

QTEST_MAIN(TestReleaseImportDialog)
#include "test_release_import_dialog.moc"
