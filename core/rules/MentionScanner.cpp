#include "rules/MentionScanner.h"

#include "rules/TextWords.h"

namespace wcw::rules {
namespace {

// isRegexWordChar() as a table: the scans ask it for nearly every character of a note.
constexpr std::array<bool, 128> kWord = [] {
    std::array<bool, 128> t{};
    for (char16_t u = 0; u < 128; ++u)
        t[u] = isRegexWordChar(u);
    return t;
}();

} // namespace

// "\G" anchors the pattern where the match is asked to start. (Anchoring per call instead,
// with AnchorAtOffsetMatchOption, makes PCRE leave its JIT code for the slow interpreter.)
MentionScanner::MentionScanner(const QRegularExpression& pattern)
    : m_plain(pattern),
      m_pattern(QStringLiteral("\\G(?:") + pattern.pattern() + u')', pattern.patternOptions())
{
    m_pattern.optimize();
    const QString p = pattern.pattern();
    // A positive lookbehind could hold in a note but not at the start of a probe string.
    m_filter = pattern.isValid() && p.startsWith(QStringLiteral("\\b(?:")) && !p.contains(u"(?<=");
    if (m_filter)
        buildTables();
}

bool MentionScanner::canBegin(const QRegularExpression& anchored, const QString& prefix, qsizetype offset)
{
    const QRegularExpressionMatch m =
        anchored.match(prefix, offset, QRegularExpression::PartialPreferFirstMatch);
    return m.hasMatch() || m.hasPartialMatch();
}

bool MentionScanner::possible(const QString& prefix, qsizetype offset) const
{
    return canBegin(m_pattern, prefix, offset);
}

void MentionScanner::buildTables()
{
    for (auto& row : m_pair)
        row.fill(-1);
    for (char16_t a = 0; a < 128; ++a) {
        if (isRegexWordChar(a))
            continue;
        // At the end of a word \b holds before a non-word character: can an alternative start so?
        for (char16_t w = 0; w < 128 && !m_afterWord[a]; ++w)
            m_afterWord[a] = isRegexWordChar(w) && possible(QString(QChar(w)) + QChar(a), 1);
    }
    for (char16_t a = 0; a < 128; ++a) {
        if (!isRegexWordChar(a) || !possible(QString(QChar(a))))
            continue;
        m_first[a] = true;
        for (char16_t b = 0; b < 128; ++b) {
            const QString two = QString(QChar(a)) + QChar(b);
            if (!possible(two))
                continue;
            std::bitset<128> third;
            for (char16_t c = 0; c < 128; ++c)
                third.set(c, possible(two + QChar(c)));
            m_pair[a][b] = qint16(m_third.size());
            m_third.append(third);
        }
    }
}

bool MentionScanner::mayStartAt(QStringView text, qsizetype at) const
{
    if (!m_filter)
        return true;
    const char16_t c = text[at].unicode();
    const char16_t before = at > 0 ? text[at - 1].unicode() : u' ';
    if (c >= 0x80 || before >= 0x80)
        return true; // PCRE's caseless matching folds some non-ASCII letters onto ASCII ones
    if (!isRegexWordChar(c))
        return isRegexWordChar(before) && m_afterWord[c];
    if (isRegexWordChar(before))
        return false; // inside a word: no word boundary
    return m_first[c] && secondAndThirdFit(text, at);
}

// The pair and third-character tables at a word start whose first character can begin a match.
bool MentionScanner::secondAndThirdFit(QStringView text, qsizetype at) const
{
    if (at + 1 >= text.size() || text[at + 1].unicode() >= 0x80)
        return true;
    const qint16 row = m_pair[text[at].unicode()][text[at + 1].unicode()];
    if (row < 0)
        return false;
    if (at + 2 >= text.size() || text[at + 2].unicode() >= 0x80)
        return true;
    return m_third[row].test(text[at + 2].unicode());
}

// At an ASCII word character that starts a word (the first three characters already passed the
// tables). The probe starts the subject, as the word start does for \b; the pattern has no
// lookbehind (m_filter), so nothing before the word start matters. Takes the memo's lock.
bool MentionScanner::mayContinue(QStringView text, qsizetype at) const
{
    // The key is the ASCII prefix itself, up to kMemoDepth characters, with its length: one
    // look-up answers for every depth.
    quint64 key = 0;
    qsizetype len = 0;
    for (; len < kMemoDepth && at + len < text.size(); ++len) {
        const char16_t c = text[at + len].unicode();
        if (c >= 0x80)
            break; // caseless matching folds some non-ASCII letters onto ASCII ones: stop here
        key = (key << 7) | c;
    }
    if (len <= 3)
        return true; // the tables have judged these; the pattern judges the rest
    key |= quint64(len) << 56;
    const QMutexLocker locked(&m_memo->lock);
    auto it = m_memo->viable.constFind(key);
    if (it == m_memo->viable.cend()) {
        if (m_memo->viable.size() >= (1 << 16))
            m_memo->viable.clear(); // bounded: a long session meets many words once
        bool viable = true;
        for (qsizetype k = 4; k <= len && viable; ++k)
            viable = possible(text.mid(at, k).toString());
        it = m_memo->viable.insert(key, viable);
    }
    return it.value();
}

// Runs the anchored pattern at `at`; on a match appends it and returns true.
bool MentionScanner::tryAt(const QString& text, qsizetype at, QList<PatternMatch>* out) const
{
    const QRegularExpressionMatch m = m_pattern.match(text, at, QRegularExpression::NormalMatch,
                                                      QRegularExpression::DontCheckSubjectStringMatchOption);
    if (!m.hasMatch())
        return false;
    out->append({m.lastCapturedIndex(), int(m.capturedStart(0)), int(m.capturedEnd(0))});
    return true;
}

// mayStartAt() for every position of an ASCII text, a word at a time: the pattern starts with
// \b, so inside a word (a word character before and at the position) nothing can start, and the
// rest of a word costs one table look-up per character.
QList<PatternMatch> MentionScanner::scanAscii(const QString& text) const
{
    QList<PatternMatch> out;
    const char16_t* d = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    const auto matchAt = [&](qsizetype at) {
        if (!tryAt(text, at, &out))
            return at + 1;
        return std::max<qsizetype>(at + 1, out.last().end); // the next match starts where this one ends
    };
    for (qsizetype at = 0; at < n;) {
        const char16_t c = d[at];
        const bool afterWord = at > 0 && kWord[d[at - 1]];
        if (!kWord[c]) {
            // Only an alternative that starts with this punctuation can begin here, after a word.
            at = afterWord && m_afterWord[c] ? matchAt(at) : at + 1;
            continue;
        }
        if (!afterWord && m_first[c] && secondAndThirdFit(text, at) && mayContinue(text, at)) {
            at = matchAt(at); // without a match the next position is inside the word
            continue;
        }
        ++at;
        while (at < n && kWord[d[at]])
            ++at;
    }
    return out;
}

QList<PatternMatch> MentionScanner::scan(const QString& text, TextKind kind) const
{
    if (m_filter && kind == TextKind::Ascii)
        return scanAscii(text);
    QList<PatternMatch> out;
    // PCRE validates the UTF-16 of the subject on every call; once per note is enough. A note
    // that is not valid UTF-16 gets exactly what a global match gives it (PCRE refuses it).
    if (kind == TextKind::InvalidUtf16) {
        auto it = m_plain.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out.append({m.lastCapturedIndex(), int(m.capturedStart(0)), int(m.capturedEnd(0))});
        }
        return out;
    }
    const char16_t* d = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    char16_t before = u' ';
    for (qsizetype at = 0; at < n; before = d[at], ++at) {
        // The ASCII case of mayStartAt() inline: most characters are inside a word or a blank.
        const char16_t c = d[at];
        if (m_filter && (c | before) < 0x80 &&
            (kWord[c] ? kWord[before] || !m_first[c] : !(kWord[before] && m_afterWord[c])))
            continue;
        if (!mayStartAt(text, at))
            continue;
        if (m_filter && c < 0x80 && kWord[c] && before < 0x80 && !mayContinue(text, at))
            continue;
        if (tryAt(text, at, &out))
            at = std::max<qsizetype>(at, out.last().end - 1); // the next match starts where this one ends
    }
    return out;
}

} // namespace wcw::rules
