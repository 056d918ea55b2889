// CSV encounters: every malformed file names its line, column and reason; quoting, CRLF and BOM
// are read as RFC 4180 says; writing then reading gives the same encounters back.
#include "interchange/CsvEncounters.h"
#include "interchange/CsvRecords.h"
#include "InterchangeTestUtil.h"

#include <QTest>

using namespace wcw;
using namespace Qt::StringLiterals;
using wcw::test::describe;
using wcw::test::readData;

class TestCsvEncounters : public QObject
{
    Q_OBJECT
private slots:
    void malformedFiles_data();
    void malformedFiles();
    void goodRowsSurviveBadOnes_data();
    void goodRowsSurviveBadOnes();
    void bomCrlfAndQuoting();
    void quotedNoteAcrossLines();
    void roundTrip_data();
    void roundTrip();
    void quoteFieldOnlyWhenNeeded_data();
    void quoteFieldOnlyWhenNeeded();
};

void TestCsvEncounters::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");

    QTest::newRow("bad quoting") << u"bad_quoting.csv"_s << u"bad_quoting.csv:3"_s << u""_s
                                 << u"column 66: text after the closing quote of field 9"_s;
    QTest::newRow("unterminated quote") << u"unterminated_quote.csv"_s << u"unterminated_quote.csv:2"_s
                                        << u""_s << u"column 35: quoted field 6 opened here never closes"_s;
    QTest::newRow("missing header") << u"missing_header.csv"_s << u"missing_header.csv:1"_s << u"header"_s
                                    << u"no header line: the first line must name the columns"_s;
    QTest::newRow("empty file") << u"empty.csv"_s << u"empty.csv:1"_s << u"header"_s << u"empty file"_s;
    QTest::newRow("bad date") << u"bad_date.csv"_s << u"bad_date.csv:3"_s << u"date_of_service"_s
                              << u"must be a real date YYYY-MM-DD, got \"2026-02-30\""_s;
    QTest::newRow("unknown setting") << u"unknown_setting.csv"_s << u"unknown_setting.csv:3"_s << u"setting"_s
                                     << u"must be \"outpatient\" or \"inpatient\", got \"emergency\""_s;
    QTest::newRow("bad code shape") << u"bad_code.csv"_s << u"bad_code.csv:2"_s << u"codes"_s
                                    << u"item 2 \"53.1X\" is not shaped like an ICD-10-CM code"_s;
    QTest::newRow("missing required column") << u"missing_column.csv"_s << u"missing_column.csv:1"_s
                                             << u"header"_s << u"missing required column(s) setting"_s;
    QTest::newRow("unknown column") << u"unknown_column.csv"_s << u"unknown_column.csv:1"_s << u"header"_s
                                    << u"unknown column(s) provder"_s;
    QTest::newRow("unquoted comma") << u"field_count.csv"_s << u"field_count.csv:2"_s << u""_s
                                    << u"row has 7 fields, the header has 6"_s;
    QTest::newRow("not UTF-8") << u"not_utf8.csv"_s << u"not_utf8.csv:3"_s << u""_s << u"not valid UTF-8"_s;
    QTest::newRow("bad row after multi-line note")
        << u"multiline_then_bad.csv"_s << u"multiline_then_bad.csv:5"_s << u"date_of_service"_s
        << u"got \"2026-03-40\""_s;
}

void TestCsvEncounters::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, location);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const ImportBatch batch = csv::readEncounters(readData(file), file);
    QVERIFY2(batch.problems.size() == 1, qPrintable(describe(batch.problems)));
    const ImportProblem& p = batch.problems.first();
    QCOMPARE(p.location, location);
    QCOMPARE(p.field, field);
    QVERIFY2(p.reason.contains(reason), qPrintable(p.reason));
}

// --skip-bad stores what is good: the reader must still hand back the good rows of a bad file.
void TestCsvEncounters::goodRowsSurviveBadOnes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("goodIds");
    QTest::newRow("bad date") << u"bad_date.csv"_s << QStringList{u"E1"_s, u"E3"_s};
    QTest::newRow("bad quoting") << u"bad_quoting.csv"_s << QStringList{u"E1"_s, u"E3"_s};
    QTest::newRow("unknown setting") << u"unknown_setting.csv"_s << QStringList{u"E1"_s};
    QTest::newRow("not UTF-8 stops the file") << u"not_utf8.csv"_s << QStringList{};
    QTest::newRow("bad header stops the file") << u"unknown_column.csv"_s << QStringList{};
}

void TestCsvEncounters::goodRowsSurviveBadOnes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, goodIds);
    const ImportBatch batch = csv::readEncounters(readData(file), file);
    QStringList ids;
    for (const ImportedEncounter& e : batch.encounters)
        ids.append(e.encounterId);
    QCOMPARE(ids, goodIds);
    QVERIFY(!batch.problems.isEmpty());
}

