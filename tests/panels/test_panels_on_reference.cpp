// The comparison panel and the code browser on the real reference database (ReferenceDb +
// ReferenceHierarchy) built from the mini FY2023 fixture: what the fakes stand in for.
#include "panels/comparison/ComparisonPanel.h"
#include "reference/CodeBrowser.h"
#include "reference/CodeHierarchyModel.h"
#include "reference/ReferenceDb.h"
#include "reference/ReferenceHierarchy.h"
#include "release/ReleaseImporter.h"
#include "release/ReleaseSource.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace wcw;
using namespace wcw::ui;

class TestPanelsOnReference : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void comparisonShowsRealNotes_data();
    void comparisonShowsRealNotes();
    void browserWalksRealTree();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::ReferenceDb> m_reference;
};

void TestPanelsOnReference::initTestCase()
{
    const QString folder = QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023");
    if (!QFileInfo::exists(folder))
        QFAIL("tests/data/reference/mini-2023 is missing: it is part of the repository");
    const QString path = m_dir.filePath(QStringLiteral("reference.sqlite"));
    m_reference = std::make_unique<db::ReferenceDb>(path);
    QString error;
    QVERIFY2(m_reference->open(&error), qPrintable(error));
    db::ReleaseSources sources;
    QVERIFY2(db::loadReleasePath(folder, &sources, &error), qPrintable(error));
    const db::ImportOutcome outcome = db::ReleaseImporter(path).import(std::move(sources));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY2(m_reference->reload(&error), qPrintable(error));
}

void TestPanelsOnReference::comparisonShowsRealNotes_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("title") << QStringLiteral("Muscle weakness (generalized)");
    QTest::newRow("excludes1 in sarcopenia") << QStringLiteral("muscle weakness in sarcopenia (M62.84)");
    QTest::newRow("inherited from M62") << QStringLiteral("myalgia (M79.1-) (inherited from M62)");
    QTest::newRow("between") << QStringLiteral("Excludes1 R53.1 excludes M62.81");
}

void TestPanelsOnReference::comparisonShowsRealNotes()
{
    QFETCH(QString, expected);
    ComparisonPanel panel;
    panel.setDateOfService(QDate(2023, 3, 1));
    panel.setSearch(m_reference.get());
    QVERIFY(panel.comparison().has_value());
    QVERIFY2(panel.shownText().contains(expected), qPrintable(panel.shownText()));
}

void TestPanelsOnReference::browserWalksRealTree()
{
    db::ReferenceHierarchy tree(*m_reference);
    CodeBrowser browser;
    browser.setServices(m_reference.get(), m_reference.get(), &tree);
    browser.setDateOfService(QDate(2023, 3, 1));
    QVERIFY(browser.treeModel()->rowCount() >= 2);
    QVERIFY(browser.showCode(QStringLiteral("M62.81")));
    const QModelIndex at = browser.treeView()->currentIndex();
    QCOMPARE(at.data(CodeHierarchyModel::CodeRole).toString(), QStringLiteral("M62.81"));
    QCOMPARE(at.parent().data(CodeHierarchyModel::CodeRole).toString(), QStringLiteral("M62.8"));
    QVERIFY(browser.detailsText().contains(QStringLiteral("(inherited from M62)")));
}

QTEST_MAIN(TestPanelsOnReference)
#include "test_panels_on_reference.moc"
