// The note reader, pattern by pattern: each row is a note, the phrase looked at, and what the
// reader must say about it.
#include "note/NoteReader.h"

#include <QTest>

using wcw::Mention;
using wcw::NoteEvidence;
using wcw::NoteReader;
using wcw::NoteSection;

namespace {

// The mention of kind whose quote is `quote` (case-insensitive); the nth when there are several.
const Mention* find(const NoteEvidence& e, const QString& kind, const QString& quote, int nth = 0)
{
    for (const Mention& m : e.mentions) {
        if (m.kind == kind && m.span.quote.compare(quote, Qt::CaseInsensitive) == 0 && nth-- == 0)
            return &m;
    }
    return nullptr;
}

QString dump(const NoteEvidence& e)
{
    QStringList out;
    for (const Mention& m : e.mentions)
        out << m.kind + QLatin1Char(':') + m.span.quote;
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestNoteReader : public QObject
{
    Q_OBJECT
private slots:
    void context_data();
    void context();
    void sections_data();
    void sections();
    void attributes_data();
    void attributes();
    void strengthGrades_data();
    void strengthGrades();
    void spansQuoteTheNote_data();
    void spansQuoteTheNote();
    void causes_data();
    void causes();
    void handednessAndStroke();
    void termContext_data();
    void termContext();
};

void TestNoteReader::context_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("negated");
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<bool>("historical");

    // negation
    QTest::newRow("denies") << "Pt denies weakness."
                            << "weakness"
                            << "weakness" << true << false << false;
    QTest::newRow("denies list") << "Denies weakness, numbness, fever, wt change."
                                 << "weakness"
                                 << "weakness" << true << false << false;
    QTest::newRow("denies list late item") << "Denies fever, chills, nausea, fatigue."
                                           << "fatigue"
                                           << "fatigue" << true << false << false;
    QTest::newRow("ros neg for list") << "ROS: neg for fever, chills, weakness, fatigue, CP, SOB."
                                      << "fatigue"
                                      << "fatigue" << true << false << false;
    QTest::newRow("negative for") << "Negative for weakness."
                                  << "weakness"
                                  << "weakness" << true << false << false;
    QTest::newRow("no") << "No weakness or numbness."
                        << "weakness"
                        << "weakness" << true << false << false;
    QTest::newRow("not") << "He is not tired and not weak."
                         << "weakness"
                         << "weak" << true << false << false;
    QTest::newRow("without") << "Walks without weakness."
                             << "weakness"
                             << "weakness" << true << false << false;
    QTest::newRow("w/o") << "Came in w/o fatigue."
                         << "fatigue"
                         << "fatigue" << true << false << false;
    QTest::newRow("free of") << "Now free of fatigue."
                             << "fatigue"
                             << "fatigue" << true << false << false;
    QTest::newRow("post ruled out") << "GBS ruled out."
                                    << ""
                                    << "GBS" << true << false << false;
    QTest::newRow("post (-)") << "ROS: fever (-), weakness (-)."
                              << "weakness"
                              << "weakness" << true << false << false;
    QTest::newRow("but terminates") << "Denies fever but reports weakness."
                                    << "weakness"
                                    << "weakness" << false << false << false;
    QTest::newRow("however terminates") << "No chills; however, fatigue persists."
                                        << "fatigue"
                                        << "fatigue" << false << false << false;
    QTest::newRow("sentence end") << "No fever. Feels weak."
                                  << "weakness"
                                  << "Feels weak" << false << false << false;
    QTest::newRow("dash ends scope") << "No neurologic paralysis - functional quadriplegia."
                                     << "functional-quadriplegia"
                                     << "functional quadriplegia" << false << false << false;
    QTest::newRow("pseudo no change") << "No change in weakness."
                                      << "weakness"
                                      << "weakness" << false << false << false;
    QTest::newRow("pseudo no increase") << "No increase in fatigue."
                                        << "fatigue"
                                        << "fatigue" << false << false << false;
    QTest::newRow("no energy is fatigue") << "No energy by mid-afternoon."
                                          << "fatigue"
                                          << "No energy" << false << false << false;
    QTest::newRow("not feeling well is malaise") << "Not feeling well for days."
                                                 << "malaise"
                                                 << "Not feeling well" << false << false << false;
    QTest::newRow("parenthesis keeps its trigger") << "2 falls (no injury), at risk for falls."
                                                   << "fall-risk"
                                                   << "at risk for falls" << false << false << false;
    QTest::newRow("negative is not a pre-trigger") << "Orthostatics negative, strength 5/5."
                                                   << "strength-grade"
                                                   << "5/5" << false << false << false;
    // uncertainty
    QTest::newRow("possible") << "Possible myasthenia gravis."
                              << ""
                              << "myasthenia gravis" << false << true << false;
    QTest::newRow("probable") << "A/P: Probable multiple sclerosis - neuro referral."
                              << ""
                              << "multiple sclerosis" << false << true << false;
    QTest::newRow("r/o") << "r/o hypothyroidism."
                         << ""
                         << "hypothyroidism" << false << true << false;
    QTest::newRow("rule out") << "Labs to rule out anemia."
                              << ""
                              << "anemia" << false << true << false;
    QTest::newRow("concern for") << "Admitted; concern for GBS."
                                 << ""
                                 << "GBS" << false << true << false;
    QTest::newRow("likely") << "Malaise - likely early viral illness."
                            << ""
                            << "viral illness" << false << true << false;
    QTest::newRow("likely stays in its clause") << "Malaise - likely early viral illness."
                                                << "malaise"
                                                << "Malaise" << false << false << false;
    QTest::newRow("vs") << "Bell's palsy vs other."
                        << ""
                        << "Bell's palsy" << false << true << false;
    QTest::newRow("question mark") << "Weakness ? hypokalemia."
                                   << ""
                                   << "hypokalemia" << false << true << false;
    QTest::newRow("suspected post") << "Myositis is suspected."
                                    << ""
                                    << "Myositis" << false << true << false;
    QTest::newRow("suspected at clause end") << "Myositis suspected."
                                             << ""
                                             << "Myositis" << false << true << false;
    QTest::newRow("suspected opens the next clause") << "R hemiparesis, suspected L MCA stroke."
                                                     << "hemiparesis"
                                                     << "hemiparesis" << false << false << false;
    QTest::newRow("denied post") << "Chest pain and fatigue denied."
                                 << "fatigue"
                                 << "fatigue" << true << false << false;
    // history
    QTest::newRow("h/o") << "h/o hypokalemia in 2019."
                         << ""
                         << "hypokalemia" << false << false << true;
    QTest::newRow("history of") << "History of fatigue after chemo."
                                << "fatigue"
                                << "fatigue" << false << false << true;
    QTest::newRow("pmh section") << "PMH: anemia, deconditioning.\nExam: nl."
                                 << "debility"
                                 << "deconditioning" << false << false << true;
    QTest::newRow("residual is current") << "PMH: stroke w/ residual L hemiparesis."
                                         << "hemiparesis"
                                         << "hemiparesis" << false << false << false;
    QTest::newRow("resolved") << "ARDS (resolved, off O2)."
                              << ""
                              << "ARDS" << false << false << true;
    QTest::newRow("in the past N months is recent") << "2 falls in the past 6 months."
                                                    << "falls"
                                                    << "falls" << false << false << false;
    QTest::newRow("year old is not history") << "82 year old man with weakness."
                                             << "weakness"
                                             << "weakness" << false << false << false;
}

void TestNoteReader::context()
{
    QFETCH(QString, note);
    QFETCH(QString, kind);
    QFETCH(QString, quote);
    const NoteEvidence e = NoteReader().read(note);
    const Mention* m = nullptr;
    if (kind.isEmpty()) {
        for (const Mention& d : e.diagnoses) {
            if (d.span.quote.compare(quote, Qt::CaseInsensitive) == 0)
                m = &d;
        }
    } else {
        m = find(e, kind, quote);
    }
    QVERIFY2(m, qPrintable(QStringLiteral("no %1 '%2' in: %3").arg(kind, quote, dump(e))));
    QTEST(m->negated, "negated");
    QTEST(m->uncertain, "uncertain");
    QTEST(m->historical, "historical");
}

void TestNoteReader::sections_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("section");
    const QString soap = QStringLiteral("S: feels weak.\nO: 4/5 quads.\nA: Muscle weakness.\nP: PT.");
    QTest::newRow("S:") << soap << "feels weak" << int(NoteSection::Hpi);
    QTest::newRow("O:") << soap << "4/5" << int(NoteSection::Exam);
    QTest::newRow("A:") << soap << "Muscle weakness" << int(NoteSection::Assessment);
    const QString full =
        QStringLiteral("CC: tired.\nHPI: weak x 2 wks.\nROS: neg for malaise.\nPE: 5/5 "
                       "throughout.\nImp: fatigue.\nPlan: labs, frailty screen.\nPMH: sarcopenia.\n"
                       "Addendum: deconditioning noted.");
    QTest::newRow("CC:") << full << "tired" << int(NoteSection::ChiefComplaint);
    QTest::newRow("HPI:") << full << "weak" << int(NoteSection::Hpi);
    QTest::newRow("ROS:") << full << "malaise" << int(NoteSection::Ros);
    QTest::newRow("PE:") << full << "5/5" << int(NoteSection::Exam);
    QTest::newRow("Imp:") << full << "fatigue" << int(NoteSection::Assessment);
    QTest::newRow("Plan:") << full << "frailty" << int(NoteSection::Plan);
    QTest::newRow("PMH:") << full << "sarcopenia" << int(NoteSection::History);
    QTest::newRow("Addendum:") << full << "deconditioning" << int(NoteSection::Addendum);
    QTest::newRow("A/P: over lines") << "A/P:\n1. Generalized muscle weakness - PT."
                                     << "muscle weakness" << int(NoteSection::Assessment);
    QTest::newRow("mid-line Plan:") << "Still weak. Plan: continue, frailty eval."
                                    << "frailty" << int(NoteSection::Plan);
    QTest::newRow("mid-line Dx:") << "AChR positive. Dx: myasthenia, weakness."
                                  << "weakness" << int(NoteSection::Assessment);
    QTest::newRow("single letter only at line start") << "Pt weak, grade A: fatigue."
                                                      << "fatigue" << int(NoteSection::Unknown);
    QTest::newRow("referral dx is one line") << "Referral dx: debility.\n79F feels weak."
                                             << "feels weak" << int(NoteSection::Unknown);
    QTest::newRow("Discharge dx:") << "Admitted.\nDischarge dx: weakness."
                                   << "weakness" << int(NoteSection::Assessment);
    QTest::newRow("Assessment:") << "Tired.\nAssessment: Fatigue."
                                 << "Fatigue" << int(NoteSection::Assessment);
}

