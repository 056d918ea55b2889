// wcw-cli's command line (QCommandLineParser): --help and VERB --help on stdout with exit 0,
// --version, and an unknown verb or option refused with exit 2 and one line naming it.
#include "CliProcess.h"

#include <QRegularExpression>
#include <QTest>

namespace {

using Run = wcw::test::CliTextRun;

Run cli(const QStringList& args)
{
    return wcw::test::runCliText(args, wcw::test::cliEnvironment(), {}, 30000);
}

const QStringList kVerbs{
    QStringLiteral("check"),  QStringLiteral("suggest"), QStringLiteral("negation"), QStringLiteral("lookup"),
    QStringLiteral("search"), QStringLiteral("compare"), QStringLiteral("import"),   QStringLiteral("releases"),
    QStringLiteral("queue"),  QStringLiteral("history"), QStringLiteral("stale"),    QStringLiteral("export"),
    QStringLiteral("version")};

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT
private slots:
    void helpListsEveryVerb()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        for (const QString& verb : kVerbs)
            QVERIFY2(r.out.contains(QStringLiteral("wcw-cli ") + verb), qPrintable(verb + u'\n' + r.out));
    }

    void verbHelpShowsItsOwnOptions_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("option");
        QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("--jsonl");
        QTest::newRow("lookup") << QStringLiteral("lookup") << QStringLiteral("--date");
        QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("--limit");
        QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("--format");
        QTest::newRow("queue") << QStringLiteral("queue") << QStringLiteral("--status");
    }
    void verbHelpShowsItsOwnOptions()
    {
        QFETCH(QString, verb);
        QFETCH(QString, option);
        const Run r = cli({verb, QStringLiteral("--help")});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("usage: wcw-cli ") + verb), qPrintable(r.out));
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
    }

    void versionIsTheProjectVersion()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("wcw-cli " WCW_VERSION));
        QCOMPARE(cli({QStringLiteral("version")}).out, r.out);
    }

    void unknownVerbIsOneLineAndExit2()
    {
        const Run r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(u"frobnicate") && r.err.contains(u"--help"), qPrintable(r.err));
    }

    void unknownOptionIsOneLineAndExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("global") << QStringList{QStringLiteral("--frob"), QStringLiteral("check")} << QStringLiteral("frob");
        QTest::newRow("verb") << QStringList{QStringLiteral("lookup"), QStringLiteral("R53.1"), QStringLiteral("--frob")}
                              << QStringLiteral("--frob");
        QTest::newRow("version") << QStringList{QStringLiteral("version"), QStringLiteral("--frob")} << QStringLiteral("--frob");
    }
    void unknownOptionIsOneLineAndExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(args);
        QCOMPARE(r.exit, 2);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"usage") || r.err.contains(u"--help"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cli_usage.moc"
