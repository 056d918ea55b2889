// DecisionTreePanel: shows each step of the path and the suggested codes, and is walked
// from the keyboard: Up/Down between steps, Left/Right and 1-9 change an answer
// (answerChanged), Enter accepts (acceptRequested).
#include "PanelFixtures.h"
#include "PanelTestSupport.h"
#include "panels/decision/DecisionPathModel.h"
#include "panels/decision/DecisionTreePanel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace wcw;
using namespace wcw::ui;

namespace {

AnswerOptions sampleOptions()
{
    auto opt = [](const char* id, const char* label) {
        return AnswerOption{QString::fromUtf8(id), QString::fromUtf8(label)};
    };
    return {
        {QStringLiteral("confirmed-cause"), {opt("yes", "Yes"), opt("no", "No")}},
        {QStringLiteral("kind"),
         {opt("weakness", "Weakness"), opt("fatigue", "Fatigue"), opt("malaise", "Malaise")}},
        {QStringLiteral("location"),
         {opt("generalized", "Generalized"), opt("facial", "Facial"), opt("one-side", "One side"),
          opt("one-limb", "One limb")}},
        {QStringLiteral("muscle"), {opt("yes", "Yes"), opt("no", "No")}},
    };
}

struct Fixture
{
    DecisionTreePanel panel;
    Fixture()
    {
        panel.setAnswerOptions(sampleOptions());
        panel.setSuggestion(test::sampleSuggestion());
        panel.resize(700, 700);
        panel.show();
        panel.view()->setFocus();
    }
};

} // namespace

class TestDecisionTreePanel : public QObject
{
    Q_OBJECT
private slots:
    void showsSteps_data();
    void showsSteps();
    void showsSuggestedCodes();
    void arrowsWalkAndChange_data();
    void arrowsWalkAndChange();
    void numberKeyPicksOption();
    void sameAnswerEmitsNothing();
    void enterAccepts();
    void rerunKeepsCurrentStep();
    void noCodesOffersQuery();
    void modelPassesTester();
    void screenshot();
};

void TestDecisionTreePanel::showsSteps_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");
    using M = DecisionPathModel;
    QTest::newRow("question") << 0 << int(M::QuestionRole)
                              << QVariant(QStringLiteral("Does a confirmed diagnosis explain the weakness?"));
    QTest::newRow("answer label") << 1 << int(M::AnswerLabelRole) << QVariant(QStringLiteral("Weakness"));
    QTest::newRow("evidence") << 3 << int(M::EvidenceRole)
                              << QVariant(QStringLiteral("strength 4/5 in proximal muscles"));
    QTest::newRow("guideline") << 0 << int(M::GuidelineRole)
                               << QVariant(QStringLiteral("OCG I.B.5, I.C.18.b"));
    QTest::newRow("from note") << 0 << int(M::FromCoderRole) << QVariant(false);
    QTest::newRow("by coder") << 2 << int(M::FromCoderRole) << QVariant(true);
    QTest::newRow("option index") << 2 << int(M::OptionIndexRole) << QVariant(0);
    QTest::newRow("option count") << 2 << int(M::OptionLabelsRole)
                                  << QVariant(
                                         QStringList{QStringLiteral("Generalized"), QStringLiteral("Facial"),
                                                     QStringLiteral("One side"), QStringLiteral("One limb")});
}

void TestDecisionTreePanel::showsSteps()
{
    QFETCH(int, row);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    Fixture f;
    QCOMPARE(f.panel.model()->rowCount(), 4);
    QCOMPARE(f.panel.model()->index(row).data(role), expected);
}

void TestDecisionTreePanel::showsSuggestedCodes()
{
    Fixture f;
    const QString text = f.panel.suggestionText();
    QVERIFY2(text.contains(QStringLiteral("M62.81")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("first-listed")));
    QVERIFY(text.contains(QStringLiteral("R53.1 Excludes1 muscle weakness (M62.8-)")));
    QVERIFY(text.contains(QStringLiteral("Z91.81")));
    QVERIFY(text.indexOf(QStringLiteral("M62.81")) < text.indexOf(QStringLiteral("Z91.81")));
}

void TestDecisionTreePanel::arrowsWalkAndChange_data()
{
    QTest::addColumn<int>("downs");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("answer");
    QTest::newRow("step 1 right") << 0 << int(Qt::Key_Right) << QStringLiteral("confirmed-cause")
                                  << QStringLiteral("yes");
    QTest::newRow("step 2 right") << 1 << int(Qt::Key_Right) << QStringLiteral("kind")
                                  << QStringLiteral("fatigue");
    QTest::newRow("step 2 left wraps")
        << 1 << int(Qt::Key_Left) << QStringLiteral("kind") << QStringLiteral("malaise");
    QTest::newRow("step 3 right") << 2 << int(Qt::Key_Right) << QStringLiteral("location")
                                  << QStringLiteral("facial");
    QTest::newRow("step 4 left") << 3 << int(Qt::Key_Left) << QStringLiteral("muscle")
                                 << QStringLiteral("no");
}

