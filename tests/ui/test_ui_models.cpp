// Every custom model of the workstation under QAbstractItemModelTester, fed through real edits.
#include "encounter/AssignedCodesModel.h"
#include "encounter/EncounterSession.h"
#include "FakeServices.h"
#include "encounter/FindingsModel.h"
#include "queue/QueueModel.h"
#include "queue/QueueProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wcw;
using namespace wcw::ui;

class TestUiModels : public QObject
{
    Q_OBJECT
private slots:
    void queueModelAndProxy()
    {
        auto state = test::sampleQueue();
        Workbench bench(test::fakeSetup(state));
        QueueModel model(bench);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&bench, &Workbench::queueLoaded);
        bench.loadQueue();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, QueueModel::Status).data().toString(), QStringLiteral("new"));
        QCOMPARE(model.index(0, QueueModel::Codes).data().toString(), QStringLiteral("R53.1, E11.9"));

        QueueCriteria open;
        open.setStatuses({EncounterStatus::New});
        proxy.setCriteria(open);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.sort(QueueModel::DateOfService, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, QueueModel::Patient).data(QueueModel::IdRole).toLongLong(), 3);

        // A status change made through the workbench updates the row (and the filter drops it).
        QVERIFY(bench.setStatus(1, EncounterStatus::Done));
        QCOMPARE(model.index(model.rowOf(1), QueueModel::Status).data().toString(), QStringLiteral("done"));
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sessionModels()
    {
        auto state = test::sampleQueue();
        Workbench bench(test::fakeSetup(state));
        EncounterSession session(bench, *bench.encounter(1));
        AssignedCodesModel codes(session);
        FindingsModel findings(session);
        QAbstractItemModelTester t1(&codes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(codes.rowCount(), 2);
        QCOMPARE(codes.index(0).data(AssignedCodesModel::TitleRole).toString(), QStringLiteral("Weakness"));

        QSignalSpy analysed(&session, &EncounterSession::analysisChanged);
        session.runChecks();
        QVERIFY(analysed.wait(5000));
        QCOMPARE(findings.rowCount(), 1);
        QVERIFY(findings.index(0).data(FindingsModel::HasFixRole).toBool());

        session.addCode(QStringLiteral("r54"));
        QCOMPARE(codes.rowCount(), 3);
        QCOMPARE(codes.index(2).data(AssignedCodesModel::CodeRole).toString(), QStringLiteral("R54"));
        session.moveCode(2, 0);
        QCOMPARE(codes.index(0).data(AssignedCodesModel::CodeRole).toString(), QStringLiteral("R54"));
        session.removeCode(QStringLiteral("R53.1"));
        // The fix went stale with R53.1 gone: the marker follows the codes at once.
        QVERIFY(!findings.index(0).data(FindingsModel::HasFixRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!session.analysisPending(), 5000);
        QCOMPARE(findings.rowCount(), 0);
    }
};

QTEST_MAIN(TestUiModels)
#include "test_ui_models.moc"
