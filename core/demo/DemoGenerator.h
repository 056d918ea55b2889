#pragma once
// Synthetic patients with multi-visit histories for demos, training data and benchmarks.
// Deterministic by seed (QRandomGenerator, whose sequence Qt fixes for a given seed), dates
// relative to an injectable "today". Each patient follows one weakness storyline of the
// domain primer, coded cleanly or with one of the article's common errors, so the queue,
// the stale scan, audit and training all have material. Nothing here is a real patient.
#include "domain/ImportBatch.h"
#include "work/WorkStore.h"

#include <QDate>
#include <QRandomGenerator>
#include <functional>

namespace wcw {

struct DemoOptions
{
    int patients = 40;
    quint64 seed = 1;
    QDate today;          // null = the clock's today (the caller fills it)
    int meanVisits = 10;  // visits per patient vary from 1 to 2 * meanVisits - 1
    int todayVisits = -1; // patients seen today (the queue); -1 = max(20, patients / 50), at most patients
    double recentDoneShare = 0.5; // visits of the last 30 days already finished (older ones all are)
};

struct DemoVisit
{
    ImportedEncounter encounter;
    EncounterStatus status = EncounterStatus::New;
    QString codedBy; // the coder who finished (or works on) it; empty for untouched visits
};

struct DemoPatient
{
    ImportedPatient patient;
    QString storyline;       // e.g. "stale-carry-over", "muscle-weakness-as-r531"
    QList<DemoVisit> visits; // oldest first
};

class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options);

    static QList<User> users(); // coders, a trainer, an auditor, an admin
    static QStringList storylines();

    // Produces the patients one at a time (so a million visits never sit in memory at once).
    void generate(const std::function<void(const DemoPatient&)>& sink);

private:
    DemoPatient makePatient(int index, bool seenToday);
    QList<QDate> visitDates(int count, bool seenToday);
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }

    DemoOptions m_options;
    QRandomGenerator m_rng;
};

} // namespace wcw
