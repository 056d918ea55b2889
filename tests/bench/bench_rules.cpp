// bench_rules: `check` throughput on synthetic encounters (not a ctest).
//
//   build/tests/bench/bench_rules [--count N] [--db PATH] [--seed S]
//
// Generates N encounters deterministically (default 100,000): realistic 1-2 KB notes built from
// clinical sentence templates, 3-5 earlier visits each, assigned codes drawn from the weakness
// family and common comorbidities. Each is serialized to the contract JSON first, so both
// measured loops start from the same bytes:
//   baseline: parse the encounter JSON (encounterFromJson) only;
//   check:    parse + RulesEngine::check (every rule, decision tree, reference look-ups).
// Reference facts come from ReferenceDb (in-memory caches), --db or the test fixture's full db.
#include "EncounterJson.h"
#include "ReferenceDb.h"
#include "ReferenceFixture.h"
#include "RulesEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <random>

using namespace wcw;

namespace {

const QStringList kComplaints{
    QStringLiteral("generalized weakness"), QStringLiteral("feeling weak all over"), QStringLiteral("fatigue"),
    QStringLiteral("tired all the time"),  QStringLiteral("malaise"),               QStringLiteral("L-sided weakness"),
    QStringLiteral("R facial droop"),      QStringLiteral("getting weaker"),        QStringLiteral("no energy")};
const QStringList kHpi{
    QStringLiteral("Gradual onset over %1 weeks, worse in the afternoon, better with rest."),
    QStringLiteral("Reports trouble climbing stairs and rising from low chairs for %1 weeks."),
    QStringLiteral("Denies fever, chills, weight loss, chest pain or shortness of breath."),
    QStringLiteral("Still independent in ADLs but slower; daughter helps with shopping."),
    QStringLiteral("No recent illness, no new medications, sleeping about %1 hours a night."),
    QStringLiteral("Had a viral illness %1 weeks ago that resolved; appetite back to normal."),
    QStringLiteral("Two falls in the past %1 months without injury; uses a cane outdoors.")};
const QStringList kRos{
    QStringLiteral("ROS: Constitutional: neg for fever, chills, night sweats. Neuro: neg for numbness, headache. "
                   "CV: neg for chest pain, palpitations. Resp: neg for cough, SOB. GI: neg for nausea, diarrhea."),
    QStringLiteral("ROS: neg for fever, weakness, fatigue, CP, SOB, edema; all other systems reviewed and negative.")};
const QStringList kExam{
    QStringLiteral("Exam: Alert, NAD. BP %1/78, HR 72, afebrile. Heart RRR, lungs CTA bilaterally, abdomen soft. "
                   "Neuro: strength 5/5 x4 extremities, sensation intact, reflexes 2+ symmetric, gait steady."),
    QStringLiteral("Exam: MMT 4/5 bilat hip flexors, quads and deltoids, symmetric; DTRs 2+; no atrophy or "
                   "fasciculations. BP %1/80. Lungs clear, no edema."),
    QStringLiteral("Exam: LUE 4-/5, LLE 4/5, right side 5/5, mild L facial asymmetry. BP %1/84."),
    QStringLiteral("Exam: R hand grip 3/5, R wrist extension 3/5; all other muscle groups 5/5. BP %1/76.")};
const QStringList kAssessment{
    QStringLiteral("A/P:\n1. Generalized weakness, etiology unclear - CBC, CMP, TSH, B12 ordered.\n2. Essential HTN, "
                   "controlled on lisinopril.\nRTC %1 weeks to review results."),
    QStringLiteral("A/P:\n1. Generalized muscle weakness - PT referral, CK and aldolase.\n2. Type 2 diabetes without "
                   "complications, A1c 7.1, continue metformin.\nRTC %1 weeks."),
    QStringLiteral("A/P:\n1. Fatigue - sleep hygiene, ferritin, TSH.\n2. HTN, stable.\nRTC %1 weeks."),
    QStringLiteral("A/P:\n1. Weakness 2/2 hypokalemia, K 2.9 - KCl, recheck BMP.\nRTC %1 days."),
    QStringLiteral("A/P:\n1. L hemiparesis, residual of old R MCA infarct - continue PT.\n2. HTN.\nRTC %1 weeks."),
    QStringLiteral("A/P:\n1. Malaise - likely viral, supportive care.\nReturn if not better in %1 days.")};
const QStringList kFiller{
    QStringLiteral("Medications reviewed and reconciled: lisinopril 20 mg daily, atorvastatin 40 mg nightly, "
                   "metformin 500 mg BID, vitamin D 1000 IU daily."),
    QStringLiteral("Social: lives with spouse, former smoker (quit 2010), 1-2 drinks per week, walks the dog daily."),
    QStringLiteral("Labs last month: Hgb 13.1, Cr 0.9, Na 139, K 4.2, TSH 1.8, A1c 6.9."),
    QStringLiteral("Patient education provided; questions answered; patient agrees with the plan."),
    QStringLiteral("Family history: mother with hypertension, father with type 2 diabetes, no neuromuscular disease.")};
const QList<QStringList> kCodeSets{
    {QStringLiteral("R53.1"), QStringLiteral("I10")},  {QStringLiteral("M62.81"), QStringLiteral("E11.9")},
    {QStringLiteral("R53.83"), QStringLiteral("I10")}, {QStringLiteral("R53.1"), QStringLiteral("E87.6")},
    {QStringLiteral("R53.1"), QStringLiteral("I10")},  {QStringLiteral("R53.81")},
    {QStringLiteral("R53.1"), QStringLiteral("M62.81")}, {QStringLiteral("R53")}, {QStringLiteral("G35")}};

class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_rng(seed)
    {
    }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    QString pickOf(const QStringList& l) { return l.at(pick(int(l.size()))); }

