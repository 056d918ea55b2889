// CSV and FHIR round trips through the real store: export -> import into a fresh store gives
// the same encounters; re-import is a no-op; a failed import changes nothing.
#include "interchange/CsvEncounters.h"
#include "interchange/EncounterFile.h"
#include "interchange/FhirR4.h"
#include "InterchangeTestUtil.h"
#include "workstore/SqliteWorkStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wcw;
using namespace Qt::StringLiterals;
using wcw::test::describe;

class TestInterchangeStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void reimportIsNoOp_data();
    void reimportIsNoOp();
    void failedImportChangesNothing();
    void skipBadStoresTheGoodRecords();

private:
    std::unique_ptr<SqliteWorkStore> freshStore();
    std::unique_ptr<SqliteWorkStore> seededStore();
    static void importFile(SqliteWorkStore& store, const QString& name);

    QTemporaryDir m_dir;
    int m_n = 0;
};

std::unique_ptr<SqliteWorkStore> TestInterchangeStore::freshStore()
{
    QString error;
    auto store = SqliteWorkStore::open(m_dir.filePath(u"store%1.sqlite"_s.arg(++m_n)), &error);
    if (!store)
        qFatal("cannot open store: %s", qPrintable(error));
    return store;
}

void TestInterchangeStore::importFile(SqliteWorkStore& store, const QString& name)
{
    const ImportBatch batch = readEncounterFile(wcw::test::dataPath(name));
    QVERIFY2(batch.problems.isEmpty(), qPrintable(describe(batch.problems)));
    ImportSummary summary;
    QVERIFY2(store.importBatch(batch, false, u"tester"_s, &summary), qPrintable(store.lastError()));
}

// A store holding every kind of content the formats must carry: FHIR (SNOMED codings, a
// Composition note, a transaction bundle), CSV (quoted multi-line notes, BOM/CRLF) and
// encounter JSON with earlier visits (status "done").
std::unique_ptr<SqliteWorkStore> TestInterchangeStore::seededStore()
{
    auto store = freshStore();
    importFile(*store, u"realistic_bundle.json"_s);
    importFile(*store, u"bom_crlf.csv"_s);
    importFile(*store, u"encounters_ok.jsonl"_s);
    return store;
}

void TestInterchangeStore::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("CSV") << u"csv"_s;
    QTest::newRow("FHIR R4") << u"fhir"_s;
}

void TestInterchangeStore::roundTrip()
{
    QFETCH(QString, format);
    auto source = seededStore();
    const ImportBatch exported = source->exportBatch({});
    QVERIFY2(source->lastError().isEmpty(), qPrintable(source->lastError()));
    QCOMPARE(exported.encounters.size(), 2 + 2 + 3);
    QList<ImportedEncounter> encounters = exported.encounters;
    for (ImportedEncounter& e : encounters) {
        for (const ImportedPatient& p : exported.patients) {
            if (p.patientId == e.patientId)
                e.patientName = p.name;
        }
    }
    const QByteArray file = format == u"csv"_s ? csv::writeEncounters(encounters)
                                               : fhir::writeBundle(encounters, exported.patients);
    const ImportBatch batch = format == u"csv"_s ? csv::readEncounters(file, u"export.csv"_s)
                                                 : fhir::readResources(file, u"export.json"_s);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(describe(batch.problems)));

    auto target = freshStore();
    ImportSummary summary;
    QVERIFY2(target->importBatch(batch, false, u"tester"_s, &summary), qPrintable(target->lastError()));
    QCOMPARE(summary.added, encounters.size());
    const ImportBatch again = target->exportBatch({});
    wcw::test::compareEncounters(again.encounters, exported.encounters);
    QCOMPARE(again.patients.size(), exported.patients.size());
    for (qsizetype i = 0; i < again.patients.size(); ++i)
        QCOMPARE(again.patients.at(i).name, exported.patients.at(i).name);
    if (format == u"fhir"_s) { // only FHIR carries the SNOMED codings
        for (qsizetype i = 0; i < again.encounters.size(); ++i) {
            QCOMPARE(again.encounters.at(i).otherCodings.size(),
                     exported.encounters.at(i).otherCodings.size());
            for (qsizetype c = 0; c < again.encounters.at(i).otherCodings.size(); ++c)
                QCOMPARE(again.encounters.at(i).otherCodings.at(c).code,
                         exported.encounters.at(i).otherCodings.at(c).code);
        }
    }
}

void TestInterchangeStore::reimportIsNoOp_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encounters");
    QTest::newRow("FHIR bundle") << u"realistic_bundle.json"_s << 2;
    QTest::newRow("CSV") << u"bom_crlf.csv"_s << 2;
    QTest::newRow("JSON Lines") << u"encounters_ok.jsonl"_s << 3;
}

void TestInterchangeStore::reimportIsNoOp()
{
    QFETCH(QString, file);
    QFETCH(int, encounters);
    auto store = freshStore();
    importFile(*store, file);
    const QList<ImportedEncounter> before = store->exportEncounters({});
    const qint64 count = store->encounterCount();
    const ImportBatch batch = readEncounterFile(wcw::test::dataPath(file));
    ImportSummary summary;
    QVERIFY(store->importBatch(batch, false, u"tester"_s, &summary));
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.updated, 0);
    QCOMPARE(summary.unchanged, encounters);
    QCOMPARE(store->encounterCount(), count);
    wcw::test::compareEncounters(store->exportEncounters({}), before);
}

// All or nothing: a file with one bad record stores none of its good ones, and what was
// stored before is exactly as it was.
void TestInterchangeStore::failedImportChangesNothing()
{
    auto store = seededStore();
    const QList<ImportedEncounter> before = store->exportEncounters({});
    for (const QString& file :
         {u"bad_date.csv"_s, u"condition_no_subject.json"_s, u"encounters_bad.jsonl"_s}) {
        const ImportBatch batch = readEncounterFile(wcw::test::dataPath(file));
        QVERIFY(!batch.problems.isEmpty());
        QVERIFY(!batch.encounters.isEmpty()); // there were good records to (not) store
        ImportSummary summary;
        QVERIFY2(!store->importBatch(batch, false, u"tester"_s, &summary), qPrintable(file));
        wcw::test::compareEncounters(store->exportEncounters({}), before);
    }
}

void TestInterchangeStore::skipBadStoresTheGoodRecords()
{
    auto store = freshStore();
    const ImportBatch batch = readEncounterFile(wcw::test::dataPath(u"condition_no_subject.json"_s));
    ImportSummary summary;
    QVERIFY(store->importBatch(batch, true, u"tester"_s, &summary));
    QCOMPARE(summary.added, 1);
    QCOMPARE(summary.skipped.size(), 2);
    QVERIFY(
        summary.skipped.first().location.endsWith(u"condition_no_subject.json#/entry/2/resource/subject"_s));
    const QList<ImportedEncounter> stored = store->exportEncounters({});
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().encounterId, u"e2"_s);
}

QTEST_GUILESS_MAIN(TestInterchangeStore)
#include "test_interchange_store.moc"
