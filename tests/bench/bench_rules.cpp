// bench_rules: `check` throughput on synthetic encounters (not a ctest).
//
//   build/tests/bench/bench_rules [--count N] [--db PATH] [--seed S] [--profile N] [--write FILE]
//                                 [--in-memory]
//
// Generates N encounters deterministically (default 100,000): realistic 1-2 KB notes (mean about
// 1.5 KB) built from clinical sentence templates, 3-5 earlier visits each with its own note,
// assigned codes drawn from the weakness family and common comorbidities. Each is serialized to
// the contract JSON first, so both measured loops start from the same bytes:
//   baseline: parse the encounter JSON (encounterFromJson) only;
//   check:    parse + RulesEngine::check (every rule, decision tree, reference look-ups).
// Reference facts come from ReferenceDb (in-memory caches), --db or the test fixture's full db.
#include "domain/CachedCodeFacts.h"
#include "guidance/DecisionTree.h"
#include "interchange/EncounterJson.h"
#include "reference/ReferenceDb.h"
#include "ReferenceFixture.h"
#include "rules/RulesEngine.h"
#include "note/NoteFacts.h"
#include "rules/Rule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QStringList>
#include <QTextStream>
#include <ctime>
#include <limits>
#include <random>

using namespace wcw;

namespace {

const QStringList kComplaints{QStringLiteral("generalized weakness"),
                              QStringLiteral("feeling weak all over"),
                              QStringLiteral("fatigue"),
                              QStringLiteral("tired all the time"),
                              QStringLiteral("malaise"),
                              QStringLiteral("L-sided weakness"),
                              QStringLiteral("R facial droop"),
                              QStringLiteral("getting weaker"),
                              QStringLiteral("no energy")};
const QStringList kHpi{
    QStringLiteral("Gradual onset over %1 weeks, worse in the afternoon, better with rest."),
    QStringLiteral("Reports trouble climbing stairs and rising from low chairs for %1 weeks."),
    QStringLiteral("Denies fever, chills, weight loss, chest pain or shortness of breath."),
    QStringLiteral("Still independent in ADLs but slower; daughter helps with shopping."),
    QStringLiteral("No recent illness, no new medications, sleeping about %1 hours a night."),
    QStringLiteral("Had a viral illness %1 weeks ago that resolved; appetite back to normal."),
    QStringLiteral("Two falls in the past %1 months without injury; uses a cane outdoors.")};
const QStringList kRos{
    QStringLiteral(
        "ROS: Constitutional: neg for fever, chills, night sweats. Neuro: neg for numbness, headache. "
        "CV: neg for chest pain, palpitations. Resp: neg for cough, SOB. GI: neg for nausea, diarrhea."),
    QStringLiteral(
        "ROS: neg for fever, weakness, fatigue, CP, SOB, edema; all other systems reviewed and negative.")};
const QStringList kExam{
    QStringLiteral(
        "Exam: Alert, NAD. BP %1/78, HR 72, afebrile. Heart RRR, lungs CTA bilaterally, abdomen soft. "
        "Neuro: strength 5/5 x4 extremities, sensation intact, reflexes 2+ symmetric, gait steady."),
    QStringLiteral("Exam: MMT 4/5 bilat hip flexors, quads and deltoids, symmetric; DTRs 2+; no atrophy or "
                   "fasciculations. BP %1/80. Lungs clear, no edema."),
    QStringLiteral("Exam: LUE 4-/5, LLE 4/5, right side 5/5, mild L facial asymmetry. BP %1/84."),
    QStringLiteral("Exam: R hand grip 3/5, R wrist extension 3/5; all other muscle groups 5/5. BP %1/76.")};
const QStringList kAssessment{
    QStringLiteral(
        "A/P:\n1. Generalized weakness, etiology unclear - CBC, CMP, TSH, B12 ordered.\n2. Essential HTN, "
        "controlled on lisinopril.\nRTC %1 weeks to review results."),
    QStringLiteral(
        "A/P:\n1. Generalized muscle weakness - PT referral, CK and aldolase.\n2. Type 2 diabetes without "
        "complications, A1c 7.1, continue metformin.\nRTC %1 weeks."),
    QStringLiteral("A/P:\n1. Fatigue - sleep hygiene, ferritin, TSH.\n2. HTN, stable.\nRTC %1 weeks."),
    QStringLiteral("A/P:\n1. Weakness 2/2 hypokalemia, K 2.9 - KCl, recheck BMP.\nRTC %1 days."),
    QStringLiteral(
        "A/P:\n1. L hemiparesis, residual of old R MCA infarct - continue PT.\n2. HTN.\nRTC %1 weeks."),
    QStringLiteral("A/P:\n1. Malaise - likely viral, supportive care.\nReturn if not better in %1 days.")};
const QStringList kFiller{
    QStringLiteral("Medications reviewed and reconciled: lisinopril 20 mg daily, atorvastatin 40 mg nightly, "
                   "metformin 500 mg BID, vitamin D 1000 IU daily."),
    QStringLiteral(
        "Social: lives with spouse, former smoker (quit 2010), 1-2 drinks per week, walks the dog daily."),
    QStringLiteral("Labs last month: Hgb 13.1, Cr 0.9, Na 139, K 4.2, TSH 1.8, A1c 6.9."),
    QStringLiteral("Patient education provided; questions answered; patient agrees with the plan."),
    QStringLiteral(
        "Family history: mother with hypertension, father with type 2 diabetes, no neuromuscular disease."),
    QStringLiteral("PMH: HTN, hyperlipidemia, OA of both knees, cholecystectomy 2012, cataract surgery OD."),
    QStringLiteral("Allergies: penicillin (rash). Immunizations up to date; flu shot given in October."),
    QStringLiteral("Vitals: T 36.8, HR 76, RR 16, SpO2 97% on room air, weight 74 kg, BMI 26.1."),
    QStringLiteral("Functional status: dresses and bathes without help, drives during the day, manages own "
                   "medications and finances."),
    QStringLiteral(
        "Diet: regular, three meals a day, drinks about 1.5 L of fluids; no recent weight change."),
    QStringLiteral("Sleep: goes to bed at 11 pm, wakes once to void, no snoring reported by spouse."),
    QStringLiteral("Mood: PHQ-2 negative; enjoys gardening and time with grandchildren."),
    QStringLiteral("Imaging: chest x-ray last year clear; no new imaging today."),
    QStringLiteral("Reviewed outside records from the cardiology visit in the spring; echo with normal EF."),
    QStringLiteral("Time spent: 30 minutes, more than half in counseling and care coordination.")};
const QStringList kPmh{QStringLiteral("PMH: HTN, T2DM, CKD stage 2, GERD."),
                       QStringLiteral("PMH: h/o R MCA stroke 2022, HTN, afib on apixaban."),
                       QStringLiteral("PMH: hypothyroidism on levothyroxine, osteoporosis, depression."),
                       QStringLiteral("PMH: none significant.")};
const QList<QStringList> kCodeSets{{QStringLiteral("R53.1"), QStringLiteral("I10")},
                                   {QStringLiteral("M62.81"), QStringLiteral("E11.9")},
                                   {QStringLiteral("R53.83"), QStringLiteral("I10")},
                                   {QStringLiteral("R53.1"), QStringLiteral("E87.6")},
                                   {QStringLiteral("R53.1"), QStringLiteral("I10")},
                                   {QStringLiteral("R53.81")},
                                   {QStringLiteral("R53.1"), QStringLiteral("M62.81")},
                                   {QStringLiteral("R53")},
                                   {QStringLiteral("G35")}};

// CPU time of this thread: the machine is shared, so wall time alone overstates the cost.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

class Generator
{
public:
    explicit Generator(unsigned seed) : m_rng(seed) {}
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    QString pickOf(const QStringList& l) { return l.at(pick(int(l.size()))); }