void TestNoteReader::sections()
{
    QFETCH(QString, note);
    QFETCH(QString, quote);
    const NoteEvidence e = NoteReader().read(note);
    const Mention* found = nullptr;
    for (const Mention& m : e.mentions) {
        if (m.span.quote.compare(quote, Qt::CaseInsensitive) == 0)
            found = &m;
    }
    QVERIFY2(found, qPrintable(dump(e)));
    QTEST(int(found->section), "section");
}

void TestNoteReader::attributes_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("value");

    QTest::newRow("generalized") << "Generalized weakness."
                                 << "weakness"
                                 << "weakness"
                                 << "extent"
                                 << "generalized";
    QTest::newRow("all over") << "Feeling weak all over x 2 wks."
                              << "weakness"
                              << "Feeling weak"
                              << "extent"
                              << "generalized";
    QTest::newRow("hemiparesis is localized") << "L hemiparesis."
                                              << "hemiparesis"
                                              << "hemiparesis"
                                              << "extent"
                                              << "localized";
    QTest::newRow("laterality L") << "L hemiparesis."
                                  << "hemiparesis"
                                  << "hemiparesis"
                                  << "laterality"
                                  << "left";
    QTest::newRow("laterality nearest") << "R MCA stroke w/ residual L-sided weakness."
                                        << "hemiparesis"
                                        << "L-sided weakness"
                                        << "laterality"
                                        << "left";
    QTest::newRow("laterality not across clauses")
        << "Weakness x 5 wks, plus intermittent tingling in both feet."
        << "weakness"
        << "Weakness"
        << "laterality"
        << "";
    QTest::newRow("body part") << "Some fatigable arm weakness late in day."
                               << "weakness"
                               << "arm weakness"
                               << "location"
                               << "arm";
    QTest::newRow("body parts listed") << "No arm/leg weakness."
                                       << "weakness"
                                       << "leg weakness"
                                       << "location"
                                       << "arm, leg";
    // The side and body part written before the weakness word are part of its span (the quote).
    QTest::newRow("side and body part in the span") << "Pt reports R arm weakness x 3 days."
                                                   << "weakness"
                                                   << "R arm weakness"
                                                   << "laterality"
                                                   << "right";
    QTest::newRow("facial") << "L facial droop noticed on waking."
                            << "facial-droop"
                            << "facial droop"
                            << "location"
                            << "face";
    QTest::newRow("symmetric") << "Generalized muscle weakness, symmetric."
                               << "muscle-weakness"
                               << "muscle weakness"
                               << "symmetry"
                               << "symmetric";
    QTest::newRow("asymmetric") << "Weakness, asymmetric, worse on L."
                                << "weakness"
                                << "Weakness"
                                << "symmetry"
                                << "asymmetric";
    QTest::newRow("onset gradual") << "Generalized weakness, gradual onset ~2 wks ago."
                                   << "weakness"
                                   << "weakness"
                                   << "onset"
                                   << "gradual";
    QTest::newRow("onset sudden") << "Sudden weakness this morning."
                                  << "weakness"
                                  << "weakness"
                                  << "onset"
                                  << "sudden";
    QTest::newRow("duration x") << "Feeling weak x 2 wks."
                                << "weakness"
                                << "Feeling weak"
                                << "duration"
                                << "x 2 wks";
    QTest::newRow("duration N unit of") << "2 mo of progressive weakness."
                                        << "weakness"
                                        << "weakness"
                                        << "duration"
                                        << "2 mo of";
    QTest::newRow("duration for") << "Tired for 3 weeks."
                                  << "fatigue"
                                  << "Tired"
                                  << "duration"
                                  << "for 3 weeks";
    QTest::newRow("follow-up interval is not duration") << "Weakness; RTC 2 wks."
                                                        << "weakness"
                                                        << "Weakness"
                                                        << "duration"
                                                        << "";
    QTest::newRow("progressive") << "2 mo of progressive weakness."
                                 << "weakness"
                                 << "weakness"
                                 << "progression"
                                 << "progressive";
    QTest::newRow("worse") << "Weakness has clearly worsened."
                           << "weakness"
                           << "Weakness"
                           << "progression"
                           << "worse";
    QTest::newRow("improving") << "Weakness much improved."
                               << "weakness"
                               << "Weakness"
                               << "progression"
                               << "better";
    QTest::newRow("intermittent") << "Intermittent weakness of the legs."
                                  << "weakness"
                                  << "weakness"
                                  << "pattern"
                                  << "intermittent";
    QTest::newRow("diurnal") << "Weakness worse at end of day."
                             << "weakness"
                             << "Weakness"
                             << "pattern"
                             << "diurnal";
    QTest::newRow("stairs") << "Weak, trouble climbing stairs."
                            << "weakness"
                            << "Weak"
                            << "function"
                            << "stairs";
    QTest::newRow("chair") << "Weak, needs to push w/ arms to get out of a chair."
                           << "weakness"
                           << "Weak"
                           << "function"
                           << "chair";
    QTest::newRow("adls") << "Weak but still doing her ADLs."
                          << "weakness"
                          << "Weak"
                          << "function"
                          << "adls";
    QTest::newRow("cause 2/2") << "Weakness 2/2 hypokalemia."
                               << "weakness"
                               << "Weakness"
                               << "cause"
                               << "hypokalemia";
    QTest::newRow("cause due to") << "Fatigue due to iron deficiency anemia."
                                  << "fatigue"
                                  << "Fatigue"
                                  << "cause"
                                  << "iron deficiency anemia";
    QTest::newRow("cause related") << "Cancer-related fatigue."
                                   << "fatigue"
                                   << "fatigue"
                                   << "cause"
                                   << "Cancer";
    QTest::newRow("exertional") << "Normal post-exertional muscle fatigue after marathon."
                                << "fatigue"
                                << "muscle fatigue"
                                << "exertional"
                                << "true";
    QTest::newRow("exertion normal") << "Normal post-exertional muscle fatigue."
                                     << "exertion"
                                     << "post-exertional"
                                     << "exertion-level"
                                     << "normal";
    QTest::newRow("residual") << "Residual L hemiparesis."
                              << "hemiparesis"
                              << "hemiparesis"
                              << "residual"
                              << "true";
    QTest::newRow("cause member") << "Functional quadriplegia due to dementia and frailty."
                                  << "frailty"
                                  << "frailty"
                                  << "as-cause"
                                  << "true";
}

