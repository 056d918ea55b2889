// VisitHistoryPanel: the visits in date order with codes and progression, stale symptom
// codes marked on the visits they were carried through and explained with OCG IV.J.
#include "PanelFixtures.h"
#include "PanelTestSupport.h"
#include "panels/history/VisitHistoryModel.h"
#include "panels/history/VisitHistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace wcw;
using namespace wcw::ui;

class TestVisitHistoryPanel : public QObject
{
    Q_OBJECT
private slots:
    void visitsInDateOrder();
    void staleCodesMarked_data();
    void staleCodesMarked();
    void explainsCarriedSymptoms();
    void gapsAndCurrent();
    void enterActivatesVisit();
    void emptyHistory();
    void modelPassesTester();
    void screenshot();
};

void TestVisitHistoryPanel::visitsInDateOrder()
{
    VisitHistory h = test::sampleHistory();
    std::reverse(h.visits.begin(), h.visits.end()); // a caller handing newest first
    VisitHistoryPanel panel;
    panel.setHistory(h);
    VisitHistoryModel* m = panel.model();
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(m->index(0).data(VisitHistoryModel::DateRole).toDate(), QDate(2025, 11, 3));
    QCOMPARE(m->index(3).data(VisitHistoryModel::EncounterIdRole).toString(), QStringLiteral("E1001"));
    QCOMPARE(m->index(1).data(VisitHistoryModel::CodesRole).toStringList(),
             (QStringList{QStringLiteral("R53.1"), QStringLiteral("E11.9")}));
    QCOMPARE(panel.headingText(), QStringLiteral("Test Patient (P100) \u2014 4 visits"));
}

void TestVisitHistoryPanel::staleCodesMarked_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("stale");
    QTest::addColumn<bool>("progression");
    QTest::newRow("first R53.1 visit coded what it saw") << 0 << QStringList{} << true;
    QTest::newRow("carried") << 1 << QStringList{QStringLiteral("R53.1")} << false;
    QTest::newRow("carried again") << 2 << QStringList{QStringLiteral("R53.1")} << false;
    QTest::newRow("re-coded to M62.81") << 3 << QStringList{} << true;
}

void TestVisitHistoryPanel::staleCodesMarked()
{
    QFETCH(int, row);
    QFETCH(QStringList, stale);
    QFETCH(bool, progression);
    VisitHistoryPanel panel;
    panel.setHistory(test::sampleHistory());
    const QModelIndex i = panel.model()->index(row);
    QCOMPARE(i.data(VisitHistoryModel::StaleCodesRole).toStringList(), stale);
    QCOMPARE(i.data(VisitHistoryModel::ProgressionRole).toBool(), progression);
    const QString tip = i.data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.contains(QStringLiteral("Carried forward without re-evaluation")), !stale.isEmpty());
}

void TestVisitHistoryPanel::explainsCarriedSymptoms()
{
    VisitHistoryPanel panel;
    panel.setHistory(test::sampleHistory());
    const QString text = panel.symptomsText();
    QVERIFY2(text.contains(QStringLiteral("R53.1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("stale")));
    QVERIFY(text.contains(QStringLiteral("3 visits, 2025-11-03 \u2192 2026-01-10")));
    QVERIFY(text.contains(QStringLiteral("(OCG IV.J)")));
    QVERIFY(text.contains(QStringLiteral("re-evaluated")));
}

void TestVisitHistoryPanel::gapsAndCurrent()
{
    VisitHistoryPanel panel;
    panel.setHistory(test::sampleHistory());
    panel.setCurrentEncounterId(QStringLiteral("E1001"));
    VisitHistoryModel* m = panel.model();
    QCOMPARE(m->index(0).data(VisitHistoryModel::DaysSincePreviousRole).toInt(), -1);
    QCOMPARE(m->index(1).data(VisitHistoryModel::DaysSincePreviousRole).toInt(), 42);
    QCOMPARE(m->index(3).data(VisitHistoryModel::CurrentRole).toBool(), true);
    QCOMPARE(m->index(2).data(VisitHistoryModel::CurrentRole).toBool(), false);
}

void TestVisitHistoryPanel::enterActivatesVisit()
{
    VisitHistoryPanel panel;
    panel.setHistory(test::sampleHistory());
    panel.show();
    QSignalSpy spy(&panel, &VisitHistoryPanel::visitActivated);
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->index(0));
    QTest::keyClick(panel.view(), Qt::Key_Down);
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 2);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("E0950"));
}

void TestVisitHistoryPanel::emptyHistory()
{
    VisitHistoryPanel panel;
    panel.setHistory({});
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(panel.headingText(), QStringLiteral("No earlier visits for this patient."));
}

void TestVisitHistoryPanel::modelPassesTester()
{
    VisitHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(test::sampleHistory());
    model.setCurrentEncounterId(QStringLiteral("E0990"));
    model.setHistory({});
    model.setCurrentEncounterId(QStringLiteral("E1001"));
    QCOMPARE(model.rowCount(), 0);
}

void TestVisitHistoryPanel::screenshot()
{
    VisitHistoryPanel panel;
    panel.setHistory(test::sampleHistory());
    panel.setCurrentEncounterId(QStringLiteral("E1001"));
    {
        const QString problems =
            test::screenshotProblems(&panel, QStringLiteral("visit-history-panel"),
                                     {QStringLiteral("E1001"), QStringLiteral("R53.1")}, 640, 560);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
    {
        const QString problems =
            test::screenshotProblems(&panel, QStringLiteral("visit-history-panel"),
                                     {QStringLiteral("E1001"), QStringLiteral("R53.1")}, 640, 560, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

QTEST_MAIN(TestVisitHistoryPanel)
#include "test_visit_history_panel.moc"
