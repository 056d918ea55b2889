#include "rules/CueList.h"

#include "rules/TextWords.h"

namespace wcw::rules {
namespace {

// Case folding as QString::indexOf(..., Qt::CaseInsensitive) does it, with an ASCII fast path.
QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? QChar(asciiLower(u)) : c.toCaseFolded();
}

// A cue's word boundary is QChar::isLetterOrNumber (no underscore, unlike the regexes' \w);
// for ASCII as a table, since the scans ask it for nearly every character.
constexpr std::array<bool, 128> kAsciiWord = [] {
    std::array<bool, 128> t{};
    for (char16_t u = 0; u < 128; ++u)
        t[u] = u != u'_' && isRegexWordChar(u);
    return t;
}();

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? kAsciiWord[u] : c.isLetterOrNumber();
}

} // namespace

CueList::CueList(const QStringList& phrases)
{
    for (const QString& p : phrases) {
        if (p.isEmpty())
            continue;
        QString folded(p.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < p.size(); ++i)
            folded[i] = fold(p.at(i));
        const int index = int(m_phrases.size());
        m_phrases.append(folded);
        const char16_t first = folded.at(0).unicode();
        (first < 0x80 ? m_ascii[first] : m_other).append(index);
    }
    for (char16_t u = 0; u < 128; ++u)
        m_startsCue[u] = !m_ascii[fold(QChar(u)).unicode()].isEmpty();
}

const QList<int>& CueList::startingWith(QChar c) const
{
    const QChar f = fold(c);
    return f.unicode() < 0x80 ? m_ascii[f.unicode()] : m_other;
}

qsizetype CueList::lengthAt(QStringView text, qsizetype at, int phrase) const
{
    const QString& p = m_phrases[phrase];
    const qsizetype end = at + p.size();
    if (end > text.size())
        return 0;
    for (qsizetype k = 0; k < p.size(); ++k) {
        if (fold(text[at + k]) != p[k])
            return 0;
    }
    // A cue that starts (ends) with a letter or digit must not continue a word ("no" in "know").
    if (isWordChar(text[at]) && at > 0 && isWordChar(text[at - 1]))
        return 0;
    if (isWordChar(text[end - 1]) && end < text.size() && isWordChar(text[end]))
        return 0;
    return p.size();
}

// The first position from `at` whose character can start a cue and which is not inside a word
// when that character is a letter or digit (lengthAt() would refuse a cue there after comparing
// it: most positions whose character starts some cue, "p", "s", "r", are inside words). One pass
// that carries whether the previous character was a word character.
qsizetype CueList::nextCandidate(QStringView text, qsizetype at) const
{
    const char16_t* d = text.utf16();
    const qsizetype n = text.size();
    bool afterWord = at > 0 && at <= n && isWordChar(text[at - 1]);
    for (; at < n; ++at) {
        const char16_t u = d[at];
        const bool word = u < 0x80 ? kAsciiWord[u] : isWordChar(QChar(u));
        if (mayStartWith(u) && !(word && afterWord))
            return at;
        afterWord = word;
    }
    return n;
}

qsizetype CueList::firstStart(QStringView text, qsizetype from, qsizetype* end) const
{
    for (qsizetype at = nextCandidate(text, std::max<qsizetype>(from, 0)); at < text.size();
         at = nextCandidate(text, at + 1)) {
        for (int phrase : startingWith(text[at])) {
            if (const qsizetype n = lengthAt(text, at, phrase)) {
                if (end)
                    *end = at + n;
                return at;
            }
        }
    }
    if (end)
        *end = -1;
    return -1;
}

qsizetype CueList::lastEnd(QStringView text) const
{
    qsizetype best = -1;
    for (qsizetype at = nextCandidate(text, 0); at < text.size(); at = nextCandidate(text, at + 1)) {
        for (int phrase : startingWith(text[at])) {
            if (const qsizetype n = lengthAt(text, at, phrase))
                best = std::max(best, at + n);
        }
    }
    return best;
}

} // namespace wcw::rules