void TestNoteReader::attributes()
{
    QFETCH(QString, note);
    QFETCH(QString, kind);
    QFETCH(QString, quote);
    QFETCH(QString, attribute);
    const NoteEvidence e = NoteReader().read(note);
    const Mention* m = find(e, kind, quote);
    QVERIFY2(m, qPrintable(dump(e)));
    QTEST(m->attribute(attribute), "value");
}

void TestNoteReader::strengthGrades_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("reduced");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("laterality");

    QTest::newRow("4/5 list after") << "MMT 4/5 bilat hip flexors, quads, deltoids and biceps, symmetric."
                                    << 0 << "4"
                                    << "true"
                                    << "hip, quadriceps, shoulder, biceps"
                                    << "bilateral";
    QTest::newRow("4-/5 before") << "LUE 4-/5, LLE 4/5, uses quad cane." << 0 << "4-"
                                 << "true"
                                 << "left upper extremity"
                                 << "left";
    QTest::newRow("second grade own clause") << "LUE 4-/5, LLE 4/5, uses quad cane." << 1 << "4"
                                             << "true"
                                             << "left lower extremity"
                                             << "left";
    QTest::newRow("R hand") << "R hand grip 3/5, R wrist extension 3/5; all other muscle groups 5/5." << 0
                            << "3"
                            << "true"
                            << "hand"
                            << "right";
    QTest::newRow("R wrist") << "R hand grip 3/5, R wrist extension 3/5; all other muscle groups 5/5." << 1
                             << "3"
                             << "true"
                             << "wrist"
                             << "right";
    QTest::newRow("normal") << "R hand grip 3/5, R wrist extension 3/5; all other muscle groups 5/5." << 2
                            << "5"
                            << "false"
                            << ""
                            << "";
    QTest::newRow("5/5 throughout") << "Strength 5/5 throughout." << 0 << "5"
                                    << "false"
                                    << ""
                                    << "";
    QTest::newRow("4+/5") << "Hip flexors 4+/5 bilat." << 0 << "4+"
                          << "true"
                          << "hip"
                          << "bilateral";
    QTest::newRow("strength testing full") << "Strength testing full but effort-limited." << 0 << "5"
                                           << "false"
                                           << ""
                                           << "";
    QTest::newRow("reduced strength") << "Reduced strength in the R arm." << 0 << ""
                                      << "true"
                                      << "arm"
                                      << "right";
}

