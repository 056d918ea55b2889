// SqliteWorkStore basics: queue, claims with an injectable clock, codes, status, queries,
// findings and the audit trail each action writes.
#include "workstore/DemoSeeder.h"
#include "workstore/SqliteWorkStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;

class TestWorkStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<SqliteWorkStore> m_store;
    qint64 m_key = 0;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(
            QStringLiteral("work-%1-%2.sqlite")
                .arg(QLatin1String(QTest::currentTestFunction()), QLatin1String(QTest::currentDataTag())));
        QString error;
        m_store = SqliteWorkStore::open(path, &error, &m_clock);
        QVERIFY2(m_store, qPrintable(error));
        DemoOptions options;
        options.patients = 10;
        options.seed = 3;
        options.today = m_clock.today();
        QVERIFY2(seedDemo(*m_store, options, QStringLiteral("admin"), nullptr, &error), qPrintable(error));
        QueueFilter today;
        today.day = m_clock.today();
        const QList<QueueItem> items = m_store->queue(today);
        QVERIFY(!items.isEmpty());
        m_key = items.first().id;
    }
    void cleanup() { m_store.reset(); }

    void seedFillsTodaysQueue()
    {
        QueueFilter today;
        today.day = m_clock.today();
        const QList<QueueItem> items = m_store->queue(today);
        QCOMPARE(items.size(), 10); // 10 patients: each is seen today (at least 20 requested, capped)
        for (const QueueItem& i : items) {
            QCOMPARE(i.status, EncounterStatus::New);
            QVERIFY(i.claimedBy.isEmpty());
            QVERIFY(!i.codes.isEmpty());
        }
        QCOMPARE(m_store->users().size(), DemoGenerator::users().size());
    }

    void claimIsExclusiveUntilItExpires()
    {
        QCOMPARE(m_store->claim(m_key, QStringLiteral("mlopez")), ClaimResult::Claimed);
        QCOMPARE(m_store->claim(m_key, QStringLiteral("jchen")), ClaimResult::TakenByOther);
        QVERIFY(m_store->lastError().contains(QStringLiteral("mlopez")));
        QCOMPARE(m_store->claim(m_key, QStringLiteral("mlopez")), ClaimResult::AlreadyYours);
        QCOMPARE(m_store->encounter(m_key)->status, EncounterStatus::InProgress);
        m_clock.advanceSeconds(29 * 60);
        QCOMPARE(m_store->claim(m_key, QStringLiteral("jchen")), ClaimResult::TakenByOther);
        m_clock.advanceSeconds(31 * 60); // 30 minutes after mlopez renewed: expired
        QCOMPARE(m_store->claim(m_key, QStringLiteral("jchen")), ClaimResult::Claimed);
        QCOMPARE(m_store->encounter(m_key)->claimedBy, QStringLiteral("jchen"));
        QCOMPARE(m_store->claim(999999, QStringLiteral("jchen")), ClaimResult::NotFound);
        QCOMPARE(m_store->claim(m_key, QStringLiteral("nobody")), ClaimResult::Failed);
    }

    void claimExpiryIsASetting()
    {
        QVERIFY(m_store->setClaimExpiryMinutes(5, QStringLiteral("admin")));
        QCOMPARE(m_store->claim(m_key, QStringLiteral("mlopez")), ClaimResult::Claimed);
        m_clock.advanceSeconds(6 * 60);
        QCOMPARE(m_store->claim(m_key, QStringLiteral("jchen")), ClaimResult::Claimed);
    }

    void editsNeedTheClaim()
    {
        QCOMPARE(m_store->claim(m_key, QStringLiteral("mlopez")), ClaimResult::Claimed);
        QVERIFY(!m_store->setCodes(m_key, {QStringLiteral("M62.81")}, QStringLiteral("jchen")));
        QVERIFY(!m_store->setStatus(m_key, EncounterStatus::Done, QStringLiteral("jchen")));
        QVERIFY(m_store->setCodes(m_key, {QStringLiteral("m6281 "), QStringLiteral("I10")},
                                  QStringLiteral("mlopez")));
        QCOMPARE(m_store->encounter(m_key)->encounter.codes,
                 QStringList({QStringLiteral("M62.81"), QStringLiteral("I10")}));
        QVERIFY(!m_store->setCodes(m_key, {QStringLiteral("not a code!")}, QStringLiteral("mlopez")));
        QVERIFY(m_store->setStatus(m_key, EncounterStatus::Done, QStringLiteral("mlopez")));
        const auto e = m_store->encounter(m_key);
        QCOMPARE(e->status, EncounterStatus::Done);
        QVERIFY(e->claimedBy.isEmpty()); // done hands the chart back
    }

    void everyActionIsAudited()
    {
        const QString id = QString::number(m_key);
        const int before = int(m_store->auditTrail(QStringLiteral("encounter"), id).size());
        QCOMPARE(m_store->claim(m_key, QStringLiteral("mlopez")), ClaimResult::Claimed);
        QVERIFY(m_store->setCodes(m_key, {QStringLiteral("R53.83")}, QStringLiteral("mlopez")));
        QVERIFY(m_store->setStatus(m_key, EncounterStatus::OnHold, QStringLiteral("mlopez")));
        const QList<AuditEntry> trail = m_store->auditTrail(QStringLiteral("encounter"), id);
        QCOMPARE(trail.size(), before + 3);
        QCOMPARE(trail[before].action, QStringLiteral("claim"));
        QCOMPARE(trail[before + 1].action, QStringLiteral("set-codes"));
        QVERIFY(trail[before + 1].after.contains(QStringLiteral("R53.83")));
        QCOMPARE(trail[before + 2].user, QStringLiteral("mlopez"));
        QVERIFY(trail[before + 2].after.contains(QStringLiteral("on hold")));
        // A refused edit writes nothing.
        QVERIFY(!m_store->setStatus(m_key, EncounterStatus::Done, QStringLiteral("jchen")));
        QCOMPARE(m_store->auditTrail(QStringLiteral("encounter"), id).size(), before + 3);
    }

    void auditTrailRefusesRawChanges_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << QStringLiteral("UPDATE audit_trail SET user_id = 'someone else'");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_trail");
        QTest::newRow("delete one") << QStringLiteral("DELETE FROM audit_trail WHERE id = 1");
    }
    void auditTrailRefusesRawChanges()
    {
        QFETCH(QString, sql);
        const int count = int(m_store->auditTrail({}, {}).size());
        QVERIFY(count > 0);
        QSqlQuery q(m_store->database());
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(m_store->auditTrail({}, {}).size(), count);
    }

    void providerQueryRoundTrip()
    {
        ProviderQuery pq{QStringLiteral("weakness type"),
                         QStringLiteral("Is the weakness generalized muscle weakness?"),
                         {QStringLiteral("strength 4/5")},
                         {QStringLiteral("Yes"), QStringLiteral("Other (please specify)"),
                          QStringLiteral("Unable to determine")}};
        const qint64 qid = m_store->saveQuery(m_key, pq, QStringLiteral("mlopez"));
        QVERIFY2(qid > 0, qPrintable(m_store->lastError()));
        QCOMPARE(m_store->encounter(m_key)->status, EncounterStatus::QuerySent);
        QVERIFY(m_store->answerQuery(qid, QStringLiteral("Yes"), QStringLiteral("mlopez")));
        const QList<StoredQuery> qs = m_store->queries(m_key);
        QCOMPARE(qs.size(), 1);
        QCOMPARE(qs.first().query.options, pq.options);
        QCOMPARE(qs.first().answer, QStringLiteral("Yes"));
        QCOMPARE(m_store->encounter(m_key)->status, EncounterStatus::InProgress);
    }

    void findingsAreKeptAsLastComputed()
    {
        Finding f;
        f.rule = QStringLiteral("r531-vs-m6281");
        f.severity = Severity::Error;
        f.codes = {QStringLiteral("R53.1")};
        f.evidence = {{QStringLiteral("strength 4/5"), 3, 15}};
        QVERIFY(m_store->saveFindings(m_key, {f, f}));
        QVERIFY(m_store->saveFindings(m_key, {f}));
        const auto e = m_store->encounter(m_key);
        QCOMPARE(e->findings.size(), 1);
        QCOMPARE(e->findings.first().evidence.first().quote, QStringLiteral("strength 4/5"));
        QueueFilter today;
        today.day = m_clock.today();
        for (const QueueItem& i : m_store->queue(today)) {
            if (i.id == m_key) {
                QCOMPARE(i.findingCount, 1);
                QCOMPARE(i.worstSeverity, std::optional<Severity>(Severity::Error));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkStore)
#include "test_work_store.moc"
