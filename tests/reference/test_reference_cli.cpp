// wcw-cli reference commands against the contract: JSON shapes and exit codes
// (0 ok, 1 not found, 2 bad input/usage), on the starter set and the small fixtures.
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = wcw::test::CliRun;

Run cli(const QStringList& args)
{
    return wcw::test::runCli(args);
}

} // namespace

class TestReferenceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("ref.sqlite"));
    }

    void freshDatabaseRunsOnTheStarterSet()
    {
        const Run r =
            cli({QStringLiteral("releases"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exit, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("releases")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("starter"));
    }

    // "wcw-cli --db PATH COMMAND ..." means the same as "wcw-cli COMMAND ... --db PATH".
    void databaseOptionMayComeBeforeTheCommand()
    {
        const Run before = cli({QStringLiteral("--db"), m_db, QStringLiteral("lookup"),
                                QStringLiteral("R53.1"), QStringLiteral("--json")});
        const Run after = cli({QStringLiteral("lookup"), QStringLiteral("R53.1"), QStringLiteral("--json"),
                               QStringLiteral("--db"), m_db});
        QCOMPARE(before.exit, 0);
        QCOMPARE(before.out, after.out);
        QCOMPARE(cli({QStringLiteral("--db"), m_db}).exit, 2); // no command: usage
    }

    void lookupJsonFollowsTheContract()
    {
        const Run r = cli({QStringLiteral("lookup"), QStringLiteral("r531"), QStringLiteral("--json"),
                           QStringLiteral("--db"), m_db});
        QCOMPARE(r.exit, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("code")).toString(), QStringLiteral("R53.1"));
        QCOMPARE(o.value(QLatin1String("title")).toString(), QStringLiteral("Weakness"));
        QCOMPARE(o.value(QLatin1String("billable")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("release")).toString(), QStringLiteral("starter"));
        QCOMPARE(o.value(QLatin1String("parents")).toArray().first().toString(), QStringLiteral("R53"));
        bool excludes = false;
        for (const QJsonValue& n : o.value(QLatin1String("notes")).toArray()) {
            const QJsonObject note = n.toObject();
            QVERIFY(note.contains(QLatin1String("inherited_from")));
            excludes |= note.value(QLatin1String("kind")).toString() == QLatin1String("excludes1") &&
                        note.value(QLatin1String("codes")).toArray().contains(QStringLiteral("M62.81"));
        }
        QVERIFY(excludes);
        QVERIFY(o.value(QLatin1String("index")).isArray());
    }

    void searchJsonBestFirst()
    {
        const Run r = cli({QStringLiteral("search"), QStringLiteral("weakness"), QStringLiteral("muscle"),
                           QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json"),
                           QStringLiteral("--db"), m_db});
        QCOMPARE(r.exit, 0);
        const QJsonArray results =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("results")).toArray();
        QVERIFY(!results.isEmpty());
        QVERIFY(results.size() <= 5);
        const QJsonObject first = results.first().toObject();
        QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("M62.81"));
        QCOMPARE(first.value(QLatin1String("billable")).toBool(), true);
        QVERIFY(first.value(QLatin1String("matched")).toString().startsWith(QStringLiteral("index: ")));
        QVERIFY(first.contains(QLatin1String("title")));
    }

    void compareJsonBothDirectionsWithGuidance()
    {
        const Run r = cli({QStringLiteral("compare"), QStringLiteral("R53.1"), QStringLiteral("M62.81"),
                           QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exit, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("a")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("R53.1"));
        QCOMPARE(o.value(QLatin1String("b")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("M62.81"));
        const QJsonArray ab = o.value(QLatin1String("a_excludes_b")).toArray();
        QCOMPARE(ab.size(), 1);
        QCOMPARE(ab.first().toObject().value(QLatin1String("kind")).toString(), QStringLiteral("excludes1"));
        QVERIFY(o.value(QLatin1String("b_excludes_a")).toArray().isEmpty());
        QVERIFY(
            o.value(QLatin1String("guidance")).toObject().value(QLatin1String("citations")).toArray().size() >
            0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::newRow("found") << QStringList{QStringLiteral("lookup"), QStringLiteral("M62.81")} << 0;
        QTest::newRow("not found") << QStringList{QStringLiteral("lookup"), QStringLiteral("Z99.99")} << 1;
        QTest::newRow("not a code") << QStringList{QStringLiteral("lookup"), QStringLiteral("hello!")} << 2;
        QTest::newRow("bad date") << QStringList{QStringLiteral("lookup"), QStringLiteral("R53.1"),
                                                 QStringLiteral("--date"), QStringLiteral("2026-13-01")}
                                  << 2;
        QTest::newRow("before any release")
            << QStringList{QStringLiteral("lookup"), QStringLiteral("R53.1"), QStringLiteral("--date"),
                           QStringLiteral("2010-01-01")}
            << 1;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("releases"), QStringLiteral("--fast")} << 2;
        QTest::newRow("search no hit")
            << QStringList{QStringLiteral("search"), QStringLiteral("zzzqqq")} << 1;
        QTest::newRow("search nothing") << QStringList{QStringLiteral("search")} << 2;
        QTest::newRow("search bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("weak"),
                                                         QStringLiteral("--limit"), QStringLiteral("x")}
                                          << 2;
        QTest::newRow("compare one code")
            << QStringList{QStringLiteral("compare"), QStringLiteral("R53.1")} << 2;
        QTest::newRow("compare unknown")
            << QStringList{QStringLiteral("compare"), QStringLiteral("R53.1"), QStringLiteral("Z99.99")} << 1;
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import")} << 2;
        QTest::newRow("import missing folder")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/x")} << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        const Run r = cli(args + QStringList{QStringLiteral("--db"), m_db});
        QCOMPARE(r.exit, exit);
        if (exit == 2) {
            QVERIFY(r.err.startsWith("wcw-cli: "));
            QCOMPARE(r.err.count('\n'), qsizetype(1)); // one line
        }
    }

    void importThenReleases()
    {
        const QString db = m_dir.filePath(QStringLiteral("imported.sqlite"));
        const QString folder = QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023");
        Run r = cli({QStringLiteral("import"), folder, QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("release")).toString(), QStringLiteral("2022-10-01"));
        QCOMPARE(o.value(QLatin1String("unchanged")).toBool(), false);
        r = cli({QStringLiteral("import"), QStringLiteral("--tabular"),
                 folder + QStringLiteral("/icd10cm_tabular_2023.xml"), QStringLiteral("--index"),
                 folder + QStringLiteral("/icd10cm_index_2023.xml"), QStringLiteral("--order"),
                 folder + QStringLiteral("/icd10cm-order-2023.txt"), QStringLiteral("--db"), db,
                 QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("unchanged")).toBool(), true);
        r = cli({QStringLiteral("import"), QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2026"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.exit, 0);
        r = cli({QStringLiteral("releases"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("releases")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("effective_to")).toString(),
                 QStringLiteral("2025-09-30"));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("order-only"));
        r = cli({QStringLiteral("lookup"), QStringLiteral("R53.1"), QStringLiteral("--date"),
                 QStringLiteral("2025-11-01"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("release")).toString(), QStringLiteral("2025-10-01"));
        QCOMPARE(o.value(QLatin1String("notes_release")).toString(), QStringLiteral("2022-10-01"));
        QVERIFY(o.value(QLatin1String("notes_source")).toString().contains(QStringLiteral("2022-10-01")));
        r = cli({QStringLiteral("import"),
                 QStringLiteral(WCW_TEST_DATA_DIR "/reference/tabular_malformed.xml"), QStringLiteral("--db"),
                 db});
        QCOMPARE(r.exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestReferenceCli)
#include "test_reference_cli.moc"
