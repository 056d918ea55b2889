// A reference database that breaks under the running workstation (another connection drops the
// table a read uses): the code browser, the comparison panel and the search field must show the
// Error's text, naming the file, not an empty list or "code not found".
#include "panels/comparison/ComparisonPanel.h"
#include "reference/CodeBrowser.h"
#include "reference/CodeSearchField.h"
#include "reference/CodeSearchModel.h"
#include "reference/ReferenceDb.h"
#include "release/ReleaseImporter.h"
#include "release/ReleaseSource.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;
using namespace wcw::ui;

class TestPanelsReadErrors : public QObject
{
    Q_OBJECT
private slots:
    void browserShowsFailedSearch();
    void browserShowsFailedRecord();
    void comparisonShowsFailedRead();
    void searchFieldReportsFailedSearch();

private:
    // A fresh database with the mini FY2023 release, opened; its file in *path.
    std::unique_ptr<db::ReferenceDb> openMini(QString* path);
    // Drops `table` through a connection of our own; the ReferenceDb's stays open.
    static bool drop(const QString& path, const QString& table);

    QTemporaryDir m_dir;
    int m_count = 0;
    const QDate m_date{2023, 3, 1};
};

std::unique_ptr<db::ReferenceDb> TestPanelsReadErrors::openMini(QString* path)
{
    *path = m_dir.filePath(QStringLiteral("reference-%1.sqlite").arg(++m_count));
    db::ReleaseSources sources;
    QString error;
    if (!db::loadReleasePath(QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023"), &sources, &error))
        return nullptr;
    if (!db::ReleaseImporter(*path).import(std::move(sources)).ok)
        return nullptr;
    auto reference = std::make_unique<db::ReferenceDb>(*path);
    return reference->open(&error) ? std::move(reference) : nullptr;
}

bool TestPanelsReadErrors::drop(const QString& path, const QString& table)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) &&
             q.exec(QStringLiteral("DROP TABLE ") + table);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    return ok;
}

void TestPanelsReadErrors::browserShowsFailedSearch()
{
    QString path;
    auto reference = openMini(&path);
    QVERIFY(reference);
    CodeBrowser browser;
    browser.setServices(reference.get(), reference.get(), nullptr);
    browser.setDateOfService(m_date);
    browser.show();
    browser.searchField()->setText(QStringLiteral("weakness"));
    browser.searchNow();
    QVERIFY(browser.resultsModel()->rowCount() > 0);
    QVERIFY(browser.readErrorText().isEmpty());
    auto* label = browser.findChild<QLabel*>(QStringLiteral("browserReadError"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());

    QVERIFY(drop(path, QStringLiteral("search_fts")));
    browser.searchNow();
    QCOMPARE(browser.resultsModel()->rowCount(), 0);
    QVERIFY2(browser.readErrorText().contains(path), qPrintable(browser.readErrorText()));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), browser.readErrorText());
}

void TestPanelsReadErrors::browserShowsFailedRecord()
{
    QString path;
    auto reference = openMini(&path);
    QVERIFY(reference);
    CodeBrowser browser;
    browser.setServices(reference.get(), reference.get(), nullptr);
    browser.setDateOfService(m_date);
    QVERIFY(browser.showCode(QStringLiteral("M62.81")));
    QVERIFY(browser.detailsText().contains(QStringLiteral("Muscle weakness (generalized)")));

    QVERIFY(drop(path, QStringLiteral("notes")));
    QVERIFY(!browser.showCode(QStringLiteral("M62.81")));
    const QString shown = browser.detailsText();
    QVERIFY2(shown.contains(QStringLiteral("could not be read")), qPrintable(shown));
    QVERIFY2(shown.contains(path), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("M62.81")), qPrintable(shown)); // what was being read
    QVERIFY(browser.readErrorText().contains(path));
}

void TestPanelsReadErrors::comparisonShowsFailedRead()
{
    QString path;
    auto reference = openMini(&path);
    QVERIFY(reference);
    ComparisonPanel panel;
    panel.setDateOfService(m_date);
    panel.setSearch(reference.get());
    QVERIFY(panel.comparison().has_value());
    QSignalSpy failed(&panel, &ComparisonPanel::readFailed);

    QVERIFY(drop(path, QStringLiteral("notes")));
    panel.refresh();
    QVERIFY(!panel.comparison().has_value());
    QVERIFY2(panel.shownText().contains(path), qPrintable(panel.shownText()));
    QVERIFY2(panel.shownText().contains(QStringLiteral("could not be read")), qPrintable(panel.shownText()));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(path));
}

void TestPanelsReadErrors::searchFieldReportsFailedSearch()
{
    QString path;
    auto reference = openMini(&path);
    QVERIFY(reference);
    CodeSearchField field;
    field.setSearch(reference.get());
    field.setText(QStringLiteral("weakness"));
    field.searchNow();
    QVERIFY(field.hitsModel()->rowCount() > 0);
    QSignalSpy failed(&field, &CodeSearchField::readFailed);

    QVERIFY(drop(path, QStringLiteral("search_fts")));
    field.searchNow();
    QCOMPARE(field.hitsModel()->rowCount(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(field.readError().contains(path), qPrintable(field.readError()));
    QCOMPARE(field.toolTip(), field.readError());
}

QTEST_MAIN(TestPanelsReadErrors)
#include "test_panels_read_errors.moc"
