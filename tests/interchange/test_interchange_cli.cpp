// wcw-cli import-encounters / export as a user runs them: exit codes, what stderr names,
// --skip-bad, re-import, and export -> import into a fresh store.
#include "CliProcess.h"
#include "InterchangeTestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The interchange CLI prints text; the tests read it as such.
using Run = wcw::test::CliTextRun;

Run cli(const QStringList& args)
{
    return wcw::test::runCliText(args, wcw::test::cliEnvironment({{u"USER"_s, u"cli-test"_s}}), {}, 60000);
}

QString data(const QString& name)
{
    return wcw::test::dataPath(name);
}

} // namespace

class TestInterchangeCli : public QObject
{
    Q_OBJECT
private slots:
    void badFileIsRefusedWhole_data();
    void badFileIsRefusedWhole();
    void skipBadImportsTheGoodAndListsTheBad();
    void exportThenImportIntoFreshStore_data();
    void exportThenImportIntoFreshStore();
    void exportFilters();
    void usageErrors_data();
    void usageErrors();

private:
    QString storePath() { return m_dir.filePath(u"s%1.sqlite"_s.arg(++m_n)); }
    QTemporaryDir m_dir;
    int m_n = 0;
};

void TestInterchangeCli::badFileIsRefusedWhole_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // what stderr must name: location and reason
    QTest::newRow("CSV bad date") << u"bad_date.csv"_s
                                  << u"bad_date.csv:3: date_of_service: must be a real date YYYY-MM-DD"_s;
    QTest::newRow("CSV missing header")
        << u"missing_header.csv"_s << u"missing_header.csv:1: header: no header line"_s;
    QTest::newRow("FHIR Condition without subject")
        << u"condition_no_subject.json"_s
        << u"condition_no_subject.json#/entry/2/resource/subject: Condition.subject is required"_s;
    QTest::newRow("FHIR truncated") << u"truncated.json"_s << u"truncated.json:42:21: malformed JSON"_s;
    QTest::newRow("FHIR bad base64")
        << u"bad_base64.json"_s
        << u"bad_base64.json#/entry/3/resource/content/0/attachment/data: not valid base64"_s;
    QTest::newRow("JSON Lines bad code")
        << u"encounters_bad.jsonl"_s << u"encounters_bad.jsonl:3: codes[1]:"_s;
}

void TestInterchangeCli::badFileIsRefusedWhole()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString store = storePath();
    QCOMPARE(cli({u"import-encounters"_s, data(u"bom_crlf.csv"_s), u"--store"_s, store}).exit, 0);
    const QString before = cli({u"export"_s, u"--format"_s, u"csv"_s, u"-"_s, u"--store"_s, store}).out;

    const Run r = cli({u"import-encounters"_s, data(file), u"--store"_s, store});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"nothing imported from it"_s), qPrintable(r.err));
    QCOMPARE(cli({u"export"_s, u"--format"_s, u"csv"_s, u"-"_s, u"--store"_s, store}).out, before);
}

void TestInterchangeCli::skipBadImportsTheGoodAndListsTheBad()
{
    const QString store = storePath();
    const QStringList args{u"import-encounters"_s, data(u"bad_date.csv"_s), u"--skip-bad"_s, u"--store"_s,
                           store};
    Run r = cli(args);
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"(CSV): 2 added, 0 updated, 0 unchanged, 1 skipped"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"skipped "_s + data(u"bad_date.csv"_s) + u":3: date_of_service:"_s),
             qPrintable(r.err));
    r = cli(args); // re-import: nothing new, nothing duplicated
    QCOMPARE(r.exit, 0);
    QVERIFY2(r.out.contains(u"0 added, 0 updated, 2 unchanged, 1 skipped"_s), qPrintable(r.out));
    const Run exported = cli({u"export"_s, u"--format"_s, u"csv"_s, u"-"_s, u"--store"_s, store});
    QCOMPARE(exported.out.count(u"\r\n"_s), 1 + 2); // header + E1 + E3
    QVERIFY(exported.out.contains(u"\r\nE1,"_s) && exported.out.contains(u"\r\nE3,"_s));
}

