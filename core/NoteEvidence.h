#pragma once
// What the note says about weakness and its relatives, with spans, so rules can cite
// evidence and the GUI can highlight it. Produced by the rules core's note reader.
#include "Finding.h"

#include <QList>
#include <QMap>
#include <QString>

namespace wcw {

enum class NoteSection { Unknown, ChiefComplaint, Hpi, Ros, Exam, Assessment, Plan, History, Addendum };

struct Mention
{
    QString kind; // "weakness", "muscle-weakness", "fatigue", "malaise", "debility", "frailty", "sarcopenia",
                  // "facial-droop", "hemiparesis", "strength-grade", "icu-weakness", "exertion", ...
    EvidenceSpan span;
    NoteSection section = NoteSection::Unknown;
    bool negated = false;
    bool uncertain = false;
    bool historical = false;
    QMap<QString, QString> attributes; // "location", "laterality", "onset", "duration", ...
};

struct NoteEvidence
{
    QList<Mention> mentions;
    QList<EvidenceSpan> sections; // not required; reader may fill section headers
};

} // namespace wcw
