#pragma once
// Reads a provider's note into NoteEvidence: mentions of weakness and its relatives with spans,
// each negated / uncertain / historical and with its attributes, diagnoses, documented causes,
// documentation cues, sections and handedness. Stateless and thread-safe; the vocabulary is
// built once per process. QtCore only.
#include "note/NoteEvidence.h"

#include <QString>

namespace wcw {

class NoteReader
{
public:
    NoteEvidence read(const QString& note) const;

    // The context of one term in one sentence, as negation corpora ask it ("sentence", "term").
    struct TermContext
    {
        bool found = false; // the term occurs in the sentence
        bool negated = false;
        bool uncertain = false;
        bool historical = false;
    };
    TermContext contextOf(const QString& sentence, const QString& term) const;
};

} // namespace wcw
