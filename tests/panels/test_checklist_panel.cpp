// ChecklistPanel: every item present/missing with its evidence, a completeness bar, and
// evidenceActivated() on click and on Enter.
#include "PanelFixtures.h"
#include "PanelTestSupport.h"
#include "panels/checklist/ChecklistModel.h"
#include "panels/checklist/ChecklistPanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace wcw;
using namespace wcw::ui;

class TestChecklistPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsScore_data();
    void showsScore();
    void modelRows();
    void clickEvidenceEmitsSpan();
    void enterOnItemEmitsFirstSpan();
    void missingItemEmitsNothing();
    void modelPassesTester();
    void screenshot();
    void screenshotCheckCatchesWhatIsMissing();
};

void TestChecklistPanel::showsScore_data()
{
    QTest::addColumn<int>("present");
    QTest::addColumn<QString>("score");
    QTest::newRow("7 of 12") << 7 << QStringLiteral("7 / 12 documented");
    QTest::newRow("none") << 0 << QStringLiteral("0 / 12 documented");
    QTest::newRow("all") << 12 << QStringLiteral("12 / 12 documented");
}

void TestChecklistPanel::showsScore()
{
    QFETCH(int, present);
    QFETCH(QString, score);
    Checklist c = test::sampleChecklist();
    for (int i = 0; i < c.items.size(); ++i) {
        c.items[i].present = i < present;
        if (!c.items[i].present)
            c.items[i].evidence.clear();
    }
    ChecklistPanel panel;
    panel.setChecklist(c);
    QCOMPARE(panel.scoreText(), score);
    if (present == 12)
        QCOMPARE(panel.missingText(), QStringLiteral("Everything on the checklist is documented."));
    else
        QVERIFY(panel.missingText().startsWith(QStringLiteral("Missing: ")));
}

void TestChecklistPanel::modelRows()
{
    ChecklistPanel panel;
    panel.setChecklist(test::sampleChecklist());
    ChecklistModel* m = panel.model();
    QCOMPARE(m->rowCount(), 12);
    QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("Location of the weakness"));
    QCOMPARE(m->index(4, 0).data().toString(), QStringLiteral("Onset \u2014 not documented"));
    QCOMPARE(m->index(4, 0).data(ChecklistModel::PresentRole).toBool(), false);
    const QModelIndex functional = m->index(8, 0);
    QCOMPARE(m->rowCount(functional), 2);
    QCOMPARE(m->index(1, 0, functional).data().toString(), QStringLiteral("\u201ctwo falls\u201d"));
    QCOMPARE(panel.missingText(),
             QStringLiteral(
                 "Missing: Body parts affected, Onset, Fluctuation or pattern, Distinguished from fatigue "
                 "and malaise, Cause suspected, confirmed or ruled out"));
}

void TestChecklistPanel::clickEvidenceEmitsSpan()
{
    ChecklistPanel panel;
    panel.setChecklist(test::sampleChecklist());
    panel.resize(500, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &ChecklistPanel::evidenceActivated);
    const QModelIndex functional = panel.model()->index(8, 0);
    const QModelIndex falls = panel.model()->index(1, 0, functional);
    panel.view()->scrollTo(falls);
    const QRect r = panel.view()->visualRect(falls);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(spy.count(), 1);
    const QString note = test::sampleNote();
    const int start = spy.at(0).at(0).toInt();
    const int end = spy.at(0).at(1).toInt();
    QCOMPARE(note.mid(start, end - start), QStringLiteral("two falls"));
}

void TestChecklistPanel::enterOnItemEmitsFirstSpan()
{
    ChecklistPanel panel;
    panel.setChecklist(test::sampleChecklist());
    panel.show();
    QSignalSpy spy(&panel, &ChecklistPanel::evidenceActivated);
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->index(9, 0));
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    const QString note = test::sampleNote();
    const int start = spy.at(0).at(0).toInt();
    QCOMPARE(note.mid(start, spy.at(0).at(1).toInt() - start), QStringLiteral("strength 4/5"));
}

void TestChecklistPanel::missingItemEmitsNothing()
{
    ChecklistPanel panel;
    panel.setChecklist(test::sampleChecklist());
    panel.show();
    QSignalSpy spy(&panel, &ChecklistPanel::evidenceActivated);
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->index(4, 0)); // onset: missing
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
}

void TestChecklistPanel::modelPassesTester()
{
    ChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChecklist(test::sampleChecklist());
    model.setChecklist({});
    model.setChecklist(test::sampleChecklist());
    QCOMPARE(model.rowCount(), 12);
}

void TestChecklistPanel::screenshot()
{
    ChecklistPanel panel;
    panel.setChecklist(test::sampleChecklist());
    {
        const QString problems =
            test::screenshotProblems(&panel, QStringLiteral("checklist-panel"),
                                     {QStringLiteral("Location of the weakness"),
                                      QStringLiteral("Objective findings (strength grades)")},
                                     460, 620);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
    {
        const QString problems =
            test::screenshotProblems(&panel, QStringLiteral("checklist-panel"),
                                     {QStringLiteral("Location of the weakness"),
                                      QStringLiteral("Objective findings (strength grades)")},
                                     460, 620, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

// The screenshot check must fail on what a broken build shows: a blank picture, a text no
// widget shows, a text only a hidden widget holds.
void TestChecklistPanel::screenshotCheckCatchesWhatIsMissing()
{
    QWidget blank;
    const QString none = test::screenshotProblems(&blank, QStringLiteral("check-blank"),
                                                  {QStringLiteral("Location")}, 200, 120);
    QVERIFY2(none.contains(u"blank"), qPrintable(none));
    QVERIFY2(none.contains(u"no visible widget shows \"Location\""), qPrintable(none));

    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* shown = new QLabel(QStringLiteral("Location of the weakness"));
    auto* hidden = new QLabel(QStringLiteral("Onset"));
    layout->addWidget(shown);
    layout->addWidget(hidden);
    hidden->hide();
    const QString partly = test::screenshotProblems(
        &page, QStringLiteral("check-hidden"),
        {QStringLiteral("Location of the weakness"), QStringLiteral("Onset")}, 300, 120);
    QVERIFY2(!partly.contains(u"Location"), qPrintable(partly));
    QVERIFY2(partly.contains(u"no visible widget shows \"Onset\""), qPrintable(partly));
}

QTEST_MAIN(TestChecklistPanel)
#include "test_checklist_panel.moc"
