#pragma once
// A small pattern that is an alternation of literal words, some wanting a word boundary (\b)
// before or after, asked only whether it occurs: "left side?", "sequela wording?". On an ASCII
// text the words are compared directly (PCRE, unanchored, tries every alternative at every
// position of a 1-2 KB note); on any other text the regex built from the same words is asked,
// since PCRE's caseless Unicode matching knows letters the plain comparison does not.
#include "rules/TextWords.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <array>

namespace wcw::rules {

class LiteralPattern
{
public:
    struct Word
    {
        QString text;                // lower-case ASCII
        bool boundaryBefore = false; // \b before the word
        bool boundaryAfter = false;  // \b after it
    };
    explicit LiteralPattern(const QList<Word>& words);

    // Whether any word occurs (caseless) with its boundaries; `kind` is textKind() of `text`.
    bool occursIn(QStringView text, TextKind kind) const;
    // The same words as one caseless regex: \b?word\b? | ... (what other texts are asked with).
    const QRegularExpression& pattern() const { return m_pattern; }

private:
    bool at(QStringView text, qsizetype pos, const Word& w) const;

    QList<Word> m_words;
    std::array<QList<int>, 128> m_byFirst; // word indexes by first character
    std::array<bool, 128> m_starts{};      // whether any word starts with the character
    QRegularExpression m_pattern;
};

} // namespace wcw::rules
