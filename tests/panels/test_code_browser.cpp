// CodeBrowser: debounced search with ranked hits, the tabular tree filled lazily, a code's
// full record with inherited notes marked, and compareRequested/codeChosen for the workspace.
#include "FakeHierarchy.h"
#include "MemoryReference.h"
#include "PanelTestSupport.h"
#include "reference/CodeBrowser.h"
#include "reference/CodeHierarchyModel.h"
#include "reference/CodeSearchField.h"
#include "reference/CodeSearchModel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace wcw;
using namespace wcw::ui;

namespace {

struct Fixture
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    test::FakeHierarchy tree;
    CodeBrowser browser;
    Fixture()
    {
        browser.setDebounceMs(20);
        browser.setServices(&ref, &ref, &tree);
        browser.setDateOfService(QDate(2026, 3, 2));
        browser.resize(1000, 700);
        browser.show();
    }
};

} // namespace

class TestCodeBrowser : public QObject
{
    Q_OBJECT
private slots:
    void searchAsYouType();
    void downMovesIntoResultsAndShowsCode();
    void showsFullRecord_data();
    void showsFullRecord();
    void unknownCodeSaysSo();
    void treeIsLazy();
    void showCodeRevealsInTree();
    void noteLinkOpensCode();
    void compareWith();
    void useCodeOnlyForBillable();
    void modelsPassTester();
    void screenshot();
};

void TestCodeBrowser::searchAsYouType()
{
    Fixture f;
    f.browser.searchField()->setFocus();
    QTest::keyClicks(f.browser.searchField(), QStringLiteral("weak"));
    QCOMPARE(f.ref.searches, 0);
    QTRY_COMPARE(f.ref.searches, 1);
    QCOMPARE(f.ref.lastSearch, QStringLiteral("weak"));
    CodeSearchModel* m = f.browser.resultsModel();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(0, CodeSearchModel::CodeColumn).data().toString(), QStringLiteral("M62.81"));
    QCOMPARE(m->index(0, CodeSearchModel::TitleColumn).data().toString(),
             QStringLiteral("Muscle weakness (generalized)"));
    QCOMPARE(m->index(0, CodeSearchModel::BillableColumn).data().toString(), QStringLiteral("billable"));
    QCOMPARE(m->index(0, CodeSearchModel::MatchedColumn).data().toString(), QStringLiteral("title"));
}

void TestCodeBrowser::downMovesIntoResultsAndShowsCode()
{
    Fixture f;
    QSignalSpy shown(&f.browser, &CodeBrowser::codeShown);
    f.browser.searchField()->setFocus();
    QTest::keyClicks(f.browser.searchField(), QStringLiteral("R53"));
    QTest::keyClick(f.browser.searchField(), Qt::Key_Down); // searches at once, no need to wait
    QCOMPARE(f.browser.currentCode(), QStringLiteral("R53.1"));
    QTest::keyClick(f.browser.resultsView(), Qt::Key_Down);
    QCOMPARE(f.browser.currentCode(), QStringLiteral("R53.83"));
    QVERIFY(f.browser.detailsText().contains(QStringLiteral("Other fatigue")));
    QCOMPARE(shown.count(), 2);
    QSignalSpy chosen(&f.browser, &CodeBrowser::codeChosen);
    QTest::keyClick(f.browser.resultsView(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("R53.83"));
}

void TestCodeBrowser::showsFullRecord_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title") << "R53.1"
                           << "R53.1  Weakness";
    QTest::newRow("billable") << "R53.1"
                              << "Billable leaf code";
    QTest::newRow("header") << "M62.8"
                            << "Header: not billable";
    QTest::newRow("parents") << "M62.81"
                             << "Under M62 \u203a M62.8";
    QTest::newRow("excludes1 heading") << "R53.1"
                                       << "Excludes1";
    QTest::newRow("note with code link") << "R53.1"
                                         << "muscle weakness (M62.8-) \u2192 M62.8";
    QTest::newRow("inherited") << "R53.1"
                               << "any associated underlying condition (test note) (inherited from R53)";
    QTest::newRow("index") << "M62.81"
                           << "Weak, weakening, weakness (generalized) \u203a muscle";
    QTest::newRow("no index") << "M62.8"
                              << "None in the Alphabetic Index.";
    QTest::newRow("release") << "R53.1"
                             << "Release: Test release FY2026";
}

void TestCodeBrowser::showsFullRecord()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    Fixture f;
    QVERIFY(f.browser.showCode(code));
    const QString text = f.browser.detailsText();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestCodeBrowser::unknownCodeSaysSo()
{
    Fixture f;
    QVERIFY(!f.browser.showCode(QStringLiteral("Z99.99")));
    QVERIFY(f.browser.detailsText().contains(
        QStringLiteral("Z99.99 is not in the release in force on 2026-03-02")));
    QVERIFY(!f.browser.findChild<QPushButton*>(QStringLiteral("browserCompare"))->isEnabled());
}