void TestNoteReader::strengthGrades()
{
    QFETCH(QString, note);
    QFETCH(int, nth);
    const NoteEvidence e = NoteReader().read(note);
    QList<const Mention*> grades;
    for (const Mention& m : e.mentions) {
        if (m.kind == u"strength-grade")
            grades.append(&m);
    }
    QVERIFY2(nth < grades.size(), qPrintable(dump(e)));
    const Mention* g = grades[nth];
    QTEST(g->attribute(QStringLiteral("grade")), "grade");
    QTEST(g->attribute(QStringLiteral("reduced")), "reduced");
    QTEST(g->attribute(QStringLiteral("location")), "location");
    QTEST(g->attribute(QStringLiteral("laterality")), "laterality");
}

void TestNoteReader::spansQuoteTheNote_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("weakness") << "HPI: 67F c/o generalized weakness."
                              << "weakness" << 25 << 33;
    QTest::newRow("grade with minus") << "Exam: LUE 4-/5."
                                      << "strength-grade" << 10 << 14;
    QTest::newRow("hyphenated phrase") << "Developed ICU-acquired weakness."
                                       << "icu-weakness" << 10 << 31;
    QTest::newRow("multi-word") << "A: Generalized muscle weakness."
                                << "muscle-weakness" << 15 << 30;
    QTest::newRow("after unicode") << "Pt \u2014 \u201ctired\u201d all day."
                                   << "fatigue" << 6 << 11;
}

