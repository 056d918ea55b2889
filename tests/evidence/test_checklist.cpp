// The documentation checklist and the progression reader, row by row.
#include "guidance/DocumentationChecklist.h"
#include "note/NoteReader.h"
#include "work/Progression.h"

#include <QTest>

using namespace wcw;

class TestChecklist : public QObject
{
    Q_OBJECT
private slots:
    void items_data();
    void items();
    void completeNote();
    void evidenceQuotesTheNote();
    void progression_data();
    void progression();
};

namespace {

const ChecklistItem* item(const Checklist& c, const QString& id)
{
    for (const ChecklistItem& i : c.items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

} // namespace

void TestChecklist::items_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("present");

    const QString bare = QStringLiteral("A: Weakness. P: labs.");
    const char* ids[] = {"location",
                         "extent",
                         "body-parts",
                         "symmetry",
                         "onset",
                         "duration",
                         "progression",
                         "pattern",
                         "functional-impact",
                         "objective-findings",
                         "symptom-distinguished",
                         "cause"};
    for (const char* id : ids)
        QTest::addRow("bare note lacks %s", id) << bare << QString::fromLatin1(id) << false;

    QTest::newRow("generalized is location") << "Generalized weakness."
                                             << "location" << true;
    QTest::newRow("generalized is extent") << "Generalized weakness."
                                           << "extent" << true;
    QTest::newRow("hemiparesis is localized") << "L hemiparesis."
                                              << "extent" << true;
    QTest::newRow("body part") << "Weakness in the R arm."
                               << "body-parts" << true;
    QTest::newRow("body part elsewhere does not count") << "Weak. Arm laceration sutured."
                                                        << "body-parts" << false;
    QTest::newRow("symmetry") << "Muscle weakness, symmetric."
                              << "symmetry" << true;
    QTest::newRow("reflex symmetry is not weakness symmetry") << "Weak.\nDTRs 2+ and symmetric."
                                                              << "symmetry" << false;
    QTest::newRow("onset") << "Sudden weakness this morning."
                           << "onset" << true;
    QTest::newRow("duration") << "Weak x 2 wks."
                              << "duration" << true;
    QTest::newRow("progression") << "Progressive weakness."
                                 << "progression" << true;
    QTest::newRow("pattern") << "Weakness worse at end of day."
                             << "pattern" << true;
    QTest::newRow("function anywhere") << "Weak.\nTrouble climbing stairs."
                                       << "functional-impact" << true;
    QTest::newRow("denied falls still document function") << "Weak. No falls."
                                                          << "functional-impact" << true;
    QTest::newRow("strength grade") << "Weak. Exam: hip flexors 4/5."
                                    << "objective-findings" << true;
    QTest::newRow("exam test") << "Weak.\nExam: atrophy of the thenar eminence."
                               << "objective-findings" << true;
    QTest::newRow("fatigue denied beside weakness") << "Weak, not tired."
                                                    << "symptom-distinguished" << true;
    QTest::newRow("weakness tested") << "Weak. Strength 5/5."
                                     << "symptom-distinguished" << true;
    QTest::newRow("ROS list does not distinguish") << "Weak.\nROS: neg for fatigue."
                                                   << "symptom-distinguished" << false;
    QTest::newRow("cause") << "Weakness 2/2 hypokalemia."
                           << "cause" << true;
    QTest::newRow("ruled out") << "Weakness; GBS ruled out."
                               << "cause" << true;
    QTest::newRow("temporal is not cause") << "Weakness following URI."
                                           << "cause" << false;
}

void TestChecklist::items()
{
    QFETCH(QString, note);
    QFETCH(QString, id);
    const Checklist c = buildChecklist(NoteReader().read(note), note);
    QCOMPARE(c.total(), 12);
    const ChecklistItem* i = item(c, id);
    QVERIFY(i);
    QTEST(i->present, "present");
    QCOMPARE(!i->evidence.isEmpty(), i->present);
    QCOMPARE(c.missing().contains(id), !i->present);
}

void TestChecklist::completeNote()
{
    const QString note = QStringLiteral(
        "HPI: 74M with gradual onset of progressive weakness x 6 wks, worse at end of day, legs > arms, "
        "symmetric. Trouble climbing stairs. Not tired.\n"
        "Exam: hip flexors 4/5 bilat.\nA: Generalized muscle weakness 2/2 hypothyroidism.");
    const Checklist c = buildChecklist(NoteReader().read(note), note);
    QCOMPARE(c.missing(), QStringList());
    QCOMPARE(c.complete(), 12);
}

void TestChecklist::evidenceQuotesTheNote()
{
    const QString note = QStringLiteral("CC: weak all over x 2 wks.\nExam: 5/5 throughout.\nA: weakness.");
    for (const ChecklistItem& i : buildChecklist(NoteReader().read(note), note).items) {
        for (const EvidenceSpan& s : i.evidence)
            QCOMPARE(s.quote, note.mid(s.start, s.end - s.start));
    }
}

void TestChecklist::progression_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("progression");
    QTest::addColumn<bool>("reevaluation");
    QTest::newRow("cloned") << "F/u generalized weakness. Pt reports she still feels weak. No change. Exam "
                               "unchanged, strength 5/5. Plan: continue current, RTC 8 wks."
                            << false << false;
    QTest::newRow("worsened") << "Weakness has clearly worsened; now uses a cane." << true << false;
    QTest::newRow("not worse") << "Weakness not worse." << false << false;
    QTest::newRow("improved") << "Weakness much improved." << true << false;
    QTest::newRow("stable") << "Weakness stable, unchanged." << false << false;
    QTest::newRow("new tests") << "Weak. TSH and CK ordered." << false << true;
    QTest::newRow("referral") << "Weak. Urgent neuro referral." << false << true;
    QTest::newRow("considered only") << "Weak. Will consider neuro referral." << false << false;
    QTest::newRow("no new tests") << "Weak. No new labs." << false << false;
    QTest::newRow("plan change") << "Weak. Start levothyroxine." << false << true;
    QTest::newRow("ROS is not a test") << "ROS: neg for weakness, CT abnormalities." << false << false;
}

void TestChecklist::progression()
{
    QFETCH(QString, note);
    const ProgressionEvidence p = readProgression(note);
    QTEST(p.progression, "progression");
    QTEST(p.reevaluation, "reevaluation");
    QCOMPARE(p.any(), !p.spans.isEmpty());
    for (const EvidenceSpan& s : p.spans)
        QCOMPARE(s.quote, note.mid(s.start, s.end - s.start));
}

QTEST_GUILESS_MAIN(TestChecklist)
#include "test_checklist.moc"
