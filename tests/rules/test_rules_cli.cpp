// wcw-cli check / suggest on a shared case and on bad input (exit 2 naming the field).
#include "CaseFile.h"
#include "ReferenceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRulesCli : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QTemporaryDir m_dir;
    QList<wcw::test::RuleCase> m_cases;

    struct Run
    {
        int exit = -1;
        QByteArray out;
        QString err;
    };

    Run run(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(QStringLiteral(WCW_CLI_PATH), args + QStringList{QStringLiteral("--db"), m_db});
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    QByteArray caseJson(int i)
    {
        return QJsonDocument(m_cases.at(i).encounter).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        const wcw::test::ReferenceFixture ref = wcw::test::fullReferenceDb();
        if (!ref.ok())
            QFAIL(qPrintable(ref.skipReason));
        m_db = ref.path;
        QString error;
        m_cases = wcw::test::readCases(QStringLiteral(WCW_SHARED_DIR "/cases/weakness-cases.jsonl"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_cases.size() >= 21);
    }

    void checkJsonOnACase()
    {
        // PUB-021: weakness due to hypokalemia, R53.1 first.
        const QString file = writeFile(QStringLiteral("case.json"), caseJson(20));
        const Run r = run({QStringLiteral("check"), file, QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("encounter_id")).toString(), QStringLiteral("PUB-021"));
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QStringList rules;
        for (const QJsonValue& f : findings) {
            rules.append(f[QStringLiteral("rule")].toString());
            QVERIFY(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                        .contains(f[QStringLiteral("severity")].toString()));
            QVERIFY(!f[QStringLiteral("message")].toString().isEmpty());
            QVERIFY(f[QStringLiteral("codes")].isArray());
            for (const QJsonValue& ev : f[QStringLiteral("evidence")].toArray()) {
                const int start = ev[QStringLiteral("start")].toInt();
                const int end = ev[QStringLiteral("end")].toInt();
                const QString note = m_cases.at(20).encounter.value(QStringLiteral("note")).toString();
                QCOMPARE(note.mid(start, end - start), ev[QStringLiteral("quote")].toString());
            }
        }
        rules.sort();
        QCOMPARE(rules, m_cases.at(20).findings);
    }

    void checkFromStdinAsText()
    {
        const Run r = run({QStringLiteral("check"), QStringLiteral("-")}, caseJson(6));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("unsupported-symptom-code"), r.out.constData());
    }

    void checkJsonlStream()
    {
        QByteArray in;
        for (int i = 0; i < 5; ++i)
            in += caseJson(i) + '\n';
        const Run r = run({QStringLiteral("check"), QStringLiteral("--jsonl")}, in);
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(QJsonDocument::fromJson(lines.at(i))
                         .object()
                         .value(QStringLiteral("encounter_id"))
                         .toString(),
                     m_cases.at(i).encounter.value(QStringLiteral("encounter_id")).toString());
    }

    void suggestJson()
    {
        // PUB-012: residual left hemiparesis after stroke -> I69.354 first, I10 kept.
        const QString file = writeFile(QStringLiteral("suggest.json"), caseJson(11));
        const Run r = run({QStringLiteral("suggest"), file, QStringLiteral("--json")});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray codes = o.value(QStringLiteral("codes")).toArray();
        QVERIFY(codes.size() >= 2);
        QCOMPARE(codes.at(0)[QStringLiteral("code")].toString(), QStringLiteral("I69.354"));
        QCOMPARE(codes.at(0)[QStringLiteral("role")].toString(), QStringLiteral("primary"));
        QCOMPARE(codes.at(1)[QStringLiteral("role")].toString(), QStringLiteral("additional"));
        QVERIFY(!o.value(QStringLiteral("path")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("queries")).isArray());
        const QJsonObject checklist = o.value(QStringLiteral("checklist")).toObject();
        QVERIFY(checklist.value(QStringLiteral("total")).toInt() > 0);
        QVERIFY(checklist.contains(QStringLiteral("complete")) &&
                checklist.contains(QStringLiteral("total")) &&
                checklist.value(QStringLiteral("missing")).isArray());
    }

    void badInputExitsTwoNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("named");
        const QByteArray base = R"("encounter_id":"B1","date_of_service":"2026-03-02","note":"weak")";
        QTest::newRow("bad json") << QByteArray("{\"encounter_id\": ") << QStringLiteral("malformed JSON");
        QTest::newRow("missing setting")
            << QByteArray("{" + base + R"(,"codes":["R53.1"]})") << QStringLiteral("setting");
        QTest::newRow("unknown setting")
            << QByteArray("{" + base + R"(,"setting":"clinic","codes":[]})") << QStringLiteral("setting");
        QTest::newRow("impossible date")
            << QByteArray(
                   R"({"encounter_id":"B1","date_of_service":"2026-02-30","setting":"outpatient","note":"n","codes":[]})")
            << QStringLiteral("date_of_service");
        QTest::newRow("missing codes")
            << QByteArray("{" + base + R"(,"setting":"outpatient"})") << QStringLiteral("codes");
    }
    void badInputExitsTwoNamingTheField()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, named);
        for (const QString& cmd : {QStringLiteral("check"), QStringLiteral("suggest")}) {
            const Run r = run({cmd, QStringLiteral("-"), QStringLiteral("--json")}, input);
            QCOMPARE(r.exit, 2);
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    void badLineInStreamIsNamed()
    {
        const QByteArray in = caseJson(0) + "\n{\"encounter_id\":\"X\"}\n";
        const Run r = run({QStringLiteral("check"), QStringLiteral("--jsonl")}, in);
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(u"line 2"), qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
    }

    void unknownOptionAndMissingFile()
    {
        QCOMPARE(
            run({QStringLiteral("check"), QStringLiteral("x.json"), QStringLiteral("--frobnicate")}).exit, 2);
        const Run r = run({QStringLiteral("suggest"), m_dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(r.exit, 2);
        QVERIFY(r.err.contains(u"absent.json"));
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "test_rules_cli.moc"