    // A clinic note of 1-2 KB: the sections every note has, then filler sentences (history,
    // vitals, function, counselling) until a length drawn uniformly from 1.1-1.9 KB is reached.
    QString note(int variant)
    {
        QStringList parts;
        parts.append(QStringLiteral("CC: %1 x %2 wks.")
                         .arg(kComplaints.at(variant % kComplaints.size()))
                         .arg(1 + pick(8)));
        QString hpi = QStringLiteral("HPI: %1 y/o pt c/o %2.").arg(40 + pick(50)).arg(pickOf(kComplaints));
        for (int i = 0; i < 3 + pick(3); ++i) {
            const QString sentence = pickOf(kHpi);
            hpi += u' ' + (sentence.contains(u"%1") ? sentence.arg(1 + pick(9)) : sentence);
        }
        parts.append(hpi);
        parts.append(pickOf(kPmh));
        parts.append(pickOf(kRos));
        parts.append(kExam.at(variant % kExam.size()).arg(110 + pick(40)));
        const QString assessment = kAssessment.at(variant % kAssessment.size()).arg(1 + pick(6));
        const int target = 1100 + pick(800);
        qsizetype size = assessment.size();
        for (const QString& p : std::as_const(parts))
            size += p.size() + 1;
        QList<int> unused;
        for (int i = 0; i < kFiller.size(); ++i)
            unused.append(i);
        while (size < target && !unused.isEmpty()) {
            const QString& filler = kFiller.at(unused.takeAt(pick(int(unused.size()))));
            if (size + filler.size() + 1 > 2000)
                continue;
            parts.insert(parts.size() - 1 - pick(2), filler); // before or after the exam
            size += filler.size() + 1;
        }
        parts.append(assessment);
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
            e.history.append({QStringLiteral("B%1-%2").arg(i).arg(v),
                              e.dateOfService.addDays(-30 * (v + 1) - pick(20)),
                              kCodeSets.at(pv % kCodeSets.size()), note(pv)});
        }
        return QJsonDocument(encounterToJson(e)).toJson(QJsonDocument::Compact);
    }

private:
    std::mt19937 m_rng;
};