void TestDecisionTreePanel::arrowsWalkAndChange()
{
    QFETCH(int, downs);
    QFETCH(int, key);
    QFETCH(QString, node);
    QFETCH(QString, answer);
    Fixture f;
    QSignalSpy spy(&f.panel, &DecisionTreePanel::answerChanged);
    QCOMPARE(f.panel.currentStep(), 0);
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(f.panel.view(), Qt::Key_Down);
    QCOMPARE(f.panel.currentStep(), downs);
    QTest::keyClick(f.panel.view(), Qt::Key(key));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), node);
    QCOMPARE(spy.at(0).at(1).toString(), answer);
    // Shown at once as the coder's answer, before the workspace re-runs the tree.
    QCOMPARE(f.panel.model()->index(downs).data(DecisionPathModel::AnswerRole).toString(), answer);
    QCOMPARE(f.panel.model()->index(downs).data(DecisionPathModel::FromCoderRole).toBool(), true);
}

void TestDecisionTreePanel::numberKeyPicksOption()
{
    Fixture f;
    QSignalSpy spy(&f.panel, &DecisionTreePanel::answerChanged);
    QTest::keyClick(f.panel.view(), Qt::Key_Down);
    QTest::keyClick(f.panel.view(), Qt::Key_Down);
    QTest::keyClick(f.panel.view(), Qt::Key_3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("location"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("one-side"));
    QTest::keyClick(f.panel.view(), Qt::Key_9); // no ninth answer: nothing happens
    QCOMPARE(spy.count(), 1);
}

void TestDecisionTreePanel::sameAnswerEmitsNothing()
{
    Fixture f;
    QSignalSpy spy(&f.panel, &DecisionTreePanel::answerChanged);
    QTest::keyClick(f.panel.view(), Qt::Key_2); // step 1 is already "No" (option 2)
    QCOMPARE(spy.count(), 0);
}

void TestDecisionTreePanel::enterAccepts()
{
    Fixture f;
    QSignalSpy spy(&f.panel, &DecisionTreePanel::acceptRequested);
    QTest::keyClick(f.panel.view(), Qt::Key_Down);
    QTest::keyClick(f.panel.view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(),
             (QStringList{QStringLiteral("M62.81"), QStringLiteral("Z91.81")}));
}

void TestDecisionTreePanel::rerunKeepsCurrentStep()
{
    Fixture f;
    f.panel.setCurrentStep(2);
    Suggestion rerun = test::sampleSuggestion();
    rerun.path.removeFirst(); // the re-run tree skipped a step: "location" is now row 1
    f.panel.setSuggestion(rerun);
    QCOMPARE(f.panel.currentStep(), 1);
    QCOMPARE(f.panel.model()->index(1).data(DecisionPathModel::NodeRole).toString(),
             QStringLiteral("location"));
}

void TestDecisionTreePanel::noCodesOffersQuery()
{
    Fixture f;
    Suggestion s = test::sampleSuggestion();
    s.codes.clear();
    s.queries = {test::sampleQuery()};
    f.panel.setSuggestion(s);
    QSignalSpy accepted(&f.panel, &DecisionTreePanel::acceptRequested);
    QSignalSpy query(&f.panel, &DecisionTreePanel::queryRequested);
    QTest::keyClick(f.panel.view(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(f.panel.suggestionText().contains(QStringLiteral("query the provider")));
    auto* compose = f.panel.findChild<QPushButton*>(QStringLiteral("composeQuery"));
    QVERIFY(compose->isVisible());
    compose->click();
    QCOMPARE(query.count(), 1);
}

void TestDecisionTreePanel::modelPassesTester()
{
    DecisionPathModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPath(test::sampleSuggestion().path);
    model.setOptions(sampleOptions());
    model.setCoderAnswer(1, QStringLiteral("fatigue"));
    model.setPath({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDecisionTreePanel::screenshot()
{
    Fixture f;
    f.panel.setCurrentStep(2);
    {
        const QString problems = test::screenshotProblems(
            &f.panel, QStringLiteral("decision-tree-panel"),
            {QStringLiteral("Is the weakness generalized or localized?"), QStringLiteral("M62.81")}, 640,
            760);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
    {
        const QString problems = test::screenshotProblems(
            &f.panel, QStringLiteral("decision-tree-panel"),
            {QStringLiteral("Is the weakness generalized or localized?"), QStringLiteral("M62.81")}, 640, 760,
            true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

QTEST_MAIN(TestDecisionTreePanel)
#include "test_decision_tree_panel.moc"
