// Each rule over a small in-memory reference set: the rule ids reported and the one-key fixes
// proposed, including the interplay the shared cases README describes.
#include "MemoryReference.h"
#include "rules/Rule.h"
#include "rules/RulesEngine.h"
#include "rules/TextWords.h"

#include <QTest>

using namespace wcw;

class TestRulesUnit : public QObject
{
    Q_OBJECT
private:
    static Encounter encounter(const QString& note, const QStringList& codes, QDate dos = QDate(2026, 1, 15),
                               Setting setting = Setting::Outpatient)
    {
        Encounter e;
        e.encounterId = QStringLiteral("U1");
        e.dateOfService = dos;
        e.setting = setting;
        e.note = note;
        e.codes = codes;
        return e;
    }

private slots:
    // lowerNote() lower-cases ASCII notes four units at a time; it must be lowerText() of the note.
    void lowerNoteAsLowerText_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("ASCII, length not a multiple of 4")
            << QStringLiteral("Pt c/o WEAKNESS x2 WKS; A@Z[`az{.");
        QTest::newRow("every ASCII unit") << [] {
            QString all;
            for (char16_t u = 1; u < 0x80; ++u)
                all += QChar(u);
            return all;
        }();
        QTest::newRow("non-ASCII late") << QStringLiteral("HPI: WEAKNESS 4/5, T 38.2") + QChar(0xB0) +
                                               QStringLiteral("C, \u00C9DEMA") + QChar(0x0130);
        QTest::newRow("non-ASCII in the tail") << QStringLiteral("ABCDE") + QChar(0x00C9);
        QTest::newRow("one unit") << QStringLiteral("Q");
    }
    void lowerNoteAsLowerText()
    {
        QFETCH(QString, note);
        const test::MemoryReference facts = test::MemoryReference::weaknessSet();
        const Encounter e = encounter(note, {});
        const NoteFacts chart(e.note);
        const TreeWalk walk;
        const rules::RuleContext ctx(e, facts, chart, walk);
        QCOMPARE(ctx.lowerNote(), rules::lowerText(note));
    }

    // The rules write dates in messages with isoDate(), which must be QDate::toString(Qt::ISODate).
    void isoDateAsQt_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("service date") << QDate(2026, 1, 15);
        QTest::newRow("end of year") << QDate(2025, 12, 31);
        QTest::newRow("leap day") << QDate(2024, 2, 29);
        QTest::newRow("year 1") << QDate(1, 1, 1);
        QTest::newRow("year 999") << QDate(999, 10, 9);
        QTest::newRow("year 9999") << QDate(9999, 12, 31);
        QTest::newRow("year 10000") << QDate(10000, 1, 1);
        QTest::newRow("before year 1") << QDate(-1, 6, 1);
        QTest::newRow("invalid") << QDate();
    }
    void isoDateAsQt()
    {
        QFETCH(QDate, date);
        QCOMPARE(rules::isoDate(date), date.toString(Qt::ISODate));
    }

    void rulesAndFixes_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QDate>("dos");
        QTest::addColumn<QStringList>("rules"); // sorted
        QTest::addColumn<QStringList>("fixes"); // labels, any order
        const QDate fy26(2026, 1, 15);
        const QDate fy25(2025, 3, 1);
        QTest::newRow("excludes1 R53.1 holds")
            << QStringLiteral("A: Generalized muscle weakness, 4/5 bilat.")
            << QStringList{QStringLiteral("R53.1"), QStringLiteral("M62.81")} << fy26
            << QStringList{QStringLiteral("excludes1-conflict")}
            << QStringList{QStringLiteral("Remove R53.1")};
        QTest::newRow("excludes1 other direction")
            << QStringLiteral("A: Generalized muscle weakness, 4/5 bilat.")
            << QStringList{QStringLiteral("M62.81"), QStringLiteral("R53.1")} << fy26
            << QStringList{QStringLiteral("excludes1-conflict")}
            << QStringList{QStringLiteral("Remove R53.1")};
        QTest::newRow("excludes1 documented unrelated")
            << QStringLiteral("A: 1. Sarcopenia. 2. Generalized muscle weakness from deconditioning, "
                              "unrelated to the sarcopenia.")
            << QStringList{QStringLiteral("M62.84"), QStringLiteral("M62.81")} << fy26 << QStringList{}
            << QStringList{};
        // "unrelated" as a whole word in any case, the other phrases anywhere; ASCII notes are read
        // by plain searches, others by the regex.
        const QStringList pair{QStringLiteral("M62.84"), QStringLiteral("M62.81")};
        const QString weakness = QStringLiteral("A: 1. Sarcopenia. 2. Generalized muscle weakness ");
        QTest::newRow("unrelated, upper case")
            << weakness + QStringLiteral("(UNRELATED).") << pair << fy26 << QStringList{} << QStringList{};
        QTest::newRow("not related to") << weakness + QStringLiteral("Not related to the sarcopenia.") << pair
                                        << fy26 << QStringList{} << QStringList{};
        QTest::newRow("independent of") << weakness + QStringLiteral("independent of it.") << pair << fy26
                                        << QStringList{} << QStringList{};
        QTest::newRow("separate issue") << weakness + QStringLiteral("- a Separate Issue.") << pair << fy26
                                        << QStringList{} << QStringList{};
        QTest::newRow("unrelated, non-ASCII note")
            << weakness + QStringLiteral("unrelated; T 37.1") + QChar(0xB0) + u'C' << pair << fy26
            << QStringList{} << QStringList{};
        QTest::newRow("unrelatedness is not the word")
            << weakness + QStringLiteral("(unrelatedness).") << pair << fy26
            << QStringList{QStringLiteral("excludes1-conflict")}
            << QStringList{QStringLiteral("Remove M62.81")};
        QTest::newRow("r531 for muscle weakness")
            << QStringLiteral("O: 4/5 bilat.\nA: Generalized muscle weakness.")
            << QStringList{QStringLiteral("R53.1")} << fy26 << QStringList{QStringLiteral("r531-vs-m6281")}
            << QStringList{QStringLiteral("Replace R53.1 by M62.81")};
        QTest::newRow("m6281 for asthenia")
            << QStringLiteral("A: Asthenia, strength 5/5 throughout.")
            << QStringList{QStringLiteral("M62.81")} << fy26 << QStringList{QStringLiteral("r531-vs-m6281")}
            << QStringList{QStringLiteral("Replace M62.81 by R53.1")};
        QTest::newRow("weakness coded for fatigue")
            << QStringLiteral("Denies weakness.\nA: Fatigue.") << QStringList{QStringLiteral("R53.1")} << fy26
            << QStringList{QStringLiteral("weakness-vs-fatigue")}
            << QStringList{QStringLiteral("Replace R53.1 by R53.83")};
        QTest::newRow("unsupported") << QStringLiteral("ROS: neg for weakness, fatigue.\nA: HTN.")
                                     << QStringList{QStringLiteral("I10"), QStringLiteral("R53.1")} << fy26
                                     << QStringList{QStringLiteral("unsupported-symptom-code")}
                                     << QStringList{QStringLiteral("Remove R53.1")};
        QTest::newRow("symptom after dx + sequencing")
            << QStringLiteral("A: Weakness due to hypokalemia, K 2.8.")
            << QStringList{QStringLiteral("R53.1"), QStringLiteral("E87.6")} << fy26
            << QStringList{QStringLiteral("sequencing"), QStringLiteral("symptom-after-confirmed-dx")}
            << QStringList{QStringLiteral("Remove R53.1"), QStringLiteral("Move E87.6 first")};
        QTest::newRow("symptom after dx, dx not coded")
            << QStringLiteral("A: Weakness due to hypokalemia, K 2.8.")
            << QStringList{QStringLiteral("R53.1")} << fy26
            << QStringList{QStringLiteral("symptom-after-confirmed-dx")}
            << QStringList{QStringLiteral("Replace R53.1 by E87.6")};
        QTest::newRow("code first without codes")
            << QStringLiteral("A: 1. Colon cancer. 2. Cancer-related fatigue.")
            << QStringList{QStringLiteral("R53.0"), QStringLiteral("C18.7")} << fy26
            << QStringList{QStringLiteral("sequencing")} << QStringList{QStringLiteral("Move C18.7 first")};
        QTest::newRow("localized facial")
            << QStringLiteral("A: L facial droop.") << QStringList{QStringLiteral("R53.1")} << fy26
            << QStringList{QStringLiteral("localized-weakness-as-r531")}
            << QStringList{QStringLiteral("Replace R53.1 by R29.810")};
        QTest::newRow("localized stroke") << QStringLiteral("A: L hemiparesis, residual of old stroke.")
                                          << QStringList{QStringLiteral("M62.81")} << fy26
                                          << QStringList{QStringLiteral("localized-weakness-as-r531")}
                                          << QStringList{QStringLiteral("Replace M62.81 by I69.354")};
        QTest::newRow("invalid header")
            << QStringLiteral("A: Generalized weakness.") << QStringList{QStringLiteral("R53")} << fy26
            << QStringList{QStringLiteral("invalid-code")}
            << QStringList{QStringLiteral("Replace R53 by R53.1")};
        QTest::newRow("invalid typo")
            << QStringLiteral("A: Generalized weakness.") << QStringList{QStringLiteral("R53.19")} << fy26
            << QStringList{QStringLiteral("invalid-code")}
            << QStringList{QStringLiteral("Replace R53.19 by R53.1")};
        QTest::newRow("not valid on date")
            << QStringLiteral("A: Relapsing-remitting multiple sclerosis, stable.")
            << QStringList{QStringLiteral("G35")} << fy26
            << QStringList{QStringLiteral("code-not-valid-on-date")}
            << QStringList{QStringLiteral("Replace G35 by G35.A")};
        QTest::newRow("valid on its own date")
            << QStringLiteral("A: Relapsing-remitting multiple sclerosis, stable.")
            << QStringList{QStringLiteral("G35")} << fy25 << QStringList{} << QStringList{};
        QTest::newRow("new code before it existed")
            << QStringLiteral("A: Relapsing-remitting multiple sclerosis, stable.")
            << QStringList{QStringLiteral("G35.A")} << fy25
            << QStringList{QStringLiteral("code-not-valid-on-date")}
            << QStringList{QStringLiteral("Replace G35.A by G35")};
        QTest::newRow("missing Z91.81")
            << QStringLiteral("A: Generalized muscle weakness, 4/5 bilat. 2 falls this year.")
            << QStringList{QStringLiteral("M62.81")} << fy26
            << QStringList{QStringLiteral("missing-supporting-codes")}
            << QStringList{QStringLiteral("Add Z91.81")};
        QTest::newRow("normal exertion")
            << QStringLiteral("Legs weak after the marathon.\nA: Normal post-exertional fatigue.")
            << QStringList{QStringLiteral("R53.83")} << fy26
            << QStringList{QStringLiteral("physiological-exhaustion")}
            << QStringList{QStringLiteral("Replace R53.83 by Z71.1")};
        QTest::newRow("uncertain dx outpatient")
            << QStringLiteral("A: Generalized weakness. Probable multiple sclerosis.")
            << QStringList{QStringLiteral("G35.A")} << fy26
            << QStringList{QStringLiteral("uncertain-dx-coded-outpatient")}
            << QStringList{QStringLiteral("Remove G35.A")};
        QTest::newRow("query, no dependent rules")
            << QStringLiteral("Exam: R grip 3/5; all other 5/5.\nA: Generalized weakness.")
            << QStringList{QStringLiteral("M62.81")} << fy26 << QStringList{QStringLiteral("query-needed")}
            << QStringList{};
        QTest::newRow("clean") << QStringLiteral("A: Generalized weakness, unclear cause. Labs.")
                               << QStringList{QStringLiteral("R53.1")} << fy26 << QStringList{}
                               << QStringList{};
    }
    void rulesAndFixes()
    {
        QFETCH(QString, note);
        QFETCH(QStringList, codes);
        QFETCH(QDate, dos);
        QFETCH(QStringList, rules);
        QFETCH(QStringList, fixes);
        const test::MemoryReference facts = test::MemoryReference::weaknessSet();
        const QList<Finding> found = RulesEngine(facts).check(encounter(note, codes, dos));
        QStringList ids, labels, text;
        for (const Finding& f : found) {
            if (!ids.contains(f.rule))
                ids.append(f.rule);
            if (f.fix)
                labels.append(f.fix->label);
            text.append(f.rule + QStringLiteral(": ") + f.message);
            QVERIFY(!f.guideline.isEmpty());
        }
        ids.sort();
        QVERIFY2(ids == rules, qPrintable(ids.join(u',') + u'\n' + text.join(u'\n')));
        labels.sort();
        fixes.sort();
        QVERIFY2(labels == fixes, qPrintable(labels.join(u',')));
    }

    void staleNeedsHistory()
    {
        const test::MemoryReference facts = test::MemoryReference::weaknessSet();
        const QString note = QStringLiteral("F/u weakness. No change. Continue current. RTC 8 wks.");
        Encounter e = encounter(note, {QStringLiteral("R53.1")});
        QVERIFY(RulesEngine(facts).check(e).isEmpty());
        e.history.append({QStringLiteral("U0"), QDate(2025, 11, 1), {QStringLiteral("R53.1")}, note});
        const QList<Finding> f = RulesEngine(facts).check(e);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().rule, QStringLiteral("stale-symptom-code"));
        // Documented progression and a new work-up make it current again.
        e.note = QStringLiteral("Weakness worse over 6 wks, now uses a cane. MRI ordered, neuro referral.");
        QVERIFY(RulesEngine(facts).check(e).isEmpty());
        // A visit in the future of this one does not count as history.
        e.note = note;
        e.history.first().dateOfService = QDate(2026, 6, 1);
        QVERIFY(RulesEngine(facts).check(e).isEmpty());
    }

    // R54 is watched by the store's visit history; the per-encounter rule watches it too.
    void staleWatchesTheSameCodesAsVisitHistory()
    {
        const test::MemoryReference facts = test::MemoryReference::weaknessSet();
        const QString note = QStringLiteral("F/u. Frail, age-related debility. No change. Continue current.");
        Encounter e = encounter(note, {QStringLiteral("R54")});
        e.history.append({QStringLiteral("U0"), QDate(2025, 11, 1), {QStringLiteral("R54")}, note});
        QStringList rules;
        for (const Finding& f : RulesEngine(facts).check(e))
            rules.append(f.rule);
        QVERIFY2(rules.contains(QStringLiteral("stale-symptom-code")), qPrintable(rules.join(u',')));
        // Nothing carried: the same note on a first visit is not stale.
        e.history.clear();
        rules.clear();
        for (const Finding& f : RulesEngine(facts).check(e))
            rules.append(f.rule);
        QVERIFY2(!rules.contains(QStringLiteral("stale-symptom-code")), qPrintable(rules.join(u',')));
    }

    // Two Tabular note groups of one code that both fire give their findings in the order the
    // record lists the notes, on every run (they were once walked in hash order).
    void tabularGroupsInNoteOrder()
    {
        test::MemoryReference facts = test::MemoryReference::weaknessSet();
        facts.code(QStringLiteral("G99.9"), QStringLiteral("Test disorder"))
            .note(QStringLiteral("G99.9"), QStringLiteral("useAdditionalCode"), QStringLiteral("hypokalemia"),
                  {QStringLiteral("E87.6")})
            .note(QStringLiteral("G99.9"), QStringLiteral("codeFirst"), QStringLiteral("hypertension"),
                  {QStringLiteral("I10")});
        const Encounter e = encounter(QStringLiteral("A: Test disorder. Hypokalemia. Hypertension."),
                                      {QStringLiteral("G99.9")});
        QStringList messages;
        for (const Finding& f : RulesEngine(facts).check(e)) {
            if (f.rule == u"missing-supporting-codes")
                messages.append(f.message);
        }
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.at(0).contains(u"Use additional code for hypokalemia"), qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).contains(u"Code first hypertension"), qPrintable(messages.at(1)));
    }

    void findingsAreOrderedBySeverityThenRule()
    {
        const test::MemoryReference facts = test::MemoryReference::weaknessSet();
        const QList<Finding> f =
            RulesEngine(facts).check(encounter(QStringLiteral("A: Weakness due to hypokalemia."),
                                               {QStringLiteral("R53.1"), QStringLiteral("E87.6")}));
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).severity, Severity::Error);
        QCOMPARE(f.at(1).rule, QStringLiteral("sequencing"));
    }
};

QTEST_GUILESS_MAIN(TestRulesUnit)
#include "test_rules_unit.moc"
