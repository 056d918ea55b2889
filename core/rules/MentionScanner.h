#pragma once
// Finds exactly the matches a global match of the lexicon's mention pattern finds, but runs the
// pattern only where a match can start. The pattern is one big case-insensitive alternation
// anchored on a word boundary; PCRE tries every alternative at every word start, which made it
// half of the time of a whole check. Here a table built once from the pattern itself (by partial
// matching every one-, two- and three-character prefix) says which word starts can begin a
// match, and the pattern is tried, anchored, only there. No words are repeated outside
// resources/rules/lexicon.json: the table follows whatever the patterns say.
#include "rules/TextWords.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <array>
#include <bitset>
#include <memory>

namespace wcw::rules {

struct PatternMatch
{
    int group = 0; // the last capturing group that took part (Lexicon::kinds().at(group - 1))
    int start = 0;
    int end = 0;
};

class MentionScanner
{
public:
    MentionScanner() = default;
    // `pattern` must start with "\b(?:" (every match starts a word); otherwise, or when the
    // pattern has a lookbehind that a prefix cannot judge, every position is tried.
    explicit MentionScanner(const QRegularExpression& pattern);

    // Non-overlapping matches, leftmost first, as QRegularExpression::globalMatch returns them.
    QList<PatternMatch> scan(const QString& text) const { return scan(text, textKind(text)); }
    // The same, for a text whose kind the caller has found already.
    QList<PatternMatch> scan(const QString& text, TextKind kind) const;
    // Whether a match may start at `at` (exposed for tests: never false where one does).
    bool mayStartAt(QStringView text, qsizetype at) const;
    // Could a match of `anchored` (a pattern starting with \G) begin with `prefix` read from
    // `offset`? A hard partial match reports a match that ran out of text. The tables are built
    // from this; so are other "which characters can open it" tables (ChartSections).
    static bool canBegin(const QRegularExpression& anchored, const QString& prefix, qsizetype offset = 0);

private:
    bool possible(const QString& prefix, qsizetype offset = 0) const;
    void buildTables();
    // Past the tables: can a match start with the next few characters at a word start?
    bool secondAndThirdFit(QStringView text, qsizetype at) const;
    bool mayContinue(QStringView text, qsizetype at) const;
    // The scan of an ASCII text, with the tables looked up inline.
    QList<PatternMatch> scanAscii(const QString& text) const;
    bool tryAt(const QString& text, qsizetype at, QList<PatternMatch>* out) const;

    // Deeper prefixes (4 to kMemoDepth ASCII characters at a word start), judged like the table
    // entries but on first sight, and remembered. Most word starts that the tables let through
    // ("with", "neg ", "normal") fail a few characters later; a note repeats them, a queue more so.
    static constexpr int kMemoDepth = 8;
    struct PrefixMemo
    {
        QMutex lock; // one scanner serves every thread (the GUI checks on a worker)
        QHash<quint64, bool> viable;
    };

    QRegularExpression m_plain;   // the pattern as given
    QRegularExpression m_pattern; // anchored with \G where the match is asked to start
    bool m_filter = false;
    std::array<bool, 128> m_first{};     // ASCII characters that can start a match
    std::array<bool, 128> m_afterWord{}; // ASCII non-word characters that can start one after a word
    std::array<std::array<qint16, 128>, 128> m_pair{}; // -1: no match starts so; else a row of m_third
    QList<std::bitset<128>> m_third;                   // by pair: ASCII third characters that can follow
    std::shared_ptr<PrefixMemo> m_memo = std::make_shared<PrefixMemo>();
};

} // namespace wcw::rules