    QString note(int variant)
    {
        QStringList parts;
        parts.append(QStringLiteral("CC: %1 x %2 wks.").arg(kComplaints.at(variant % kComplaints.size())).arg(1 + pick(8)));
        QString hpi = QStringLiteral("HPI: %1 y/o pt c/o %2.").arg(40 + pick(50)).arg(pickOf(kComplaints));
        for (int i = 0; i < 3 + pick(3); ++i)
            hpi += u' ' + pickOf(kHpi).arg(1 + pick(9));
        parts.append(hpi);
        parts.append(pickOf(kRos));
        parts.append(kExam.at(variant % kExam.size()).arg(110 + pick(40)));
        for (int i = 0; i < 2 + pick(3); ++i)
            parts.append(pickOf(kFiller));
        parts.append(kAssessment.at(variant % kAssessment.size()).arg(1 + pick(6)));
        return parts.join(u'\n');
    }

    QByteArray encounter(int i)
    {
        Encounter e;
        e.encounterId = QStringLiteral("B%1").arg(i);
        e.patientId = QStringLiteral("P%1").arg(i / 3);
        e.dateOfService = QDate(2025, 10, 1).addDays(pick(360));
        e.setting = pick(10) == 0 ? Setting::Inpatient : Setting::Outpatient;
        const int variant = pick(1000);
        e.note = note(variant);
        e.codes = kCodeSets.at(variant % kCodeSets.size());
        const int visits = 3 + pick(3);
        for (int v = 0; v < visits; ++v) {
            const int pv = pick(1000);
            e.history.append({QStringLiteral("B%1-%2").arg(i).arg(v), e.dateOfService.addDays(-30 * (v + 1) - pick(20)),
                              kCodeSets.at(pv % kCodeSets.size()), note(pv)});
        }
        return QJsonDocument(encounterToJson(e)).toJson(QJsonDocument::Compact);
    }

private:
    std::mt19937 m_rng;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int count = 100000;
    unsigned seed = 20260301;
    QString dbPath;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--count")
            count = args.at(i + 1).toInt();
        else if (args.at(i) == u"--db")
            dbPath = args.at(i + 1);
        else if (args.at(i) == u"--seed")
            seed = args.at(i + 1).toUInt();
    }
    QTextStream out(stdout);
    if (dbPath.isEmpty()) {
        const test::ReferenceFixture ref = test::fullReferenceDb();
        if (!ref.ok()) {
            out << "bench_rules: no reference database (" << ref.skipReason << "); pass --db PATH\n";
            return 2;
        }
        dbPath = ref.path;
    }
    db::ReferenceDb facts(dbPath);
    QString error;
    if (!facts.open(&error)) {
        out << "bench_rules: " << error << '\n';
        return 2;
    }
    Generator gen(seed);
    QList<QByteArray> inputs;
    inputs.reserve(count);
    qint64 bytes = 0, noteChars = 0, historyVisits = 0;
    for (int i = 0; i < count; ++i) {
        inputs.append(gen.encounter(i));
        bytes += inputs.last().size();
    }
    const RulesEngine engine(facts);
    // Warm-up: fills the reference caches the way a long coding session would.
    for (int i = 0; i < std::min(count, 2000); ++i) {
        Encounter e;
        encounterFromJson(inputs.at(i), &e, nullptr);
        engine.check(e);
    }

    QElapsedTimer t;
    t.start();
    for (const QByteArray& json : std::as_const(inputs)) {
        Encounter e;
        encounterFromJson(json, &e, nullptr);
        noteChars += e.note.size();
        historyVisits += e.history.size();
    }
    const double parseSec = t.nsecsElapsed() / 1e9;

    qint64 findings = 0;
    t.restart();
    for (const QByteArray& json : std::as_const(inputs)) {
        Encounter e;
        encounterFromJson(json, &e, nullptr);
        findings += engine.check(e).size();
    }
    const double checkSec = t.nsecsElapsed() / 1e9;

    out << QStringLiteral("encounters: %1, mean JSON %2 bytes, mean note %3 chars, mean history %4 visits\n")
               .arg(count)
               .arg(bytes / count)
               .arg(noteChars / count)
               .arg(double(historyVisits) / count, 0, 'f', 1);
    out << QStringLiteral("baseline parse only: %1 s  = %2 encounters/s\n")
               .arg(parseSec, 0, 'f', 2)
               .arg(count / parseSec, 0, 'f', 0);
    out << QStringLiteral("parse + check:       %1 s  = %2 encounters/s  (%3 findings, %4 per encounter)\n")
               .arg(checkSec, 0, 'f', 2)
               .arg(count / checkSec, 0, 'f', 0)
               .arg(findings)
               .arg(double(findings) / count, 0, 'f', 2);
    out << QStringLiteral("check alone (difference): %1 us per encounter; target >= 20000 encounters/s\n")
               .arg((checkSec - parseSec) / count * 1e6, 0, 'f', 1);
    return 0;
}
