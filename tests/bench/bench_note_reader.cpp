// Note reader throughput on synthetic 1-2 KB notes, beside a baseline measured in the same run:
// a plain QString::toLower() + indexOf() scan for the weakness words over the same notes (what any
// reader must at least do). Not a ctest. Usage: bench_note_reader [--notes N] [--rounds R]
#include "guidance/DocumentationChecklist.h"
#include "note/NoteReader.h"
#include "work/Progression.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <cstdio>
#include <ctime>

using namespace wcw;

namespace {

// Sentence pools per section, written like the shared cases: abbreviations, templated ROS,
// negations, grades, history. A note takes several of each until it reaches its target size.
const char* kHpi[] = {
    "67 y/o F c/o generalized weakness, gradual onset ~2 wks ago.",
    "Still doing her ADLs but slower; trouble climbing stairs and getting up from low chairs x 6 wks.",
    "Denies fever, wt loss, CP, SOB. No recent illness, no new meds.",
    "'Tired all the time' x 1 month, no energy by mid-afternoon, sleeps ~9h but wakes unrefreshed.",
    "Pt specifically says he is not tired and not weak; feels 'off' and unwell.",
    "Weakness has clearly worsened over the past 6 wks: now uses a cane for longer distances.",
    "2 falls in the past 6 months (no injury), at risk for falls.",
    "Developed ICU-acquired weakness after a 3-wk ICU stay for ARDS (resolved, off O2).",
    "L facial droop noticed on waking; can't raise L eyebrow, drooling from L corner of mouth.",
    "Some fatigable arm weakness late in day, no bulbar sx, no SOB.",
    "Legs feel weak and heavy after the marathon yesterday, quads sore, 'wiped out'.",
    "3 days of profound weakness, legs > arms, after a week of diarrhea (now resolved).",
};
const char* kRos[] = {
    "ROS: neg for fever, chills, weakness, fatigue, CP, SOB, edema.",
    "Constitutional: neg for fever, chills, weight loss. Neuro: neg for weakness, numbness, headache.",
    "ROS: positive for fatigue, negative for fever, cough, dysuria, rash.",
};
const char* kExam[] = {
    "Exam: Alert, NAD. Strength 5/5 x4 ext, sensation intact, gait steady, no focal deficits.",
    "O: MMT 4/5 bilat hip flexors, quads, deltoids and biceps, symmetric. DTRs 2+ and symmetric.",
    "PE: R hand grip 3/5, R wrist extension 3/5; all other muscle groups 5/5. Reflexes sym.",
    "Exam: LUE 4-/5, LLE 4/5, uses quad cane. Handedness not documented.",
    "Exam: RRR, lungs CTA, no edema. Neuro: nonfocal. Sit-to-stand x5: 19 s (was 12 s in Nov).",
};
const char* kHistory[] = {
    "PMH: R MCA ischemic stroke 03/2023 w/ residual L-sided weakness (L hemiparesis). HTN. HLD.",
    "PMH: HTN, DM2, CKD 3a, h/o hypokalemia, remote h/o Bell's palsy.",
};
const char* kAssessment[] = {
    "A/P: Generalized weakness, etiology unclear. CBC, CMP, TSH, B12 ordered. RTC 1 wk.",
    "A: Generalized muscle weakness, symmetric. CK and aldolase pending.",
    "Assessment: Fatigue. Plan: CBC, TSH, ferritin; sleep hygiene handout.",
    "A/P: Weakness 2/2 hypokalemia from GI losses. KCl 40 mEq PO x2 today, recheck BMP tomorrow.",
    "A/P: Probable multiple sclerosis - neuro referral, LP. Generalized weakness, fatigue.",
    "Imp: Asthenia / generalized weakness - no objective muscle weakness on exam.",
    "A: Sarcopenia (age-related) with muscle weakness. P: resistance training, protein, vit D.",
    "A/P: L hemiparesis, residual of old R MCA infarct - continue home PT.",
};

template <std::size_t N> QString pick(const char* (&pool)[N], QRandomGenerator& rng)
{
    return QString::fromUtf8(pool[rng.bounded(int(N))]);
}

QStringList makeNotes(int count, QRandomGenerator& rng)
{
    QStringList notes;
    notes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int target = 1024 + rng.bounded(1024); // 1-2 KB
        QString note = QStringLiteral("CC: weakness f/u.\nHPI: ");
        while (note.size() < target * 45 / 100)
            note += pick(kHpi, rng) + u' ';
        note += u'\n' + pick(kHistory, rng) + u'\n' + pick(kRos, rng) + u'\n' + pick(kExam, rng) + u'\n';
        while (note.size() < target)
            note += pick(kAssessment, rng) + u'\n';
        notes.append(note);
    }
    return notes;
}

// The floor: lower-case the note and look for each weakness word once.
int baselineScan(const QString& note)
{
    static const QString words[] = {
        QStringLiteral("weak"),    QStringLiteral("fatigue"), QStringLiteral("tired"),
        QStringLiteral("malaise"), QStringLiteral("frail"),   QStringLiteral("droop"),
        QStringLiteral("hemipar"), QStringLiteral("/5"),      QStringLiteral("denies"),
        QStringLiteral("neg for"), QStringLiteral("no "),     QStringLiteral("h/o")};
    const QString lower = note.toLower();
    int hits = 0;
    for (const QString& w : words) {
        for (qsizetype at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1))
            ++hits;
    }
    return hits;
}

double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU time of this thread, not wall time: the build machine is shared, and wall time there
// mostly measures how long the process waited for a core.
template <typename F> double secondsFor(const QStringList& notes, int rounds, F&& f)
{
    const double start = threadSeconds();
    for (int r = 0; r < rounds; ++r) {
        for (const QString& n : notes)
            f(n);
    }
    return threadSeconds() - start;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int count = 20000;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--notes")
            count = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }
    QRandomGenerator rng(20260301);
    const QStringList notes = makeNotes(count, rng);
    qint64 chars = 0;
    for (const QString& n : notes)
        chars += n.size();
    const double kb = double(chars) * rounds / 1024.0;
    const double reads = double(count) * rounds;

    const NoteReader reader;
    reader.read(notes.first()); // build the vocabulary outside the timing
    volatile qint64 sink = 0;
    const double base = secondsFor(notes, rounds, [&](const QString& n) { sink = sink + baselineScan(n); });
    const double read =
        secondsFor(notes, rounds, [&](const QString& n) { sink = sink + reader.read(n).mentions.size(); });
    const double prog =
        secondsFor(notes, rounds, [&](const QString& n) { sink = sink + readProgression(n).spans.size(); });
    const double list = secondsFor(
        notes, rounds, [&](const QString& n) { sink = sink + buildChecklist(reader.read(n), n).complete(); });

    std::printf("notes: %d x %d rounds, mean %.0f chars (%.2f KB); thread CPU time\n", count, rounds,
                double(chars) / count, double(chars) / count / 1024.0);
    const auto row = [&](const char* name, double s) {
        std::printf("%-34s %10.0f notes/s  %7.2f us/note  %6.2f us/KB\n", name, reads / s, s * 1e6 / reads,
                    s * 1e6 / kb);
    };
    row("baseline toLower+indexOf scan", base);
    row("NoteReader::read", read);
    row("readProgression", prog);
    row("read + buildChecklist", list);
    // One encounter = its note + 4 history notes (the rules' budget is 20,000 encounters/s).
    std::printf("encounters/s if each reads 1 note + 4 history notes: %.0f (reader only)\n",
                reads / read / 5.0);
    return sink < 0 ? 1 : 0;
}
