// The 30 shared weakness cases and our own cases (tests/data/rules/*.jsonl), on the real
// ICD-10-CM reference data: exact rule set per case and the expected first suggested code.
#include "CaseFile.h"
#include "ReferenceFixture.h"
#include "domain/IcdCode.h"
#include "interchange/EncounterJson.h"
#include "reference/ReferenceDb.h"
#include "rules/RulesEngine.h"

#include <QDir>
#include <QTest>
#include <memory>

using namespace wcw;

class TestRulesCases : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<db::ReferenceDb> m_db;
    QString m_skip;

    void addCases(const QString& path)
    {
        QString error;
        const auto cases = test::readCases(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!cases.isEmpty(), qPrintable(path + QStringLiteral(": no cases")));
        for (const test::RuleCase& c : cases)
            QTest::newRow(
                qPrintable(c.source + u' ' + c.encounter.value(QStringLiteral("encounter_id")).toString()))
                << c.encounter << c.findings << c.suggestFirst;
    }

    void columns()
    {
        QTest::addColumn<QJsonObject>("encounter");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QString>("suggestFirst");
    }

    void runCase()
    {
        if (!m_db)
            QFAIL(qPrintable(m_skip));
        QFETCH(QJsonObject, encounter);
        QFETCH(QStringList, findings);
        QFETCH(QString, suggestFirst);
        Encounter e;
        JsonError error;
        QVERIFY2(encounterFromJson(encounter, &e, &error), qPrintable(error.toString()));
        const EncounterReview review = RulesEngine(*m_db).review(e);
        QStringList rules;
        for (const Finding& f : review.findings) {
            if (!rules.contains(f.rule))
                rules.append(f.rule);
            QVERIFY2(!f.message.isEmpty() && !f.guideline.isEmpty(),
                     qPrintable(f.rule + QStringLiteral(": no message/citation")));
        }
        rules.sort();
        QStringList messages;
        for (const Finding& f : review.findings)
            messages.append(f.rule + QStringLiteral(": ") + f.message);
        QVERIFY2(rules == findings,
                 qPrintable(QStringLiteral("rules %1, expected %2\n%3")
                                .arg(rules.join(u','), findings.join(u','), messages.join(u'\n'))));
        const Suggestion& s = review.suggestion;
        QVERIFY2(s.checklist.total() > 0, "the suggestion carries the documentation checklist");
        QVERIFY2(!s.path.isEmpty(), "the suggestion shows the decision-tree path");
        QStringList got;
        for (const SuggestedCode& c : s.codes)
            got.append(c.code);
        if (suggestFirst.isEmpty()) {
            QVERIFY2(s.codes.isEmpty() || !s.queries.isEmpty(), qPrintable(got.join(u',')));
        } else {
            QVERIFY2(!s.codes.isEmpty(), "no suggested codes");
            QVERIFY2(
                icd::compact(s.codes.first().code) == icd::compact(suggestFirst),
                qPrintable(
                    QStringLiteral("suggested %1, expected %2 first").arg(got.join(u','), suggestFirst)));
            QCOMPARE(s.codes.first().role, QStringLiteral("primary"));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(RulesEngine::resourceError().isEmpty(), qPrintable(RulesEngine::resourceError()));
        const test::ReferenceFixture ref = test::fullReferenceDb();
        if (!ref.ok()) {
            m_skip = ref.skipReason;
            return;
        }
        m_db = std::make_unique<db::ReferenceDb>(ref.path);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void sharedCases_data()
    {
        columns();
        addCases(QStringLiteral(WCW_SHARED_DIR "/cases/weakness-cases.jsonl"));
    }
    void sharedCases() { runCase(); }

    void ownCases_data()
    {
        columns();
        const QDir dir(QStringLiteral(WCW_TEST_DATA_DIR "/rules"));
        const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no tests/data/rules/*.jsonl");
        for (const QString& f : files)
            addCases(dir.filePath(f));
    }
    void ownCases() { runCase(); }
};

QTEST_GUILESS_MAIN(TestRulesCases)
#include "test_rules_cases.moc"