void TestInterchangeCli::exportThenImportIntoFreshStore_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("outName");
    QTest::newRow("csv") << u"csv"_s << u"out.csv"_s;
    QTest::newRow("fhir") << u"fhir"_s << u"out.json"_s;
}

void TestInterchangeCli::exportThenImportIntoFreshStore()
{
    QFETCH(QString, format);
    QFETCH(QString, outName);
    const QString first = storePath(), second = storePath();
    const Run seeded = cli({u"import-encounters"_s, data(u"realistic_bundle.json"_s),
                            data(u"encounters_ok.jsonl"_s), data(u"bom_crlf.csv"_s), u"--store"_s, first});
    QVERIFY2(seeded.exit == 0, qPrintable(seeded.err));
    const QString out = m_dir.filePath(format + outName);
    const Run exported = cli({u"export"_s, u"--format"_s, format, out, u"--store"_s, first});
    QVERIFY2(exported.exit == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(u"7 encounter(s)"_s), qPrintable(exported.out));
    const Run imported = cli({u"import-encounters"_s, out, u"--store"_s, second});
    QVERIFY2(imported.exit == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"7 added"_s), qPrintable(imported.out));
    // The second store exports the same file byte for byte.
    const QString a = cli({u"export"_s, u"--format"_s, format, u"-"_s, u"--store"_s, first}).out;
    const QString b = cli({u"export"_s, u"--format"_s, format, u"-"_s, u"--store"_s, second}).out;
    QVERIFY(!a.isEmpty());
    QCOMPARE(b, a);
}

void TestInterchangeCli::exportFilters()
{
    const QString store = storePath();
    QCOMPARE(cli({u"import-encounters"_s, data(u"encounters_ok.jsonl"_s), u"--store"_s, store}).exit, 0);
    // J0 is the earlier visit (status done, 2026-01-05); J1 2026-02-01 and J2 2026-03-01 are new.
    Run r =
        cli({u"export"_s, u"--format"_s, u"csv"_s, u"--status"_s, u"done"_s, u"-"_s, u"--store"_s, store});
    QCOMPARE(r.exit, 0);
    QCOMPARE(r.out.count(u"\r\n"_s), 2);
    QVERIFY(r.out.contains(u"\r\nJ0,"_s));
    r = cli(
        {u"export"_s, u"--format"_s, u"csv"_s, u"--since"_s, u"2026-02-01"_s, u"-"_s, u"--store"_s, store});
    QCOMPARE(r.out.count(u"\r\n"_s), 3);
    QVERIFY(!r.out.contains(u"J0,"_s));
}

void TestInterchangeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{u"import-encounters"_s} << u"usage: wcw-cli import-encounters"_s;
    QTest::newRow("missing file") << QStringList{u"import-encounters"_s, u"/nonexistent/v.csv"_s}
                                  << u"/nonexistent/v.csv: cannot read"_s;
    QTest::newRow("bad format") << QStringList{u"export"_s, u"--format"_s, u"xml"_s, u"-"_s}
                                << u"--format must be csv or fhir"_s;
    QTest::newRow("bad status") << QStringList{u"export"_s,   u"--format"_s, u"csv"_s,
                                               u"--status"_s, u"finished"_s, u"-"_s}
                                << u"--status: unknown status \"finished\""_s;
    QTest::newRow("bad since") << QStringList{u"export"_s,  u"--format"_s,   u"csv"_s,
                                              u"--since"_s, u"2026-13-01"_s, u"-"_s}
                               << u"--since: \"2026-13-01\" is not a date"_s;
}

void TestInterchangeCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args + QStringList{u"--store"_s, storePath()});
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestInterchangeCli)
#include "test_interchange_cli.moc"
