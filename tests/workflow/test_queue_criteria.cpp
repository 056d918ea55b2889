#include "work/QueueCriteria.h"

#include <QTest>

using namespace wcw;

namespace {

QueueItem item(EncounterStatus status, std::optional<Severity> worst, QStringList rules,
               QString claimedBy = {})
{
    QueueItem it;
    it.id = 7;
    it.encounterId = QStringLiteral("E1001");
    it.patientId = QStringLiteral("P100");
    it.patientName = QStringLiteral("Ada Lovelace");
    it.provider = QStringLiteral("Dr. Okafor");
    it.codes = {QStringLiteral("R53.1"), QStringLiteral("E11.9")};
    it.status = status;
    it.worstSeverity = worst;
    it.findingRules = rules;
    it.findingCount = int(rules.size());
    it.claimedBy = claimedBy;
    return it;
}

} // namespace

class TestQueueCriteria : public QObject
{
    Q_OBJECT
private slots:
    void emptyAcceptsAll()
    {
        QueueCriteria c;
        QVERIFY(c.isEmpty());
        QVERIFY(c.accepts(item(EncounterStatus::Done, std::nullopt, {})));
    }

    void status_data()
    {
        QTest::addColumn<QList<EncounterStatus>>("wanted");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("accepted");
        using S = EncounterStatus;
        QTest::newRow("new in new") << QList<S>{S::New} << int(S::New) << true;
        QTest::newRow("done not in open") << QList<S>{S::New, S::InProgress} << int(S::Done) << false;
        QTest::newRow("hold in hold+query") << QList<S>{S::OnHold, S::QuerySent} << int(S::OnHold) << true;
    }
    void status()
    {
        QFETCH(QList<EncounterStatus>, wanted);
        QFETCH(int, status);
        QFETCH(bool, accepted);
        QueueCriteria c;
        c.setStatuses(wanted);
        QCOMPARE(c.accepts(item(EncounterStatus(status), std::nullopt, {})), accepted);
    }

    void severity_data()
    {
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("worst"); // -1 = no findings
        QTest::addColumn<bool>("accepted");
        QTest::newRow("error needs error, has warning")
            << int(Severity::Error) << int(Severity::Warning) << false;
        QTest::newRow("warning, has error") << int(Severity::Warning) << int(Severity::Error) << true;
        QTest::newRow("info, no findings") << int(Severity::Info) << -1 << false;
        QTest::newRow("warning, has warning") << int(Severity::Warning) << int(Severity::Warning) << true;
    }
    void severity()
    {
        QFETCH(int, minimum);
        QFETCH(int, worst);
        QFETCH(bool, accepted);
        QueueCriteria c;
        c.setMinimumSeverity(Severity(minimum));
        const auto w = worst < 0 ? std::nullopt : std::optional<Severity>(Severity(worst));
        QCOMPARE(c.accepts(item(EncounterStatus::New, w, {})), accepted);
    }

    void rule()
    {
        QueueCriteria c;
        c.setRule(QStringLiteral(" stale-symptom-code "));
        QVERIFY(
            c.accepts(item(EncounterStatus::New, Severity::Warning, {QStringLiteral("stale-symptom-code")})));
        QVERIFY(!c.accepts(item(EncounterStatus::New, Severity::Warning, {QStringLiteral("r531-vs-m6281")})));
    }

    void mineOnly()
    {
        QueueCriteria c;
        c.setMineOnly(QStringLiteral("jdoe"));
        QVERIFY(c.accepts(item(EncounterStatus::New, std::nullopt, {})));
        QVERIFY(c.accepts(item(EncounterStatus::New, std::nullopt, {}, QStringLiteral("jdoe"))));
        QVERIFY(!c.accepts(item(EncounterStatus::New, std::nullopt, {}, QStringLiteral("asmith"))));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("patient name, any case") << QStringLiteral("lovelace") << true;
        QTest::newRow("two words, both present") << QStringLiteral("ada  P100") << true;
        QTest::newRow("two words, one absent") << QStringLiteral("ada babbage") << false;
        QTest::newRow("code without dot") << QStringLiteral("r531") << true;
        QTest::newRow("code with dot") << QStringLiteral("E11.9") << true;
        QTest::newRow("provider") << QStringLiteral("okafor") << true;
        QTest::newRow("absent code") << QStringLiteral("M62.81") << false;
        QTest::newRow("blank") << QStringLiteral("   ") << true;
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QueueCriteria c;
        c.setText(text);
        QCOMPARE(c.accepts(item(EncounterStatus::New, std::nullopt, {})), accepted);
    }

    void combined()
    {
        QueueCriteria c;
        c.setStatuses({EncounterStatus::New});
        c.setText(QStringLiteral("ada"));
        QVERIFY(c.accepts(item(EncounterStatus::New, std::nullopt, {})));
        QVERIFY(!c.accepts(item(EncounterStatus::Done, std::nullopt, {})));
        QVERIFY(!c.isEmpty());
    }

    void rankOrder()
    {
        QVERIFY(severityRank(std::nullopt) < severityRank(Severity::Info));
        QVERIFY(severityRank(Severity::Info) < severityRank(Severity::Warning));
        QVERIFY(severityRank(Severity::Warning) < severityRank(Severity::Error));
    }
};

QTEST_APPLESS_MAIN(TestQueueCriteria)
#include "test_queue_criteria.moc"