void TestCsvEncounters::bomCrlfAndQuoting()
{
    const ImportBatch batch =
        csv::readEncounters(readData(QStringLiteral("bom_crlf.csv")), QStringLiteral("bom_crlf.csv"));
    QVERIFY2(batch.problems.isEmpty(), qPrintable(describe(batch.problems)));
    QCOMPARE(batch.encounters.size(), 2);
    const ImportedEncounter& e1 = batch.encounters.at(0);
    QCOMPARE(e1.encounterId, QStringLiteral("E1")); // BOM gone: the first column is found by name
    QCOMPARE(e1.patientName, QStringLiteral("Lee, Ann"));
    QCOMPARE(e1.setting, Setting::Outpatient); // "Outpatient": case does not matter
    QCOMPARE(e1.codes, (QStringList{u"R53.1"_s, u"E11.9"_s}));
    QCOMPARE(e1.note, QStringLiteral("Weakness, 2 wks.\r\nPlan: labs.")); // quoted: kept verbatim
    QCOMPARE(e1.source, QStringLiteral("bom_crlf.csv:2"));
    const ImportedEncounter& e2 = batch.encounters.at(1);
    QCOMPARE(e2.setting, Setting::Inpatient);
    QVERIFY(e2.codes.isEmpty());
    QCOMPARE(e2.note, QString());
    QCOMPARE(e2.source, QStringLiteral("bom_crlf.csv:4")); // line count includes the note's line break
    QCOMPARE(batch.patients.size(), 1);
    QCOMPARE(batch.patients.first().name, QStringLiteral("Lee, Ann"));
}

void TestCsvEncounters::quotedNoteAcrossLines()
{
    const ImportBatch batch =
        csv::readEncounters(readData(QStringLiteral("multiline_then_bad.csv")), QStringLiteral("m.csv"));
    QCOMPARE(batch.encounters.size(), 1);
    QCOMPARE(batch.encounters.first().note,
             QStringLiteral("first line\nsecond line, with comma\nthird \"quoted\" line"));
}

void TestCsvEncounters::roundTrip_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("plain") << u"Generalized weakness."_s << u"Dr. Shah"_s << QStringList{u"R53.1"_s};
    QTest::newRow("commas and quotes") << u"Pt says \"weak, not tired\", 4/5 strength"_s << u"Shah, Anil MD"_s
                                       << QStringList{u"M62.81"_s, u"E11.9"_s};
    QTest::newRow("line breaks") << u"S: weak\nO: 4/5\r\nA/P: M62.81\n"_s << u""_s
                                 << QStringList{u"M62.81"_s};
    QTest::newRow("leading and trailing space") << u"  indented note  "_s << u"Dr. Ruiz"_s << QStringList{};
    QTest::newRow("non-ASCII") << u"Guillain-Barré ruled out; 患者 weak"_s << u"Dr. Müller"_s
                               << QStringList{u"G72.81"_s};
    QTest::newRow("empty note") << u""_s << u""_s << QStringList{u"R54"_s, u"M62.84"_s, u"R53.81"_s};
}

void TestCsvEncounters::roundTrip()
{
    QFETCH(QString, note);
    QFETCH(QString, provider);
    QFETCH(QStringList, codes);
    ImportedEncounter a;
    a.encounterId = QStringLiteral("E-100");
    a.patientId = QStringLiteral("P-7");
    a.patientName = QStringLiteral("O'Neil, Pat");
    a.dateOfService = QDate(2026, 3, 2);
    a.setting = Setting::Inpatient;
    a.provider = provider;
    a.status = QStringLiteral("in progress");
    a.codes = codes;
    a.note = note;
    ImportedEncounter b = a;
    b.encounterId = QStringLiteral("E-101");
    b.setting = Setting::Outpatient;
    b.status.clear();

    const QByteArray written = csv::writeEncounters({a, b});
    const ImportBatch back = csv::readEncounters(written, QStringLiteral("out.csv"));
    QVERIFY2(back.problems.isEmpty(), qPrintable(describe(back.problems)));
    wcw::test::compareEncounters(back.encounters, {a, b});
    QCOMPARE(back.encounters.first().patientName, a.patientName);
    QCOMPARE(csv::writeEncounters(back.encounters), written); // and writing again gives the same bytes
}

void TestCsvEncounters::quoteFieldOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"R53.1"_s << u"R53.1"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("space edge") << u" a"_s << u"\" a\""_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestCsvEncounters::quoteFieldOnlyWhenNeeded()
{
    QFETCH(QString, field);
    QFETCH(QString, quoted);
    QCOMPARE(csv::quoteField(field), quoted);
    const QList<csv::Record> records = csv::splitRecords(QString(quoted + QStringLiteral(",x\r\n")));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields, (QStringList{field, u"x"_s}));
}

QTEST_GUILESS_MAIN(TestCsvEncounters)
#include "test_csv_encounters.moc"