void TestCodeBrowser::treeIsLazy()
{
    Fixture f;
    CodeHierarchyModel* m = f.browser.treeModel();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(1, 0).data().toString(), QStringLiteral("Chapter 18"));
    QCOMPARE(m->index(1, 1).data().toString(),
             QStringLiteral("Symptoms, signs and abnormal findings (test)"));
    QVERIFY(m->hasChildren(m->index(1, 0)));
    QCOMPARE(m->rowCount(m->index(1, 0)), 0); // not asked yet
    QVERIFY(!f.tree.asked.contains(QStringLiteral("chapter:18")));
    f.browser.treeView()->expand(m->index(1, 0));
    QVERIFY(f.tree.asked.contains(QStringLiteral("chapter:18")));
    QCOMPARE(m->rowCount(m->index(1, 0)), 1);
    QCOMPARE(m->index(0, 0, m->index(1, 0)).data().toString(), QStringLiteral("R50-R69"));
}

void TestCodeBrowser::showCodeRevealsInTree()
{
    Fixture f;
    QVERIFY(f.browser.showCode(QStringLiteral("M62.81")));
    const QModelIndex current = f.browser.treeView()->currentIndex();
    QCOMPARE(current.data(CodeHierarchyModel::CodeRole).toString(), QStringLiteral("M62.81"));
    QVERIFY(f.browser.treeView()->isExpanded(current.parent()));
    QVERIFY(f.browser.treeView()->isExpanded(current.parent().parent().parent())); // the block
    // Moving in the tree shows that code.
    f.browser.treeView()->setCurrentIndex(current.parent());
    QCOMPARE(f.browser.currentCode(), QStringLiteral("M62.8"));
    QVERIFY(f.browser.detailsText().contains(QStringLiteral("Other specified disorders of muscle")));
}

void TestCodeBrowser::noteLinkOpensCode()
{
    Fixture f;
    f.browser.showCode(QStringLiteral("R53.1"));
    auto* details = f.browser.findChild<QTextBrowser*>(QStringLiteral("browserDetails"));
    emit details->anchorClicked(QUrl(QStringLiteral("code:M62.8")));
    QCOMPARE(f.browser.currentCode(), QStringLiteral("M62.8"));
}

void TestCodeBrowser::compareWith()
{
    Fixture f;
    f.browser.showCode(QStringLiteral("R53.1"));
    QSignalSpy spy(&f.browser, &CodeBrowser::compareRequested);
    auto* other = f.browser.findChild<CodeSearchField*>(QStringLiteral("browserCompareWith"));
    auto* compare = f.browser.findChild<QPushButton*>(QStringLiteral("browserCompare"));
    QVERIFY(other->text().isEmpty());
    compare->click(); // no second code yet: asks for it instead
    QCOMPARE(spy.count(), 0);
    f.browser.setCompareCandidate(QStringLiteral("m62.81"));
    compare->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("R53.1"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("M62.81"));
}

void TestCodeBrowser::useCodeOnlyForBillable()
{
    Fixture f;
    auto* use = f.browser.findChild<QPushButton*>(QStringLiteral("browserUse"));
    f.browser.showCode(QStringLiteral("M62.8"));
    QVERIFY(!use->isEnabled());
    f.browser.showCode(QStringLiteral("M62.81"));
    QVERIFY(use->isEnabled());
    QSignalSpy spy(&f.browser, &CodeBrowser::codeChosen);
    use->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("M62.81"));
}

void TestCodeBrowser::modelsPassTester()
{
    test::FakeHierarchy tree;
    CodeHierarchyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHierarchy(&tree, QDate(2026, 3, 2));
    const QModelIndex r5383 = model.indexOfPath(tree.pathTo(u"R53.83", {}));
    QVERIFY(r5383.isValid());
    QCOMPARE(r5383.data(CodeHierarchyModel::BillableRole).toBool(), true);
    QCOMPARE(r5383.parent().data(CodeHierarchyModel::IdRole).toString(), QStringLiteral("R53.8"));
    model.setHierarchy(nullptr, {});
    QCOMPARE(model.rowCount(), 0);

    test::MemoryReference ref = test::MemoryReference::panelSet();
    CodeSearchModel hits;
    QAbstractItemModelTester hitsTester(&hits, QAbstractItemModelTester::FailureReportingMode::QtTest);
    hits.setHits(ref.search(QStringLiteral("R5"), 10));
    hits.setHits({});
}

void TestCodeBrowser::screenshot()
{
    Fixture f;
    f.browser.searchField()->setText(QStringLiteral("weak"));
    f.browser.searchNow();
    f.browser.showCode(QStringLiteral("R53.1"));
    f.browser.setCompareCandidate(QStringLiteral("M62.81"));
    {
        const QString problems = test::screenshotProblems(
            &f.browser, QStringLiteral("code-browser"),
            {QStringLiteral("R53.1"), QStringLiteral("M62.81"), QStringLiteral("weak")}, 1100, 720);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

QTEST_MAIN(TestCodeBrowser)
#include "test_code_browser.moc"
