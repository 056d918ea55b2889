// The demo generator: deterministic by seed, every storyline, today's queue, coders' work.
#include "demo/DemoGenerator.h"
#include "workstore/DemoSeeder.h"
#include "workstore/SqliteWorkStore.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;

namespace {

QByteArray fingerprint(const DemoOptions& options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    DemoGenerator(options).generate([&](const DemoPatient& p) {
        hash.addData(
            QByteArray(p.patient.patientId.toUtf8() + p.patient.name.toUtf8() + p.storyline.toUtf8()));
        for (const DemoVisit& v : p.visits) {
            hash.addData(QByteArray(v.encounter.encounterId.toUtf8() +
                                    v.encounter.dateOfService.toString(Qt::ISODate).toUtf8() +
                                    v.encounter.note.toUtf8() + v.encounter.codes.join(u',').toUtf8() +
                                    v.codedBy.toUtf8() + v.encounter.status.toUtf8()));
        }
    });
    return hash.result().toHex();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("patients");
        QTest::newRow("seed 1") << quint64(1) << 50;
        QTest::newRow("seed 42") << quint64(42) << 300;
    }
    void sameSeedSameData()
    {
        QFETCH(quint64, seed);
        QFETCH(int, patients);
        DemoOptions o;
        o.seed = seed;
        o.patients = patients;
        o.today = QDate(2026, 5, 4);
        QCOMPARE(fingerprint(o), fingerprint(o));
        DemoOptions other = o;
        other.seed = seed + 1;
        QVERIFY(fingerprint(o) != fingerprint(other));
        DemoOptions later = o;
        later.today = o.today.addDays(1);
        QVERIFY(fingerprint(o) != fingerprint(later));
    }

    void coversTheWeaknessSituations()
    {
        DemoOptions o;
        o.patients = 400;
        o.today = QDate(2026, 5, 4);
        QSet<QString> lines;
        int visits = 0, today = 0, done = 0, wrongR531 = 0;
        DemoGenerator(o).generate([&](const DemoPatient& p) {
            lines.insert(p.storyline);
            QVERIFY(!p.visits.isEmpty());
            for (qsizetype i = 0; i < p.visits.size(); ++i) {
                const DemoVisit& v = p.visits[i];
                ++visits;
                today += v.encounter.dateOfService == o.today ? 1 : 0;
                done += v.status == EncounterStatus::Done ? 1 : 0;
                QVERIFY(v.encounter.dateOfService <= o.today);
                QVERIFY(i == 0 || p.visits[i - 1].encounter.dateOfService < v.encounter.dateOfService);
                QVERIFY(!v.encounter.note.isEmpty());
                QVERIFY(v.status != EncounterStatus::Done || !v.codedBy.isEmpty());
                if (p.storyline == QLatin1String("muscle-weakness") &&
                    v.encounter.codes.contains(QStringLiteral("R53.1")))
                    ++wrongR531;
            }
        });
        QCOMPARE(lines.size(), DemoGenerator::storylines().size());
        QCOMPARE(today, 20);    // max(20, 400 / 50)
        QVERIFY(wrongR531 > 0); // some coders made the R53.1-for-muscle-weakness error
        QVERIFY2(done > visits * 0.7 && done < visits,
                 qPrintable(QStringLiteral("%1 of %2").arg(done).arg(visits)));
    }

    void seedsOnlyAnEmptyStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first-start.sqlite"));
        QString error;
        QVERIFY2(seedDemoIfEmpty(path, 12, 3, &error), qPrintable(error));
        auto store = SqliteWorkStore::open(path, &error);
        QVERIFY(store);
        const qint64 count = store->encounterCount();
        QVERIFY(count >= 12);
        QCOMPARE(store->patientCount(), 12);
        QVERIFY(seedDemoIfEmpty(*store, 12, 3, &error));
        QCOMPARE(store->encounterCount(), count); // second start: left alone
        QueueFilter today;
        today.day = store->clock().today();
        QCOMPARE(store->queue(today).size(), 12);
        QVERIFY(!store->staleScan(store->defaultStaleCriteria()).isEmpty() || count < 30);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
