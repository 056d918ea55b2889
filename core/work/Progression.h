#pragma once
// Does a visit's note document something new about a carried symptom: progression,
// re-evaluation, new tests or a new plan? A symptom code copied forward with none of these
// is what OCG IV.J (code what is documented at this visit) and auditors flag as stale.
// Owned by the rules core's note reader; the work store uses it when visits are stored.
#include "domain/Finding.h"

#include <QList>
#include <QString>

namespace wcw {

struct ProgressionEvidence
{
    bool progression = false;  // worsening/improving/unchanged *with* re-evaluation, new findings
    bool reevaluation = false; // new tests ordered/resulted, referral, exam repeated, plan changed
    QList<EvidenceSpan> spans;
    bool any() const { return progression || reevaluation; }
};

ProgressionEvidence readProgression(const QString& note);

// The edition of readProgression()'s answers. Work stores keep the flag it computes for every
// stored visit and re-read all their notes when they are opened by a wcw whose edition differs;
// bump it whenever a change to the note reader can change an answer.
inline constexpr int kProgressionReaderEdition = 2;

} // namespace wcw
