#pragma once
// Short cue phrases ("denies", "neg for", "r/o", "?") found case-insensitively on word
// boundaries, in one pass over the text: each position is looked up by its case-folded first
// character, so only the few phrases starting with that character are compared. The rules ask
// this several times per mention; a search per phrase (or a regex per cue) cost more than the
// whole rule set.
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>

namespace wcw::rules {

class CueList
{
public:
    CueList() = default;
    explicit CueList(const QStringList& phrases);

    // End offset of the cue that ends last in text, or -1.
    qsizetype lastEnd(QStringView text) const;
    bool occursIn(QStringView text) const { return firstStart(text, 0) >= 0; }
    // Start of the first cue at or after `from`, -1 when none; *end receives its end. When two
    // cues start at the same offset, the one listed first wins.
    qsizetype firstStart(QStringView text, qsizetype from, qsizetype* end = nullptr) const;

private:
    // Length of the cue of index `phrase` when it occurs at `at` on word boundaries, else 0.
    qsizetype lengthAt(QStringView text, qsizetype at, int phrase) const;
    const QList<int>& startingWith(QChar c) const;
    qsizetype nextCandidate(QStringView text, qsizetype at) const;
    // Quick test before folding: can a cue start with this character?
    bool mayStartWith(char16_t u) const { return u >= 0x80 || m_startsCue[u]; }

    QStringList m_phrases;               // case-folded
    std::array<QList<int>, 128> m_ascii; // phrase indexes by folded first character, in list order
    QList<int> m_other;                  // phrases starting with a non-ASCII character
    std::array<bool, 128> m_startsCue{}; // by ASCII character as written (before folding)
};

} // namespace wcw::rules
