// Two wcw processes on one store file: the claim race (no encounter handed to both, no
// lost edits) and a kill -9 in the middle of a large import (old state or new, never between).
#include "workstore/DemoSeeder.h"
#include "workstore/SqliteWorkStore.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;

namespace {

QStringList lines(QProcess& p)
{
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestStoreProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void claimRaceHandsEachEncounterToOneCoder_data()
    {
        QTest::addColumn<int>("round");
        for (int r = 1; r <= 3; ++r)
            QTest::addRow("round %d", r) << r;
    }
    void claimRaceHandsEachEncounterToOneCoder()
    {
        QFETCH(int, round);
        const QString path = m_dir.filePath(QStringLiteral("race%1.sqlite").arg(round));
        QString error;
        {
            auto store = SqliteWorkStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            DemoOptions options;
            options.patients = 80;
            options.todayVisits = 80;
            options.meanVisits = 2;
            options.seed = quint64(round);
            QVERIFY2(seedDemo(*store, options, QStringLiteral("admin"), nullptr, &error), qPrintable(error));
        }
        QProcess a, b;
        a.start(QStringLiteral(WCW_STORE_WORKER),
                {QStringLiteral("claim"), path, QStringLiteral("mlopez"), QStringLiteral("Z02.89")});
        b.start(QStringLiteral(WCW_STORE_WORKER),
                {QStringLiteral("claim"), path, QStringLiteral("jchen"), QStringLiteral("Z02.79")});
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        const QStringList gotA = lines(a), gotB = lines(b);
        const QSet<QString> setA(gotA.begin(), gotA.end()), setB(gotB.begin(), gotB.end());
        QVERIFY(!setA.intersects(setB)); // nobody got an encounter the other had
        QCOMPARE(setA.size() + setB.size(), 80);

        auto store = SqliteWorkStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QueueFilter today;
        today.day = store->clock().today();
        for (const QueueItem& item : store->queue(today)) {
            const bool byA = setA.contains(item.encounterId);
            QCOMPARE(item.claimedBy, byA ? QStringLiteral("mlopez") : QStringLiteral("jchen"));
            // The holder's edit is there, the other's marker is not: no lost or foreign edit.
            QVERIFY(item.codes.contains(byA ? QStringLiteral("Z02.89") : QStringLiteral("Z02.79")));
            QVERIFY(!item.codes.contains(byA ? QStringLiteral("Z02.79") : QStringLiteral("Z02.89")));
            int claims = 0;
            for (const AuditEntry& e :
                 store->auditTrail(QStringLiteral("encounter"), QString::number(item.id)))
                claims += e.action == QLatin1String("claim") ? 1 : 0;
            QCOMPARE(claims, 1);
        }
    }

    void killDuringImportLeavesOldOrNewState()
    {
        const QString path = m_dir.filePath(QStringLiteral("kill.sqlite"));
        QString error;
        qint64 before = 0;
        {
            auto store = SqliteWorkStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            DemoOptions options;
            options.patients = 20;
            options.seed = 99;
            QVERIFY2(seedDemo(*store, options, QStringLiteral("admin"), nullptr, &error), qPrintable(error));
            before = store->encounterCount();
        }
        const int importing = 40000;
        QProcess worker;
        worker.start(QStringLiteral(WCW_STORE_WORKER),
                     {QStringLiteral("import"), path, QString::number(importing), QStringLiteral("5")});
        QVERIFY(worker.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(worker.canReadLine() || worker.state() == QProcess::NotRunning, 60000);
        QTest::qWait(400); // well into the transaction: the batch takes seconds to write
        const bool killedMidway = worker.state() == QProcess::Running;
        worker.kill(); // SIGKILL: no destructors, no rollback by the process
        QVERIFY(worker.waitForFinished(10000));
        QVERIFY2(killedMidway, "the import finished before it could be killed; raise `importing`");

        auto store = SqliteWorkStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        const qint64 after = store->encounterCount();
        QVERIFY2(after == before || after == before + importing, qPrintable(QString::number(after)));
        QCOMPARE(after, before); // killed before the commit
        q = QSqlQuery();
        QVERIFY(store->claim(store->queue({}).first().id, QStringLiteral("mlopez")) == ClaimResult::Claimed);
    }
};

QTEST_GUILESS_MAIN(TestStoreProcesses)
#include "test_store_processes.moc"
