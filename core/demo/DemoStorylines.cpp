#include "demo/DemoStorylines.h"

#include <QHash>
#include <functional>

namespace wcw::demo {
namespace {

using Story = std::function<VisitText(const StoryContext&)>;

QString anyOf(const StoryContext& c, const QStringList& options)
{
    return options.at(int(c.rng->bounded(int(options.size()))));
}

QString followUpOpening(const StoryContext& c)
{
    return anyOf(c, {QStringLiteral("Follow-up visit."), QStringLiteral("Routine follow-up."),
                     QStringLiteral("Return visit for chronic complaints."),
                     QStringLiteral("Scheduled recheck.")});
}

// Workup ends in a confirmed cause; the coder drops the symptom once the cause is coded.
VisitText workUpToDiagnosis(const StoryContext& c)
{
    const int dxVisit = qMax(1, c.visits / 3);
    if (c.visit < dxVisit) {
        return {QStringLiteral(
                    "%1-year-old reports generalized weakness and low energy for %2 weeks, no focal deficit, "
                    "strength 5/5 throughout. TSH and CBC ordered to look for a cause.")
                    .arg(c.age)
                    .arg(2 + c.visit * 3),
                {QStringLiteral("R53.1")}};
    }
    if (c.visit == dxVisit) {
        return {QStringLiteral(
                    "Results show TSH 14.2 with low free T4: primary hypothyroidism. Generalized weakness "
                    "attributed to hypothyroidism. Started on levothyroxine 50 mcg daily."),
                {QStringLiteral("E03.9")}};
    }
    return {followUpOpening(c) +
                QStringLiteral(" Hypothyroidism on levothyroxine, energy and strength improved."),
            {QStringLiteral("E03.9")}};
}

// Error 7: the same symptom code copied forward with no progression or re-evaluation.
VisitText staleCarryOver(const StoryContext& c)
{
    if (c.visit == 0) {
        return {QStringLiteral(
                    "Patient reports generalized weakness, feels weak all over for a month. Strength 5/5, "
                    "no focal findings. Labs ordered."),
                {QStringLiteral("R53.1")}};
    }
    return {
        followUpOpening(c) + QStringLiteral(" ") +
            anyOf(c, {QStringLiteral("Patient still reports generalized weakness. Continue current plan."),
                      QStringLiteral("Weakness as before. No new complaints. Same plan."),
                      QStringLiteral("Generalized weakness, stable. Medications reviewed, no change.")}),
        {QStringLiteral("R53.1")}};
}

// Error 1: the symptom kept after the cause was confirmed (OCG I.B.5 / I.C.18.b).
VisitText symptomAfterDiagnosis(const StoryContext& c)
{
    if (c.visit == 0) {
        return {QStringLiteral(
                    "Generalized weakness and fatigue for six weeks, pale conjunctivae. CBC and iron studies "
                    "ordered."),
                {QStringLiteral("R53.1")}};
    }
    QStringList codes{QStringLiteral("D50.9")};
    if (c.wrong)
        codes.append(QStringLiteral("R53.1"));
    return {followUpOpening(c) +
                QStringLiteral(" Iron deficiency anemia confirmed, hemoglobin 9.8. Weakness is due to "
                               "the anemia. Continue oral iron."),
            codes};
}

// Error 2: documented muscle weakness coded as asthenia (R53.1 excludes muscle weakness -> M62.81).
VisitText muscleWeakness(const StoryContext& c)
{
    return {QStringLiteral(
                "Bilateral proximal muscle weakness, strength 4/5 at hips and shoulders, difficulty rising "
                "from a chair. %1")
                .arg(c.visit == 0 ? QStringLiteral("CK ordered.")
                                  : QStringLiteral("Exam repeated, unchanged; CK normal.")),
            {c.wrong ? QStringLiteral("R53.1") : QStringLiteral("M62.81")}};
}

// Error 3: fatigue coded as weakness.
VisitText fatigueAsWeakness(const StoryContext& c)
{
    return {QStringLiteral(
                "Complains of feeling tired all the time and low energy, sleeps poorly. No weakness on exam, "
                "strength 5/5. Sleep hygiene discussed."),
            {c.wrong ? QStringLiteral("R53.1") : QStringLiteral("R53.83")}};
}

// Error 8: localized weakness coded as generalized.
VisitText localizedWeakness(const StoryContext& c)
{
    if (c.visit % 2 == 0) {
        return {
            QStringLiteral("Left facial droop with weakness of the left side of the face, forehead spared. "
                           "No limb weakness. Referred to neurology."),
            {c.wrong ? QStringLiteral("R53.1") : QStringLiteral("R29.810")}};
    }
    return {QStringLiteral(
                "History of cerebral infarction one year ago with residual right-sided weakness; patient is "
                "right-handed. Continues physical therapy."),
            {c.wrong ? QStringLiteral("R53.1") : QStringLiteral("I69.351")}};
}

// Error 4: Excludes1 pair coded together (M62.84 sarcopenia with M62.81).
VisitText sarcopenia(const StoryContext& c)
{
    QStringList codes{QStringLiteral("M62.84")};
    if (c.wrong)
        codes.append(QStringLiteral("M62.81"));
    return {
        QStringLiteral("%1-year-old with age-related loss of muscle mass and strength; grip strength low, "
                       "gait speed 0.7 m/s. Sarcopenia. Resistance exercise and protein intake advised.")
            .arg(c.age),
        codes};
}

VisitText frailty(const StoryContext& c)
{
    return {
        QStringLiteral("%1-year-old, frail, age-related debility, walks with a walker, two falls this year. "
                       "Home safety reviewed.")
            .arg(c.age),
        {QStringLiteral("R54"), QStringLiteral("Z91.81")}};
}

VisitText icuWeakness(const StoryContext& c)
{
    if (c.visit == 0) {
        return {
            QStringLiteral(
                "Admitted from ICU after three weeks of ventilation for sepsis. Diffuse flaccid weakness, "
                "EMG and nerve conduction show critical illness myopathy."),
            {c.wrong ? QStringLiteral("R53.1") : QStringLiteral("G72.81")},
            Setting::Inpatient};
    }
    return {followUpOpening(c) +
                QStringLiteral(" Recovering from critical illness myopathy, strength improving with "
                               "rehabilitation."),
            {QStringLiteral("G72.81")}};
}

// Error: an uncertain diagnosis coded as confirmed in an outpatient visit (OCG IV.H).
VisitText uncertainDiagnosis(const StoryContext& c)
{
    return {
        QStringLiteral("Fluctuating weakness, worse at the end of the day, ptosis in the evening. Suspected "
                       "myasthenia gravis, rule out. Acetylcholine receptor antibodies ordered."),
        {c.wrong ? QStringLiteral("G70.00") : QStringLiteral("R53.1")}};
}

VisitText deconditioning(const StoryContext& c)
{
    return {QStringLiteral("General malaise and deconditioning after two weeks of bed rest for pneumonia. "
                           "Out-of-sorts feeling, no focal weakness."),
            {c.wrong ? QStringLiteral("R53.1") : QStringLiteral("R53.81")}};
}

// A carried symptom done right: each visit documents how it changed and what was done.
VisitText progressionDocumented(const StoryContext& c)
{
    return {QStringLiteral("Generalized weakness %1; %2")
                .arg(anyOf(c, {QStringLiteral("worsening, now unable to climb stairs"),
                               QStringLiteral("improved since last visit, walking further"),
                               QStringLiteral("progressing despite therapy")}),
                     anyOf(c, {QStringLiteral("MRI of the spine ordered."),
                               QStringLiteral("referred to neurology."),
                               QStringLiteral("repeat exam: strength 5/5, reflexes normal.")})),
            {QStringLiteral("R53.1")}};
}

const QHash<QString, Story>& stories()
{
    static const QHash<QString, Story> table{
        {QStringLiteral("work-up-to-diagnosis"), workUpToDiagnosis},
        {QStringLiteral("stale-carry-over"), staleCarryOver},
        {QStringLiteral("symptom-after-diagnosis"), symptomAfterDiagnosis},
        {QStringLiteral("muscle-weakness"), muscleWeakness},
        {QStringLiteral("fatigue-vs-weakness"), fatigueAsWeakness},
        {QStringLiteral("localized-weakness"), localizedWeakness},
        {QStringLiteral("sarcopenia"), sarcopenia},
        {QStringLiteral("frailty"), frailty},
        {QStringLiteral("icu-weakness"), icuWeakness},
        {QStringLiteral("uncertain-diagnosis"), uncertainDiagnosis},
        {QStringLiteral("deconditioning"), deconditioning},
        {QStringLiteral("progression-documented"), progressionDocumented}};
    return table;
}

} // namespace

QStringList storylineNames()
{
    // Fixed order: the generator indexes into it, so determinism must not depend on hashing.
    return {QStringLiteral("work-up-to-diagnosis"),
            QStringLiteral("stale-carry-over"),
            QStringLiteral("symptom-after-diagnosis"),
            QStringLiteral("muscle-weakness"),
            QStringLiteral("fatigue-vs-weakness"),
            QStringLiteral("localized-weakness"),
            QStringLiteral("sarcopenia"),
            QStringLiteral("frailty"),
            QStringLiteral("icu-weakness"),
            QStringLiteral("uncertain-diagnosis"),
            QStringLiteral("deconditioning"),
            QStringLiteral("progression-documented")};
}

VisitText storyVisit(const QString& storyline, const StoryContext& ctx)
{
    return stories().value(storyline, staleCarryOver)(ctx);
}

} // namespace wcw::demo
