// Provider queries follow the AHIMA/ACDIS compliant-query practice: indicators quoted verbatim
// from the note, a question that does not lead (no code, no diagnosis named as the answer, no
// payment), and options that always include "Other (please specify)" and "Unable to determine".
#include "MemoryReference.h"
#include "guidance/ProviderQueryBuilder.h"
#include "interchange/EncounterJson.h"
#include "note/NoteFacts.h"
#include "rules/RulesEngine.h"

#include <QRegularExpression>
#include <QTest>

using namespace wcw;

class TestProviderQuery : public QObject
{
    Q_OBJECT
private:
    static void checkCompliant(const ProviderQuery& q, const QString& note)
    {
        QVERIFY(!q.topic.isEmpty());
        QVERIFY(!q.question.isEmpty());
        QVERIFY2(q.options.size() >= 4, qPrintable(q.options.join(u'|')));
        QCOMPARE(q.options.at(q.options.size() - 2), ProviderQueryBuilder::kOther);
        QCOMPARE(q.options.last(), ProviderQueryBuilder::kUndetermined);
        QCOMPARE(q.options.count(ProviderQueryBuilder::kOther), 1);
        QVERIFY2(!q.indicators.isEmpty(), "a query states its clinical indicators");
        for (QString ind : q.indicators) {
            ind = ind.mid(1, ind.size() - 2); // quoted
            QVERIFY2(note.contains(ind), qPrintable(ind));
            QVERIFY2(q.question.contains(ind), "indicators are in the question");
        }
        static const QRegularExpression money(
            QStringLiteral("pay|reimburs|DRG|revenue|money|dollar|bill|financ|audit"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression code(QStringLiteral("\\b[A-Z]\\d\\d(?:\\.\\w+)?\\b"));
        static const QRegularExpression leading(
            QStringLiteral("\\b(?:should|must|please document|consider documenting|"
                           "would you agree|isn't it)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QString all = q.question + u' ' + q.options.join(u' ');
        QVERIFY2(!money.match(all).hasMatch(), qPrintable(all));
        QVERIFY2(!code.match(all).hasMatch(), qPrintable(all));
        QVERIFY2(!leading.match(all).hasMatch(), qPrintable(all));
    }

private slots:
    void topics_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("topic");
        QTest::newRow("location")
            << QStringLiteral(
                   "Exam: R hand grip 3/5, R wrist ext 3/5; all other 5/5.\nA/P: Generalized weakness.")
            << QStringLiteral("location-conflict");
        QTest::newRow("laterality") << QStringLiteral("Exam: LUE 3/5, LLE 4/5.\nA/P: R hemiparesis.")
                                    << QStringLiteral("laterality-conflict");
        QTest::newRow("statement vs exam")
            << QStringLiteral("Exam: strength 5/5 throughout.\nA/P: Generalized muscle weakness.")
            << QStringLiteral("statement-exam-conflict");
    }
    void topics()
    {
        QFETCH(QString, note);
        QFETCH(QString, topic);
        const NoteFacts chart(note);
        QVERIFY2(chart.is(topic), qPrintable(topic + QStringLiteral(" not read from the note")));
        const ProviderQuery q = ProviderQueryBuilder().build(topic, chart);
        checkCompliant(q, note);
    }

    void fallbackTopicIsCompliant()
    {
        const QString note = QStringLiteral("A/P: Generalized weakness.");
        const NoteFacts chart(note);
        ProviderQuery q = ProviderQueryBuilder().build(QStringLiteral("no-such-topic"), chart);
        QVERIFY(!q.topic.isEmpty());
        QCOMPARE(q.options.last(), ProviderQueryBuilder::kUndetermined);
    }

    void engineAsksWhenTheNoteConflicts()
    {
        const test::MemoryReference facts = test::MemoryReference::weaknessSet();
        Encounter e;
        e.encounterId = QStringLiteral("Q1");
        e.dateOfService = QDate(2026, 1, 15);
        e.note = QStringLiteral("HPI: c/o weakness.\nExam: R hand grip 3/5; all other muscle groups "
                                "5/5.\nA/P: Generalized weakness.");
        e.codes = {QStringLiteral("R53.1"), QStringLiteral("I10")};
        const EncounterReview r = RulesEngine(facts).review(e);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().rule, QStringLiteral("query-needed"));
        QCOMPARE(r.suggestion.queries.size(), 1);
        checkCompliant(r.suggestion.queries.first(), e.note);
        // The disputed weakness code waits for the answer; the unrelated code stays.
        QCOMPARE(r.suggestion.codes.size(), 1);
        QCOMPARE(r.suggestion.codes.first().code, QStringLiteral("I10"));
    }
};

QTEST_GUILESS_MAIN(TestProviderQuery)
#include "test_provider_query.moc"
