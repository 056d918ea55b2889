// importBatch / exportEncounters: all-or-nothing per batch, --skip-bad, stable external
// ids (re-import changes nothing), changed records updated with audit entries, filters.
#include "workstore/SqliteWorkStore.h"
#include "TestLists.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;

using wcw::test::L;

namespace {

ImportedEncounter visit(const QString& id, const QString& patient, const QString& date,
                        const QStringList& codes,
                        const QString& note = QStringLiteral("Generalized weakness."))
{
    ImportedEncounter e;
    e.encounterId = id;
    e.patientId = patient;
    e.dateOfService = QDate::fromString(date, Qt::ISODate);
    e.codes = codes;
    e.note = note;
    e.provider = QStringLiteral("Dr. Test");
    e.source = QStringLiteral("visits.csv:%1").arg(id);
    return e;
}

ImportBatch threeVisits()
{
    ImportBatch b;
    b.patients = {
        {QStringLiteral("PA"), QStringLiteral("Ada Test"), QDate(1950, 2, 3), QStringLiteral("female")}};
    b.encounters = {visit(QStringLiteral("E1"), QStringLiteral("PA"), QStringLiteral("2026-01-05"),
                          {QStringLiteral("R53.1")}),
                    visit(QStringLiteral("E2"), QStringLiteral("PA"), QStringLiteral("2026-02-05"),
                          {QStringLiteral("R53.1")}),
                    visit(QStringLiteral("E3"), QStringLiteral("PB"), QStringLiteral("2026-03-05"),
                          {QStringLiteral("M62.81"), QStringLiteral("I10")})};
    b.encounters[2].otherCodings = {{QStringLiteral("http://snomed.info/sct"), QStringLiteral("26544005"),
                                     QStringLiteral("Muscle weakness")}};
    b.encounters[2].status = QStringLiteral("done");
    return b;
}

} // namespace

class TestStoreImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<SqliteWorkStore> m_store;
    int m_n = 0;

    int auditCount() const { return int(m_store->auditTrail({}, {}).size()); }

