#pragma once
// Internal to the note reader: everything one read() works on, shared by its passes
// (NoteReader.cpp: mentions; NoteAttributes.cpp: cues and attributes; NoteCauses.cpp: causes).
#include "note/NoteEvidence.h"
#include "note/NoteLexicon.h"
#include "note/NoteNegation.h"

namespace wcw::note {

struct TokenRange
{
    int first = 0;
    int last = 0;
};

struct CueAt
{
    TokenRange tokens;
    const Phrase* phrase = nullptr; // null for computed cues (durations)
    int type = -1;                  // CueType
};

struct ReadState
{
    explicit ReadState(const QString& note);

    NoteText text;
    NoteEvidence evidence; // before hits: the constructor fills its section headers first
    Hits hits;
    ContextScanner scanner;
    QList<TokenRange> mentionTokens; // parallel to evidence.mentions
    QList<int> mentionHit;           // core hit index of each mention, -1 for grade tokens
    QList<CueAt> cues;               // parallel to evidence.cues, in note order
    QList<int> clauseBreaks;         // clause breaks (",", "(", ")", dash, ":") before token i

    int clauseDistance(int a, int b) const { return clauseBreaks[b] - clauseBreaks[a]; }
    Mention makeMention(const QString& kind, int first, int last) const;
};

void collectCues(ReadState& s);      // NoteAttributes.cpp
void assignAttributes(ReadState& s); // NoteAttributes.cpp
void collectCauses(ReadState& s);    // NoteCauses.cpp

} // namespace wcw::note
