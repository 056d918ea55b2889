// wcw-cli over a reference database whose tables are gone: check, suggest and compare must not
// pass a failed read off as "no findings" or "not found" — they print the Error naming the
// database file on stderr, nothing on stdout, and exit 2.
#include "CliProcess.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = wcw::test::CliTextRun;

Run cli(const QStringList& args)
{
    return wcw::test::runCliText(args, wcw::test::cliEnvironment(), {}, 60000);
}

} // namespace

class TestCliReadErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_encounter;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("reference.sqlite"));
        const Run imported = cli({QStringLiteral("import"), QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023"),
                                  QStringLiteral("--db"), m_db});
        QVERIFY2(imported.exit == 0, qPrintable(imported.err));
        // One chart of the repository's own clean set, as a file of its own.
        QFile charts(QStringLiteral(WCW_TEST_DATA_DIR "/rules/clean-charts.jsonl"));
        QVERIFY(charts.open(QIODevice::ReadOnly));
        m_encounter = m_dir.filePath(QStringLiteral("encounter.json"));
        QFile out(m_encounter);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(charts.readLine());
    }

    // The same commands work on the intact database: the failures below are the broken table's.
    void intactDatabaseAnswers()
    {
        QCOMPARE(cli({QStringLiteral("check"), m_encounter, QStringLiteral("--db"), m_db}).exit, 0);
        QCOMPARE(cli({QStringLiteral("suggest"), m_encounter, QStringLiteral("--db"), m_db}).exit, 0);
        const Run compared =
            cli({QStringLiteral("compare"), QStringLiteral("R53.1"), QStringLiteral("M62.81"), QStringLiteral("--db"), m_db});
        QCOMPARE(compared.exit, 0);
        QVERIFY(compared.out.contains(QStringLiteral("M62.81")));
    }

    // Qt Test runs the slots in this order: the ones below see the broken file.
    void breakCodeTable() { breakCodes(); }

    void brokenDatabaseExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("ENCOUNTER")};
        QTest::newRow("check --json") << QStringList{QStringLiteral("check"), QStringLiteral("ENCOUNTER"),
                                                     QStringLiteral("--json")};
        QTest::newRow("suggest") << QStringList{QStringLiteral("suggest"), QStringLiteral("ENCOUNTER")};
        QTest::newRow("compare") << QStringList{QStringLiteral("compare"), QStringLiteral("R53.1"),
                                                QStringLiteral("M62.81")};
    }

    void brokenDatabaseExitsTwo()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("ENCOUNTER"), m_encounter);
        const Run r = cli(args + QStringList{QStringLiteral("--db"), m_db});
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(QStringLiteral("wcw-cli: ") + m_db), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("codes")), qPrintable(r.err)); // what was being read
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void brokenDatabaseStopsStream()
    {
        QFile encounter(m_encounter);
        QVERIFY(encounter.open(QIODevice::ReadOnly));
        const wcw::test::CliRun r =
            wcw::test::runCli({QStringLiteral("check"), QStringLiteral("--jsonl"), QStringLiteral("--db"), m_db},
                              wcw::test::cliEnvironment(), encounter.readAll(), 60000);
        QCOMPARE(r.exit, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("stdin line 1: ") + m_db), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

private:
    // Drops the code table through a connection of our own, as a damaged or half-copied file would be.
    void breakCodes()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS codes_ad")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE codes")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    }
};

QTEST_MAIN(TestCliReadErrors)
#include "test_cli_read_errors.moc"
