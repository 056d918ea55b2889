#pragma once
// NegEx/ConText-style context of a phrase: negated, uncertain, historical. A trigger before the
// phrase opens a scope that runs forward to the end of the sentence, a scope terminator ("but",
// "however", "due to"), a clause dash or a colon; a trigger after the phrase ("ruled out",
// "resolved") reaches back a few words. Pseudo-triggers ("no change", "gram negative") are
// matched as longer phrases and so never act as triggers.
#include "note/NoteLexicon.h"

namespace wcw::note {

struct Context
{
    bool negated = false;
    bool uncertain = false;
    bool historical = false;
    bool current = false;  // "residual", "now", "today" cut a history scope: a current finding
    bool residual = false; // ... and it was "residual": a current deficit left by an old event
};

class ContextScanner
{
public:
    ContextScanner(const NoteText& text, const QList<Hit>& coreHits);
    // Context of tokens [first, last).
    Context at(int first, int last) const;
    // Index into coreHits of the hit covering token i, or -1.
    int hitAt(int i) const { return m_hitAt[i]; }

    static constexpr int kNegationWindow = 12; // words between a pre-trigger and the phrase
    static constexpr int kUncertaintyWindow = 8;
    static constexpr int kHistoryWindow = 8;
    static constexpr int kPostWindow = 5; // words between the phrase and a post-trigger
    static constexpr int kHistoryPostWindow = 3;

private:
    void scanBack(int first, Context* c) const;
    void scanForward(int last, Context* c) const;
    bool endsPreTrigger(int tokenIndex) const;
    bool isRecentWindow(const Hit& hit) const;
    bool isAlsoPre(const Hit& hit) const;
    bool endsClause(int tokenIndex, int sentenceEnd) const;
    int openingParen(int closeIndex, int sentenceStart) const;
    bool startsNewClause(int tokenIndex, int phraseFirst) const;

    const NoteText& m_text;
    const QList<Hit>& m_hits;
    QList<int> m_hitAt;
};

} // namespace wcw::note