private slots:
    void init()
    {
        QString error;
        m_store =
            SqliteWorkStore::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_n)), &error, &m_clock);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void importsAndReimportsUnchanged()
    {
        ImportSummary s;
        QVERIFY2(m_store->importBatch(threeVisits(), false, QStringLiteral("admin"), &s),
                 qPrintable(m_store->lastError()));
        QCOMPARE(s.added, 3);
        QCOMPARE(m_store->encounterCount(), 3);
        QCOMPARE(m_store->patientCount(), 2); // PB exists only as an encounter's patient
        const int audited = auditCount();
        QVERIFY(m_store->importBatch(threeVisits(), false, QStringLiteral("admin"), &s));
        QCOMPARE(s.added, 0);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.unchanged, 3);
        QCOMPARE(m_store->encounterCount(), 3);
        QCOMPARE(auditCount(), audited); // nothing changed, nothing audited
    }

    void changedRecordsAreUpdatedAndAudited()
    {
        QVERIFY(m_store->importBatch(threeVisits(), false, QStringLiteral("admin"), nullptr));
        ImportBatch b = threeVisits();
        b.encounters[1].codes = {QStringLiteral("M62.81")};
        b.encounters[1].note = QStringLiteral("Weakness worsening; EMG ordered.");
        ImportSummary s;
        QVERIFY(m_store->importBatch(b, false, QStringLiteral("mlopez-import"), &s));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 2);
        const qint64 key = m_store->encounterKey(QStringLiteral("E2"));
        QCOMPARE(m_store->encounter(key)->encounter.codes, QStringList{QStringLiteral("M62.81")});
        const QList<AuditEntry> trail =
            m_store->auditTrail(QStringLiteral("encounter"), QString::number(key));
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.last().action, QStringLiteral("import-update"));
        QCOMPARE(trail.last().user, QStringLiteral("mlopez-import"));
        QVERIFY(trail.last().before.contains(QStringLiteral("R53.1")));
        QVERIFY(trail.last().after.contains(QStringLiteral("M62.81")));
        QVERIFY(m_store->visitHistory(QStringLiteral("PA")).visits.last().progressionDocumented);
    }

    void badRecordsStopTheBatch_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad code") << 1 << QStringLiteral("code") << QStringLiteral("R53.1!")
                                  << QStringLiteral("not an ICD-10-CM code");
        QTest::newRow("no id") << 2 << QStringLiteral("id") << QStringLiteral("")
                               << QStringLiteral("encounter_id is empty");
        QTest::newRow("no date") << 0 << QStringLiteral("date") << QStringLiteral("")
                                 << QStringLiteral("date_of_service");
        QTest::newRow("bad status") << 1 << QStringLiteral("status") << QStringLiteral("finished")
                                    << QStringLiteral("unknown status");
        QTest::newRow("duplicate id")
            << 2 << QStringLiteral("id") << QStringLiteral("E1") << QStringLiteral("appears twice");
    }
    void badRecordsStopTheBatch()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        ImportBatch b = threeVisits();
        ImportedEncounter& e = b.encounters[which];
        if (field == QLatin1String("code"))
            e.codes = {value};
        else if (field == QLatin1String("id"))
            e.encounterId = value;
        else if (field == QLatin1String("date"))
            e.dateOfService = QDate();
        else
            e.status = value;
        ImportSummary s;
        QVERIFY(!m_store->importBatch(b, false, QStringLiteral("admin"), &s));
        QVERIFY2(m_store->lastError().contains(reason), qPrintable(m_store->lastError()));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("visits.csv:")),
                 qPrintable(m_store->lastError()));
        QCOMPARE(m_store->encounterCount(), 0);
        QCOMPARE(m_store->patientCount(), 0);
        QCOMPARE(auditCount(), 0);
        // --skip-bad: the good ones go in, the bad one is listed with its location.
        QVERIFY(m_store->importBatch(b, true, QStringLiteral("admin"), &s));
        QCOMPARE(s.added, 2);
        QCOMPARE(s.skipped.size(), 1);
        QVERIFY(s.skipped.first().reason.contains(reason));
        QCOMPARE(m_store->encounterCount(), 2);
    }

    // A re-import must not change a chart under the coder who holds it (lost edits either way).
    void claimedRecordsAreNotUpdatedUnderTheCoder()
    {
        QVERIFY(m_store->importBatch(threeVisits(), false, QStringLiteral("admin"), nullptr));
        QVERIFY(m_store->addUser({QStringLiteral("mlopez"), QStringLiteral("M. Lopez"), Role::Coder},
                                 QStringLiteral("admin")));
        const qint64 key = m_store->encounterKey(QStringLiteral("E2"));
        QCOMPARE(m_store->claim(key, QStringLiteral("mlopez")), ClaimResult::Claimed);
        ImportBatch b = threeVisits();
        b.encounters[0].note = QStringLiteral("Generalized weakness, addendum."); // E1: free to update
        b.encounters[1].codes = {QStringLiteral("M62.81")};                       // E2: held by mlopez
        ImportSummary s;
        QVERIFY(!m_store->importBatch(b, false, QStringLiteral("admin"), &s));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("E2 is being coded by mlopez")),
                 qPrintable(m_store->lastError()));
        QCOMPARE(m_store->encounter(m_store->encounterKey(QStringLiteral("E1")))->encounter.note,
                 QStringLiteral("Generalized weakness.")); // all or nothing
        QVERIFY(m_store->importBatch(b, true, QStringLiteral("admin"), &s));
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.skipped.size(), 1);
        QVERIFY(s.skipped.first().reason.contains(QStringLiteral("mlopez")));
        QCOMPARE(m_store->encounter(key)->encounter.codes, QStringList{QStringLiteral("R53.1")});
        // Once the claim has expired the update goes in.
        m_clock.advanceSeconds(31 * 60);
        QVERIFY2(m_store->importBatch(b, false, QStringLiteral("admin"), &s),
                 qPrintable(m_store->lastError()));
        QCOMPARE(m_store->encounter(key)->encounter.codes, QStringList{QStringLiteral("M62.81")});
    }

    void parserProblemsStopTheBatchUnlessSkipped()
    {
        ImportBatch b = threeVisits();
        b.problems = {{QStringLiteral("bundle.json#/entry/4/resource"), QStringLiteral("missing subject")}};
        ImportSummary s;
        QVERIFY(!m_store->importBatch(b, false, QStringLiteral("admin"), &s));
        QVERIFY(m_store->lastError().contains(QStringLiteral("bundle.json#/entry/4/resource")));
        QCOMPARE(m_store->encounterCount(), 0);
        QVERIFY(m_store->importBatch(b, true, QStringLiteral("admin"), &s));
        QCOMPARE(s.added, 3);
        QCOMPARE(s.skipped.size(), 1);
    }

    void failedImportChangesNothingStored()
    {
        QVERIFY(m_store->importBatch(threeVisits(), false, QStringLiteral("admin"), nullptr));
        ImportBatch b = threeVisits();
        b.encounters[0].codes = {QStringLiteral("E03.9")}; // a good change ...
        b.encounters[2].codes = {QStringLiteral("??")};    // ... in a batch with a bad record
        QVERIFY(!m_store->importBatch(b, false, QStringLiteral("admin"), nullptr));
        QCOMPARE(m_store->encounter(m_store->encounterKey(QStringLiteral("E1")))->encounter.codes,
                 QStringList{QStringLiteral("R53.1")});
    }

    void exportFiltersAndKeepsEverything_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << QString() << QDate() << L({"E1", "E2", "E3"});
        QTest::newRow("done") << QStringLiteral("done") << QDate() << L({"E3"});
        QTest::newRow("new") << QStringLiteral("new") << QDate() << L({"E1", "E2"});
        QTest::newRow("since") << QString() << QDate(2026, 2, 1) << L({"E2", "E3"});
        QTest::newRow("new since") << QStringLiteral("new") << QDate(2026, 2, 1) << L({"E2"});
    }
    void exportFiltersAndKeepsEverything()
    {
        QFETCH(QString, status);
        QFETCH(QDate, since);
        QFETCH(QStringList, expected);
        const ImportBatch in = threeVisits();
        QVERIFY(m_store->importBatch(in, false, QStringLiteral("admin"), nullptr));
        ExportFilter f;
        if (!status.isEmpty())
            f.status = statusFromName(status);
        f.since = since;
        const ImportBatch out = m_store->exportBatch(f);
        QStringList ids;
        for (const ImportedEncounter& e : out.encounters) {
            ids.append(e.encounterId);
            const ImportedEncounter& orig =
                *std::find_if(in.encounters.begin(), in.encounters.end(),
                              [&](const auto& x) { return x.encounterId == e.encounterId; });
            QCOMPARE(e.codes, orig.codes);
            QCOMPARE(e.note, orig.note);
            QCOMPARE(e.patientId, orig.patientId);
            QCOMPARE(e.dateOfService, orig.dateOfService);
            QCOMPARE(e.otherCodings.size(), orig.otherCodings.size());
            if (!e.otherCodings.isEmpty())
                QCOMPARE(e.otherCodings.first().code, QStringLiteral("26544005"));
        }
        QCOMPARE(ids, expected);
        for (const ImportedPatient& p : out.patients) {
            if (p.patientId == QLatin1String("PA")) {
                QCOMPARE(p.name, QStringLiteral("Ada Test"));
                QCOMPARE(p.birthDate, QDate(1950, 2, 3));
            }
        }
        // Export then import into a fresh store gives the same encounters.
        QString error;
        auto copy =
            SqliteWorkStore::open(m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(m_n)), &error, &m_clock);
        QVERIFY(copy);
        ImportSummary s;
        QVERIFY(copy->importBatch(out, false, QStringLiteral("admin"), &s));
        QCOMPARE(s.added, int(expected.size()));
        const ImportBatch again = copy->exportBatch(f);
        QCOMPARE(again.encounters.size(), out.encounters.size());
        for (qsizetype i = 0; i < again.encounters.size(); ++i) {
            QCOMPARE(again.encounters[i].codes, out.encounters[i].codes);
            QCOMPARE(again.encounters[i].status, out.encounters[i].status);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreImport)
#include "test_store_import.moc"
