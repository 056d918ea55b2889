// ComparisonPanel: shows both codes' facts side by side from a CodeSearch, defaults to
// R53.1 vs M62.81 with the curated guidance, swaps, and compares any two typed codes.
#include "MemoryReference.h"
#include "PanelTestSupport.h"
#include "panels/comparison/ComparisonPanel.h"
#include "reference/CodeSearchField.h"
#include "reference/CodeSearchModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace wcw;
using namespace wcw::ui;

class TestComparisonPanel : public QObject
{
    Q_OBJECT
private slots:
    void defaultsToKeyPair();
    void showsRows_data();
    void showsRows();
    void marksInheritedNotes();
    void swapExchangesCodes();
    void typedCodesCompareOnEnter();
    void unknownCodeSaysSo();
    void searchAsYouTypeIsDebounced();
    void codeLinkEmits();
    void screenshot();
};

void TestComparisonPanel::defaultsToKeyPair()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    QCOMPARE(panel.codeA(), QStringLiteral("R53.1"));
    QCOMPARE(panel.codeB(), QStringLiteral("M62.81"));
    QVERIFY(panel.comparison().has_value());
    const QString text = panel.shownText();
    QVERIFY2(text.contains(QStringLiteral("R53.1 or M62.81? (test guidance)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("When to use M62.81")));
    QVERIFY(text.contains(QStringLiteral("OCG I.C.18.b")));
}

void TestComparisonPanel::showsRows_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("title a") << QStringLiteral("Weakness");
    QTest::newRow("title b") << QStringLiteral("Muscle weakness (generalized)");
    QTest::newRow("chapter") << QStringLiteral("13 Diseases of the musculoskeletal system (test)");
    QTest::newRow("block") << QStringLiteral("R50-R69 General symptoms and signs");
    QTest::newRow("billable") << QStringLiteral("Yes \u2014 billable leaf code");
    QTest::newRow("inclusion") << QStringLiteral("Asthenia NOS");
    QTest::newRow("excludes1 row") << QStringLiteral("muscle weakness (M62.8-)");
    QTest::newRow("a excludes b") << QStringLiteral("Excludes1 R53.1 excludes M62.81");
    QTest::newRow("b does not exclude a") << QStringLiteral("M62.81 has no Excludes note covering R53.1.");
    QTest::newRow("index") << QStringLiteral("Weak, weakening, weakness (generalized) \u203a muscle");
    QTest::newRow("code first") << QStringLiteral("any associated underlying condition");
    QTest::newRow("difference marker") << QStringLiteral("Chapter \u2260");
}

void TestComparisonPanel::showsRows()
{
    QFETCH(QString, expected);
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    const QString text = panel.shownText();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestComparisonPanel::marksInheritedNotes()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    QVERIFY(panel.shownText().contains(QStringLiteral("(inherited from R53)")));
    QVERIFY(panel.shownText().contains(QStringLiteral("(inherited from M62)")));
    QVERIFY(panel.shownText().contains(QStringLiteral("(direct note on R53.1)")));
}

void TestComparisonPanel::swapExchangesCodes()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    QSignalSpy spy(&panel, &ComparisonPanel::compared);
    panel.findChild<QToolButton*>(QStringLiteral("swap"))->click();
    QCOMPARE(panel.codeA(), QStringLiteral("M62.81"));
    QCOMPARE(panel.codeB(), QStringLiteral("R53.1"));
    QCOMPARE(panel.comparison()->a.code, QStringLiteral("M62.81"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("M62.81"));
}

void TestComparisonPanel::typedCodesCompareOnEnter()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    panel.show();
    auto* field = panel.findChild<CodeSearchField*>(QStringLiteral("codeB"));
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, QStringLiteral("r53.83"));
    field->completer()->popup()->hide();
    QSignalSpy spy(&panel, &ComparisonPanel::compared);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(panel.comparison()->b.code, QStringLiteral("R53.83"));
    QVERIFY(panel.shownText().contains(QStringLiteral("Other fatigue")));
    QVERIFY(!panel.shownText().contains(QStringLiteral("test guidance")));
}

void TestComparisonPanel::unknownCodeSaysSo()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    panel.setDateOfService(QDate(2026, 3, 2));
    panel.compare(QStringLiteral("R53.1"), QStringLiteral("Z99.999"));
    QVERIFY(!panel.comparison());
    QVERIFY(panel.shownText().contains(QStringLiteral("not in the release in force on 2026-03-02")));
}

void TestComparisonPanel::searchAsYouTypeIsDebounced()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    CodeSearchField field;
    field.setSearch(&ref);
    field.setDebounceMs(30);
    QAbstractItemModelTester tester(field.hitsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    field.show();
    field.setFocus();
    QTest::keyClicks(&field, QStringLiteral("M62"));
    QCOMPARE(ref.searches, 0); // nothing yet: the debounce holds the search back
    QTRY_COMPARE(ref.searches, 1);
    QCOMPARE(ref.lastSearch, QStringLiteral("M62"));
    QCOMPARE(field.hitsModel()->rowCount(), 2);
    QCOMPARE(field.hitsModel()->codeAt(0), QStringLiteral("M62.8"));
    QCOMPARE(field.hitsModel()->index(0, CodeSearchModel::BillableColumn).data().toString(),
             QStringLiteral("header"));
}

void TestComparisonPanel::codeLinkEmits()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    QSignalSpy spy(&panel, &ComparisonPanel::codeLinkActivated);
    auto* view = panel.findChild<QTextBrowser*>(QStringLiteral("comparisonView"));
    emit view->anchorClicked(QUrl(QStringLiteral("code:M62.81")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("M62.81"));
}

void TestComparisonPanel::screenshot()
{
    test::MemoryReference ref = test::MemoryReference::panelSet();
    ComparisonPanel panel;
    panel.setSearch(&ref);
    panel.setDateOfService(QDate(2026, 3, 2));
    {
        const QString problems =
            test::screenshotProblems(&panel, QStringLiteral("comparison-panel"),
                                     {QStringLiteral("R53.1"), QStringLiteral("M62.81")}, 1000, 820);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
    {
        const QString problems =
            test::screenshotProblems(&panel, QStringLiteral("comparison-panel"),
                                     {QStringLiteral("R53.1"), QStringLiteral("M62.81")}, 1000, 820, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

QTEST_MAIN(TestComparisonPanel)
#include "test_comparison_panel.moc"
