// Encounter JSON as an import (one object, an array, JSON Lines) and picking the reader by file.
#include "InterchangeTestUtil.h"
#include "interchange/EncounterFile.h"
#include "interchange/EncounterJsonBatch.h"

#include <QTest>

using namespace wcw;
using namespace Qt::StringLiterals;
using wcw::test::describe;
using wcw::test::readData;

class TestEncounterJsonBatch : public QObject
{
    Q_OBJECT
private slots:
    void jsonLinesWithHistory();
    void malformed_data();
    void malformed();
    void sharedCasesImportWhole();
    void detectFormat_data();
    void detectFormat();
};

void TestEncounterJsonBatch::jsonLinesWithHistory()
{
    const ImportBatch batch = readEncounterJson(readData(u"encounters_ok.jsonl"_s), u"ok.jsonl"_s);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(describe(batch.problems)));
    QStringList ids;
    for (const ImportedEncounter& e : batch.encounters)
        ids.append(e.encounterId);
    QCOMPARE(ids, (QStringList{u"J1"_s, u"J0"_s, u"J2"_s})); // J0, listed twice as history, once
    const ImportedEncounter& earlier = batch.encounters.at(1);
    QCOMPARE(earlier.patientId, u"PJ"_s);
    QCOMPARE(earlier.status, u"done"_s);
    QCOMPARE(earlier.dateOfService, QDate(2026, 1, 5));
    QCOMPARE(earlier.source, u"ok.jsonl:1 history[0]"_s);
    QCOMPARE(batch.encounters.at(2).codes, QStringList{u"R53.1"_s}); // "r531" normalised
    QCOMPARE(batch.encounters.at(2).source, u"ok.jsonl:3"_s);
    QCOMPARE(batch.patients.size(), 1);
}

void TestEncounterJsonBatch::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("goodIds");
    QTest::newRow("JSON Lines, three bad lines")
        << u"encounters_bad.jsonl"_s
        << QStringList{u"encounters_bad.jsonl:2"_s, u"encounters_bad.jsonl:3"_s,
                       u"encounters_bad.jsonl:4:112"_s}
        << QStringList{u"date_of_service"_s, u"codes[1]"_s, QString()} << QStringList{u"K1"_s};
    QTest::newRow("array, one without patient")
        << u"encounter_array.json"_s << QStringList{u"encounter_array.json#/1"_s}
        << QStringList{u"patient_id"_s} << QStringList{u"A1"_s};
    QTest::newRow("truncated object")
        << u"encounter_truncated.json"_s << QStringList{u"encounter_truncated.json:2:44"_s}
        << QStringList{QString()} << QStringList{};
}

void TestEncounterJsonBatch::malformed()
{
    QFETCH(QString, file);
    QFETCH(QStringList, locations);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, goodIds);
    const ImportBatch batch = readEncounterJson(readData(file), file);
    QStringList actualLocations, actualFields, ids;
    for (const ImportProblem& p : batch.problems) {
        actualLocations.append(p.location);
        actualFields.append(p.field);
    }
    for (const ImportedEncounter& e : batch.encounters)
        ids.append(e.encounterId);
    QCOMPARE(actualLocations, locations);
    QCOMPARE(actualFields, fields);
    QCOMPARE(ids, goodIds);
}

// The shared cases are contract encounters with an "expect" member: all 30 import, none bad.
void TestEncounterJsonBatch::sharedCasesImportWhole()
{
    const QString path = QStringLiteral(WCW_SHARED_DIR "/cases/weakness-cases.jsonl");
    if (!QFile::exists(path))
        QFAIL("../shared/cases/weakness-cases.jsonl is missing: CI and every checkout have ../shared");
    EncounterFormat format;
    const ImportBatch batch = readEncounterFile(path, &format);
    QCOMPARE(format, EncounterFormat::EncounterJson);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(describe(batch.problems)));
    int current = 0;
    for (const ImportedEncounter& e : batch.encounters)
        current += e.status.isEmpty() ? 1 : 0;
    QCOMPARE(current, 30);
}

void TestEncounterJsonBatch::detectFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::newRow("csv by extension") << u"a.CSV"_s << QByteArray("{\"not\":1}") << int(EncounterFormat::Csv);
    QTest::newRow("bundle") << u"b.json"_s << QByteArray(" {\n \"resourceType\": \"Bundle\"}")
                            << int(EncounterFormat::FhirR4);
    QTest::newRow("truncated bundle")
        << u"b.json"_s << QByteArray("{\"resourceType\": \"Bundle\", \"entry\": [")
        << int(EncounterFormat::FhirR4);
    QTest::newRow("encounter") << u"e.json"_s
                               << QByteArray("{\"encounter_id\":\"E1\",\"note\":\"resourceType\"}")
                               << int(EncounterFormat::EncounterJson);
    QTest::newRow("array") << u"e.json"_s << QByteArray("[{\"encounter_id\":\"E1\"}]")
                           << int(EncounterFormat::EncounterJson);
    QTest::newRow("jsonl") << u"e.jsonl"_s << QByteArray("{\"resourceType\":\"x\"}\n{}")
                           << int(EncounterFormat::EncounterJson);
    QTest::newRow("text without extension")
        << u"visits"_s << QByteArray("encounter_id,patient_id\n") << int(EncounterFormat::Csv);
}

void TestEncounterJsonBatch::detectFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QCOMPARE(int(wcw::detectFormat(file, bytes)), format);
}

QTEST_GUILESS_MAIN(TestEncounterJsonBatch)
#include "test_encounter_json_batch.moc"