void TestNoteReader::spansQuoteTheNote()
{
    QFETCH(QString, note);
    QFETCH(QString, kind);
    const NoteEvidence e = NoteReader().read(note);
    const auto it =
        std::find_if(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) { return m.kind == kind; });
    QVERIFY2(it != e.mentions.end(), qPrintable(dump(e)));
    QTEST(it->span.start, "start");
    QTEST(it->span.end, "end");
    QCOMPARE(it->span.quote, note.mid(it->span.start, it->span.end - it->span.start));
}

void TestNoteReader::causes_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QStringList>("concepts");
    QTest::newRow("2/2") << "A/P: Weakness 2/2 hypokalemia from GI losses."
                         << "cause"
                         << "hypokalemia from GI losses" << QStringList{QStringLiteral("hypokalemia")};
    QTest::newRow("due to") << "Weakness due to severe hypokalemia and hypomagnesemia; resolved."
                            << "cause"
                            << "severe hypokalemia and hypomagnesemia"
                            << QStringList{QStringLiteral("hypokalemia"), QStringLiteral("hypomagnesemia")};
    QTest::newRow("secondary to") << "Fatigue secondary to anemia."
                                  << "cause"
                                  << "anemia" << QStringList{QStringLiteral("anemia")};
    QTest::newRow("MS-related") << "Baseline mild MS-related fatigue, unchanged."
                                << "cause"
                                << "MS" << QStringList{QStringLiteral("multiple-sclerosis")};
    QTest::newRow("residual of") << "L hemiparesis, residual of old R MCA infarct."
                                 << "sequela"
                                 << "old R MCA infarct" << QStringList{QStringLiteral("stroke")};
    QTest::newRow("following") << "R hemiparesis following old cerebral infarct."
                               << "temporal"
                               << "old cerebral infarct" << QStringList{QStringLiteral("stroke")};
    QTest::newRow("with") << "Sarcopenia (age-related) with muscle weakness."
                          << "with"
                          << "Sarcopenia" << QStringList{QStringLiteral("sarcopenia")};
    QTest::newRow("likely due to is uncertain")
        << "Weakness likely due to hypothyroidism."
        << "cause"
        << "hypothyroidism" << QStringList{QStringLiteral("hypothyroidism")};
}

