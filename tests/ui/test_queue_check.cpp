// The queue's Findings / Worst columns fill from a background check of every row (on the
// Workbench's worker thread), without the coder opening anything; filters by severity and rule
// then work over them; an edit updates its row; the text filter waits for a pause in typing.
#include "encounter/CodesPanel.h"
#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "FakeServices.h"
#include "window/MainWindow.h"
#include "queue/QueueModel.h"
#include "queue/QueuePage.h"
#include "queue/QueueProxyModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace wcw;
using namespace wcw::ui;

class TestQueueCheck : public QObject
{
    Q_OBJECT

    std::shared_ptr<test::FakeQueueState> m_state;
    std::unique_ptr<Workbench> m_bench;
    std::unique_ptr<MainWindow> m_window;

    QString cell(qint64 id, int column) const
    {
        QueueModel* model = m_window->queuePage()->model();
        return model->index(model->rowOf(id), column).data().toString();
    }
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        QueueProxyModel* proxy = m_window->queuePage()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids << proxy->index(row, 0).data(QueueModel::IdRole).toLongLong();
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    void waitForQueueCheck() { QTRY_VERIFY_WITH_TIMEOUT(!m_bench->queueCheckRunning(), 5000); }

private slots:
    void init()
    {
        m_state = test::sampleQueue();
        m_bench = std::make_unique<Workbench>(test::fakeSetup(m_state));
        m_window = std::make_unique<MainWindow>(*m_bench);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_bench.reset();
    }

    void columnsFillWithoutOpeningEncounters()
    {
        QueuePage* page = m_window->queuePage();
        QAbstractItemModelTester modelTester(page->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page->proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(m_bench.get(), &Workbench::queueCheckProgress);
        // The store had no findings: the rows start empty and fill as the worker reports.
        QString atLoad;
        connect(m_bench.get(), &Workbench::queueLoaded, this,
                [&] { atLoad = cell(1, QueueModel::Findings); });
        QSignalSpy loaded(m_bench.get(), &Workbench::queueLoaded);
        m_bench->loadQueue();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(atLoad, QStringLiteral("0"));
        waitForQueueCheck();
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
        QCOMPARE(cell(1, QueueModel::Findings), QStringLiteral("1"));
        QCOMPARE(cell(1, QueueModel::Worst), QStringLiteral("error"));
        QCOMPARE(cell(2, QueueModel::Findings), QStringLiteral("0"));
        QCOMPARE(cell(3, QueueModel::Worst), QStringLiteral("warning"));
        QCOMPARE(m_window->tabs()->count(), 1); // nothing was opened
        QVERIFY(m_bench->queueItem(1)->findingRules.contains(QStringLiteral("r531-vs-m6281")));
        // The worker saved them, so the next start shows them before any check runs.
        QMutexLocker lock(&m_state->mutex);
        QCOMPARE(m_state->encounters.value(1).findings.size(), 1);
        QCOMPARE(m_state->encounters.value(3).findings.first().rule, QStringLiteral("query-needed"));
    }

    void filtersWorkOverCheckedRows_data()
    {
        QTest::addColumn<QString>("severity"); // the severity box's text
        QTest::addColumn<QString>("rule");     // empty = any rule
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("errors only") << QStringLiteral("Errors only") << QString() << QList<qint64>{1};
        QTest::newRow("warning or worse")
            << QStringLiteral("Warning or worse") << QString() << QList<qint64>{1, 3};
        QTest::newRow("rule query-needed")
            << QStringLiteral("Any findings") << QStringLiteral("query-needed") << QList<qint64>{3};
        QTest::newRow("rule and severity disagree")
            << QStringLiteral("Errors only") << QStringLiteral("query-needed") << QList<qint64>{};
        QTest::newRow("no constraint")
            << QStringLiteral("Any findings") << QString() << QList<qint64>{1, 2, 3};
    }
    void filtersWorkOverCheckedRows()
    {
        QFETCH(QString, severity);
        QFETCH(QString, rule);
        QFETCH(QList<qint64>, expected);
        QSignalSpy loaded(m_bench.get(), &Workbench::queueLoaded);
        m_bench->loadQueue();
        QVERIFY(loaded.wait(5000));
        waitForQueueCheck();
        QueuePage* page = m_window->queuePage();
        // The rule box learnt the rules the check found.
        QVERIFY(page->ruleBox()->findData(QStringLiteral("query-needed")) > 0);
        page->severityBox()->setCurrentIndex(page->severityBox()->findText(severity));
        page->ruleBox()->setCurrentIndex(rule.isEmpty() ? 0 : page->ruleBox()->findData(rule));
        QCOMPARE(shownIds(), expected);
    }

    void editUpdatesItsRow()
    {
        QSignalSpy loaded(m_bench.get(), &Workbench::queueLoaded);
        m_bench->loadQueue();
        QVERIFY(loaded.wait(5000));
        waitForQueueCheck();
        EncounterWorkspace* w = m_window->openEncounter(1);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(!w->session().analysisPending(), 5000);
        QVERIFY(w->session().applyFix(w->session().analysis().findings.first()));
        QTRY_COMPARE_WITH_TIMEOUT(cell(1, QueueModel::Findings), QStringLiteral("0"), 5000);
        QCOMPARE(cell(1, QueueModel::Worst), QString());
        QCOMPARE(cell(1, QueueModel::Codes), QStringLiteral("M62.81, E11.9"));
        // The session saved them: a second load reads the row back as edited.
        m_bench->loadQueue();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(cell(1, QueueModel::Findings), QStringLiteral("0"));
        waitForQueueCheck();
        QCOMPARE(cell(1, QueueModel::Findings), QStringLiteral("0"));
    }

    void textFilterWaitsForAPause()
    {
        QSignalSpy loaded(m_bench.get(), &Workbench::queueLoaded);
        m_bench->loadQueue();
        QVERIFY(loaded.wait(5000));
        QueuePage* page = m_window->queuePage();
        QCOMPARE(page->proxy()->rowCount(), 3);
        QTest::keyClicks(page->searchBox(), QStringLiteral("r5383"));
        // Not on every key: the filter is applied once typing pauses.
        QCOMPARE(page->proxy()->rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(page->proxy()->rowCount(), 1, 2000);
        QCOMPARE(page->proxy()->index(0, 0).data(QueueModel::IdRole).toLongLong(), 2);
        // Enter applies at once.
        page->searchBox()->clear();
        QTest::keyClicks(page->searchBox(), QStringLiteral("P3"));
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        QCOMPARE(page->proxy()->rowCount(), 1);
        QCOMPARE(page->proxy()->index(0, 0).data(QueueModel::IdRole).toLongLong(), 3);
    }
};

QTEST_MAIN(TestQueueCheck)
#include "test_queue_check.moc"
