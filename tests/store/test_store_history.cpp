// Visit history and stale symptom detection on hand-built visits: the CarryOver rules
// (data-driven) and the store's visitHistory()/staleScan() over the same kind of data.
#include "work/CarryOver.h"
#include "workstore/SqliteWorkStore.h"
#include "TestLists.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wcw;

using wcw::test::L;

namespace {

// "2026-01-05 R53.1,I10 p" = date, codes, optional "p" when the note documents progression.
QList<VisitFacts> parseVisits(const QStringList& spec)
{
    QList<VisitFacts> visits;
    for (const QString& line : spec) {
        const QStringList parts = line.split(QLatin1Char(' '));
        visits.append(
            {QDate::fromString(parts[0], Qt::ISODate),
             parts.size() > 1 && !parts[1].isEmpty() ? parts[1].split(QLatin1Char(',')) : QStringList(),
             parts.size() > 2 && parts[2] == QLatin1String("p")});
    }
    return visits;
}

const QString kPlainNote = QStringLiteral("Still reports generalized weakness. Continue current plan.");
const QString kProgressionNote =
    QStringLiteral("Weakness worsening, now unable to climb stairs. MRI ordered.");

} // namespace

class TestStoreHistory : public QObject
{
    Q_OBJECT

private slots:
    void staleRuns_data()
    {
        QTest::addColumn<QStringList>("visits");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("minVisits");
        QTest::addColumn<int>("expectedVisits"); // 0 = not stale
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        const QStringList four =
            L({"2026-01-05 R53.1", "2026-02-05 R53.1", "2026-03-05 R53.1", "2026-04-05 R53.1"});
        QTest::newRow("carried 4x in 90 days")
            << four << 180 << 3 << 4 << QStringLiteral("2026-01-05") << QStringLiteral("2026-04-05");
        QTest::newRow("threshold 5 visits")
            << four << 180 << 5 << 0 << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("window too short") << four << 40 << 3 << 0 << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("window 61 days holds 3")
            << four << 61 << 3 << 3 << QStringLiteral("2026-02-05") << QStringLiteral("2026-04-05");
        QTest::newRow("progression splits the run")
            << L({"2026-01-05 R53.1", "2026-02-05 R53.1", "2026-03-05 R53.1 p", "2026-04-05 R53.1"}) << 180
            << 3 << 0 << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("progression restarts, then stale again")
            << L({"2026-01-05 R53.1", "2026-02-05 R53.1 p", "2026-03-05 R53.1", "2026-04-05 R53.1"}) << 180
            << 3 << 3 << QStringLiteral("2026-02-05") << QStringLiteral("2026-04-05");
        QTest::newRow("new diagnosis coded in between")
            << L({"2026-01-05 R53.1", "2026-02-05 R53.1,E03.9", "2026-03-05 R53.1"}) << 180 << 3 << 0
            << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("known comorbidity is no new cause")
            << L({"2026-01-05 R53.1,I10", "2026-02-05 R53.1,I10", "2026-03-05 R53.1,I10"}) << 180 << 3 << 3
            << QStringLiteral("2026-01-05") << QStringLiteral("2026-03-05");
        QTest::newRow("Z code is no cause")
            << L({"2026-01-05 R53.1", "2026-02-05 R53.1,Z91.81", "2026-03-05 R53.1"}) << 180 << 3 << 3
            << QStringLiteral("2026-01-05") << QStringLiteral("2026-03-05");
        QTest::newRow("visits without the code do not break it")
            << L({"2026-01-05 R53.1", "2026-01-20 Z00.00", "2026-02-05 R53.1", "2026-03-05 R53.1"}) << 180
            << 3 << 3 << QStringLiteral("2026-01-05") << QStringLiteral("2026-03-05");
        // The store cannot tell whether a new diagnosis explains the symptom: any new one resets
        // the run (fewer false alarms; the rules engine judges the relation per encounter).
        QTest::newRow("any newly coded diagnosis resets")
            << L({"2026-01-05 R53.1", "2026-01-20 J06.9", "2026-02-05 R53.1", "2026-03-05 R53.1"}) << 180 << 3
            << 0 << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("spread over a year") << L({"2025-01-05 R53.1", "2025-07-05 R53.1", "2026-01-05 R53.1"})
                                            << 180 << 3 << 0 << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("other symptom not scanned")
            << L({"2026-01-05 R51.9", "2026-02-05 R51.9", "2026-03-05 R51.9"}) << 180 << 3 << 0
            << QStringLiteral("") << QStringLiteral("");
    }
    void staleRuns()
    {
        QFETCH(QStringList, visits);
        QFETCH(int, days);
        QFETCH(int, minVisits);
        QFETCH(int, expectedVisits);
        QFETCH(QString, first);
        QFETCH(QString, last);
        StaleCriteria c;
        c.days = days;
        c.minVisits = minVisits;
        c.symptomCodes = {QStringLiteral("R53.1")};
        const QList<StaleFinding> found =
            CarryOver(c).staleFindings(QStringLiteral("P"), parseVisits(visits));
        if (expectedVisits == 0) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().visits, expectedVisits);
        QCOMPARE(found.first().firstSeen.toString(Qt::ISODate), first);
        QCOMPARE(found.first().lastSeen.toString(Qt::ISODate), last);
        QVERIFY(found.first().reason.contains(QStringLiteral("OCG IV.J")));
    }

    void defaultCodesAreTheWeaknessFamily()
    {
        const QList<VisitFacts> visits =
            parseVisits(L({"2026-01-05 M62.81", "2026-02-05 M62.81", "2026-03-05 M62.81"}));
        const QList<StaleFinding> found =
            CarryOver(StaleCriteria{}).staleFindings(QStringLiteral("P"), visits);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().code, QStringLiteral("M62.81"));
    }

    void storeHistoryAndScan()
    {
        QTemporaryDir dir;
        MockClock clock;
        QString error;
        auto store = SqliteWorkStore::open(dir.filePath(QStringLiteral("h.sqlite")), &error, &clock);
        QVERIFY2(store, qPrintable(error));
        ImportBatch b;
        auto add = [&](const QString& patient, int n, const QString& date, const QStringList& codes,
                       const QString& note) {
            ImportedEncounter e;
            e.encounterId = patient + QStringLiteral("-%1").arg(n);
            e.patientId = patient;
            e.dateOfService = QDate::fromString(date, Qt::ISODate);
            e.codes = codes;
            e.note = note;
            b.encounters.append(e);
        };
        // Imported out of date order on purpose: the history sorts by date of service.
        add(QStringLiteral("STALE"), 3, QStringLiteral("2026-03-01"),
            {QStringLiteral("R53.1"), QStringLiteral("I10")}, kPlainNote);
        add(QStringLiteral("STALE"), 1, QStringLiteral("2026-01-01"),
            {QStringLiteral("R53.1"), QStringLiteral("I10")}, kPlainNote);
        add(QStringLiteral("STALE"), 2, QStringLiteral("2026-02-01"),
            {QStringLiteral("R53.1"), QStringLiteral("I10")}, kPlainNote);
        add(QStringLiteral("WORKUP"), 1, QStringLiteral("2026-01-01"), {QStringLiteral("R53.1")}, kPlainNote);
        add(QStringLiteral("WORKUP"), 2, QStringLiteral("2026-02-01"), {QStringLiteral("R53.1")},
            kProgressionNote);
        add(QStringLiteral("WORKUP"), 3, QStringLiteral("2026-03-01"), {QStringLiteral("E03.9")}, kPlainNote);
        add(QStringLiteral("WORKUP"), 4, QStringLiteral("2026-04-01"),
            {QStringLiteral("E03.9"), QStringLiteral("R53.1")}, kPlainNote);
        QVERIFY2(store->importBatch(b, false, QStringLiteral("admin"), nullptr),
                 qPrintable(store->lastError()));

        const VisitHistory stale = store->visitHistory(QStringLiteral("STALE"));
        QCOMPARE(stale.visits.size(), 3);
        QCOMPARE(stale.visits.first().encounterId, QStringLiteral("STALE-1"));
        QCOMPARE(stale.visits.last().encounterId, QStringLiteral("STALE-3"));
        QCOMPARE(stale.symptoms.size(), 1);
        QCOMPARE(stale.symptoms.first().code, QStringLiteral("R53.1"));
        QCOMPARE(stale.symptoms.first().visits, 3);
        QCOMPARE(stale.symptoms.first().firstSeen, QDate(2026, 1, 1));
        QCOMPARE(stale.symptoms.first().lastSeen, QDate(2026, 3, 1));
        QVERIFY(stale.symptoms.first().stale);
        for (const VisitSummary& v : stale.visits) {
            QVERIFY(!v.progressionDocumented);
            QVERIFY(!v.definitiveDxCoded); // I10 was known from the first visit
        }

        const VisitHistory workup = store->visitHistory(QStringLiteral("WORKUP"));
        QCOMPARE(workup.visits.size(), 4);
        QVERIFY(workup.visits[1].progressionDocumented);
        QVERIFY(workup.visits[2].definitiveDxCoded);
        QVERIFY(!workup.visits[3].definitiveDxCoded);
        QCOMPARE(workup.symptoms.first().visits, 3);
        QVERIFY(!workup.symptoms.first().stale);

        const QList<StaleFinding> scan = store->staleScan(store->defaultStaleCriteria());
        QCOMPARE(scan.size(), 1);
        QCOMPARE(scan.first().patientId, QStringLiteral("STALE"));
        QCOMPARE(scan.first().visits, 3);
        StaleCriteria strict = store->defaultStaleCriteria();
        strict.minVisits = 4;
        QVERIFY(store->staleScan(strict).isEmpty());
        QVERIFY(store->visitHistory(QStringLiteral("NOBODY")).visits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreHistory)
#include "test_store_history.moc"