void TestNoteReader::causes()
{
    QFETCH(QString, note);
    const NoteEvidence e = NoteReader().read(note);
    QCOMPARE(e.causes.size(), 1);
    QTEST(e.causes.first().relation, "relation");
    QTEST(e.causes.first().cause.quote, "cause");
    QTEST(e.causes.first().concepts, "concepts");
    QCOMPARE(e.causes.first().uncertain, note.contains(QStringLiteral("likely")));
}

void TestNoteReader::handednessAndStroke()
{
    const NoteEvidence left =
        NoteReader().read(QStringLiteral("Pt is L-handed. h/o L ICA ischemic stroke 2024."));
    QCOMPARE(left.handedness, QStringLiteral("left"));
    QCOMPARE(left.handednessSpan.quote, QStringLiteral("L-handed"));
    QVERIFY(left.strokeHistory());
    QCOMPARE(left.diagnosis(QStringLiteral("stroke"))->attribute(QStringLiteral("sequela")),
             QStringLiteral("true"));
    const NoteEvidence unknown = NoteReader().read(QStringLiteral("Handedness not documented. No stroke."));
    QCOMPARE(unknown.handedness, QStringLiteral("not-documented"));
    QVERIFY(!unknown.strokeHistory());
    QVERIFY(NoteReader().read(QStringLiteral("Right-handed carpenter.")).handedness == u"right");
    QVERIFY(NoteReader().read(QStringLiteral("Weak.")).handedness.isEmpty());
}

void TestNoteReader::termContext_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("found");
    QTest::addColumn<bool>("negated");
    QTest::newRow("any term") << "The patient denies chest pain."
                              << "chest pain" << true << true;
    QTest::newRow("case-insensitive") << "No CHEST PAIN today."
                                      << "chest pain" << true << true;
    QTest::newRow("absent term") << "No fever."
                                 << "cough" << false << false;
    QTest::newRow("whole word preferred") << "Weakness, no weak grip."
                                          << "weak" << true << true;
}

void TestNoteReader::termContext()
{
    QFETCH(QString, sentence);
    QFETCH(QString, term);
    const auto c = NoteReader().contextOf(sentence, term);
    QTEST(c.found, "found");
    QTEST(c.negated, "negated");
}

QTEST_GUILESS_MAIN(TestNoteReader)
#include "test_note_reader.moc"