// Where the time of check goes: reading the note, walking the tree, each rule.
void profile(const QList<QByteArray>& inputs, const CodeFacts& facts, QTextStream& out)
{
    QMap<QString, double> cost;
    for (const QByteArray& json : inputs) {
        Encounter e;
        encounterFromJson(json, &e, nullptr);
        double c = cpuSeconds();
        const NoteFacts chart(e.note);
        cost[QStringLiteral("0 read note")] += cpuSeconds() - c;
        c = cpuSeconds();
        const TreeWalk walk = DecisionTree::standard().walk(chart, e.answers, facts, e.dateOfService);
        cost[QStringLiteral("1 decision tree")] += cpuSeconds() - c;
        const rules::RuleContext ctx(e, facts, chart, walk);
        for (const auto& rule : rules::allRules()) {
            c = cpuSeconds();
            rule->apply(ctx);
            cost[QStringLiteral("2 ") + rule->id()] += cpuSeconds() - c;
        }
    }
    for (auto it = cost.cbegin(); it != cost.cend(); ++it)
        out << QStringLiteral("  %1 us  %2\n")
                   .arg(it.value() / inputs.size() * 1e6, 7, 'f', 1)
                   .arg(it.key().mid(2));
}

// The measured loop, in a function of its own so a profiler can collect just this
// (valgrind --tool=callgrind --toggle-collect='*checkChunk*').
[[gnu::noinline]] qint64 checkChunk(const RulesEngine& engine, const QList<Encounter>& chunk)
{
    qint64 findings = 0;
    for (const Encounter& e : chunk)
        findings += engine.check(e).size();
    return findings;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int count = 100000;
    unsigned seed = 20260301;
    QString dbPath;
    QString writePath;    // --write FILE: the generated encounters as JSONL (for wcw-cli check --jsonl)
    int profileCount = 0; // --profile N: CPU time per phase and per rule over the first N encounters
    // --in-memory: generate all inputs before measuring (100,000 x 8 KB of JSON held at once).
    // Default: generate each chunk of 1000 just before it is measured, as `check --jsonl` meets
    // a stream, without holding 800 MB.
    const bool inMemory = args.removeAll(QStringLiteral("--in-memory")) > 0;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--count")
            count = args.at(i + 1).toInt();
        else if (args.at(i) == u"--db")
            dbPath = args.at(i + 1);
        else if (args.at(i) == u"--profile")
            profileCount = args.at(i + 1).toInt();
        else if (args.at(i) == u"--seed")
            seed = args.at(i + 1).toUInt();
        else if (args.at(i) == u"--write")
            writePath = args.at(i + 1);
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
    db::ReferenceDb reference(dbPath);
    QString error;
    if (!reference.open(&error)) {
        out << "bench_rules: " << error << '\n';
        return 2;
    }
    Generator gen(seed);
    const auto generate = [](Generator& g, int from, int n) {
        QList<QByteArray> list;
        list.reserve(n);
        for (int i = from; i < from + n; ++i)
            list.append(g.encounter(i));
        return list;
    };
    const QList<QByteArray> all = inMemory ? generate(gen, 0, count) : QList<QByteArray>();
    QFile file(writePath);
    if (!writePath.isEmpty() && !file.open(QIODevice::WriteOnly)) {
        out << "bench_rules: cannot write " << writePath << '\n';
        return 2;
    }
    qint64 bytes = 0, noteChars = 0, historyVisits = 0, historyChars = 0;
    qsizetype shortest = std::numeric_limits<qsizetype>::max(), longest = 0;
    const CachedCodeFacts facts(reference); // ReferenceDb::record is not memoized; the rules ask it often
    const RulesEngine engine(facts);
    // Warm-up: fills the reference caches the way a long coding session would. The first
    // encounters of the seed, generated apart, so the measured stream is unchanged.
    Generator first(seed);
    const QList<QByteArray> head = generate(first, 0, std::max(std::min(count, 2000), profileCount));
    for (int i = 0; i < std::min(count, 2000); ++i) {
        Encounter e;
        encounterFromJson(head.at(i), &e, nullptr);
        engine.check(e);
    }

    // Chunks of 1000: parse a chunk (baseline), then check the parsed chunk, timing each on
    // this thread's CPU clock (the machine is shared) and on the wall clock.
    double parseCpu = 0, checkCpu = 0, parseSec = 0, checkSec = 0;
    qint64 findings = 0;
    QElapsedTimer t;
    for (int from = 0; from < count; from += 1000) {
        const int n = std::min(count - from, 1000);
        const QList<QByteArray> inputs = inMemory ? all.mid(from, n) : generate(gen, from, n);
        for (const QByteArray& json : inputs) {
            bytes += json.size();
            if (file.isOpen())
                file.write(json + '\n');
        }
        QList<Encounter> chunk;
        chunk.reserve(n);
        t.start();
        double cpu = cpuSeconds();
        for (const QByteArray& json : inputs) {
            chunk.append(Encounter());
            encounterFromJson(json, &chunk.last(), nullptr);
        }
        parseCpu += cpuSeconds() - cpu;
        parseSec += t.nsecsElapsed() / 1e9;
        t.start();
        cpu = cpuSeconds();
        findings += checkChunk(engine, chunk);
        checkCpu += cpuSeconds() - cpu;
        checkSec += t.nsecsElapsed() / 1e9;
        for (const Encounter& e : std::as_const(chunk)) {
            noteChars += e.note.size();
            historyVisits += e.history.size();
            shortest = std::min(shortest, e.note.size());
            longest = std::max(longest, e.note.size());
            for (const PriorVisit& v : e.history) {
                historyChars += v.note.size();
                shortest = std::min(shortest, v.note.size());
                longest = std::max(longest, v.note.size());
            }
        }
    }

    if (profileCount > 0)
        profile(head.mid(0, profileCount), facts, out);
    out << (inMemory ? "inputs: all generated before measuring\n"
                     : "inputs: generated chunk by chunk (1000)\n");
    out << QStringLiteral("encounters: %1, mean JSON %2 bytes, mean note %3 chars, mean history %4 visits "
                          "(mean note %5 chars), every note %6-%7 chars\n")
               .arg(count)
               .arg(bytes / count)
               .arg(noteChars / count)
               .arg(double(historyVisits) / count, 0, 'f', 1)
               .arg(historyChars / std::max<qint64>(1, historyVisits))
               .arg(shortest)
               .arg(longest);
    out << QStringLiteral("baseline, parse JSON only: cpu %1 s (wall %2 s) = %3 encounters/s\n")
               .arg(parseCpu, 0, 'f', 2)
               .arg(parseSec, 0, 'f', 2)
               .arg(count / parseCpu, 0, 'f', 0);
    out << QStringLiteral("check (all rules + tree): cpu %1 s (wall %2 s) = %3 encounters/s, %4 us each  (%5 "
                          "findings, %6 per encounter)\n")
               .arg(checkCpu, 0, 'f', 2)
               .arg(checkSec, 0, 'f', 2)
               .arg(count / checkCpu, 0, 'f', 0)
               .arg(checkCpu / count * 1e6, 0, 'f', 1)
               .arg(findings)
               .arg(double(findings) / count, 0, 'f', 2);
    out << QStringLiteral("parse + check: %1 encounters/s (cpu); target for check >= 20000/s on one core\n")
               .arg(count / (parseCpu + checkCpu), 0, 'f', 0);
    return 0;
}
