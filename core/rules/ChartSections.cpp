// The sections of a ChartReading: header lines ("A/P:") and diagnostic statements inside a line
// ("Referral dx: ..."), found without running their patterns over every position of the note.
#include "rules/ChartSections.h"

#include "rules/ChartReading.h"
#include "rules/MentionScanner.h"
#include "rules/TextWords.h"

#include <QRegularExpression>
#include <array>
#include <optional>

namespace wcw::rules {
namespace {

// The words that head a section line ("A/P:"), lower case, in the order the header pattern tries
// them: the first that blanks and a colon follow names the section (so "A/P:" is not "A", and
// "assessment and plan" is tried before "assessment").
struct HeaderWord
{
    QLatin1StringView word;
    NoteSection section;
};
constexpr HeaderWord kHeaderWords[] = {
    {QLatin1StringView("cc"), NoteSection::ChiefComplaint},
    {QLatin1StringView("chief complaint"), NoteSection::ChiefComplaint},
    {QLatin1StringView("hpi"), NoteSection::Hpi},
    {QLatin1StringView("s"), NoteSection::Hpi},
    {QLatin1StringView("o"), NoteSection::Exam},
    {QLatin1StringView("a"), NoteSection::Assessment},
    {QLatin1StringView("p"), NoteSection::Plan},
    {QLatin1StringView("a/p"), NoteSection::Assessment},
    {QLatin1StringView("a&p"), NoteSection::Assessment},
    {QLatin1StringView("ros"), NoteSection::Ros},
    {QLatin1StringView("review of systems"), NoteSection::Ros},
    {QLatin1StringView("pe"), NoteSection::Exam},
    {QLatin1StringView("exam"), NoteSection::Exam},
    {QLatin1StringView("physical exam"), NoteSection::Exam},
    {QLatin1StringView("assessment and plan"), NoteSection::Assessment},
    {QLatin1StringView("assessment/plan"), NoteSection::Assessment},
    {QLatin1StringView("assessment"), NoteSection::Assessment},
    {QLatin1StringView("impression"), NoteSection::Assessment},
    {QLatin1StringView("imp"), NoteSection::Assessment},
    {QLatin1StringView("plan"), NoteSection::Plan},
    {QLatin1StringView("pmh"), NoteSection::History},
    {QLatin1StringView("psh"), NoteSection::History},
    {QLatin1StringView("past medical history"), NoteSection::History},
    {QLatin1StringView("discharge dx"), NoteSection::Assessment},
    {QLatin1StringView("discharge diagnoses"), NoteSection::Assessment},
    {QLatin1StringView("discharge diagnosis"), NoteSection::Assessment},
    {QLatin1StringView("referral dx"), NoteSection::Assessment},
    {QLatin1StringView("dx"), NoteSection::Assessment},
    {QLatin1StringView("addendum"), NoteSection::Addendum},
};

// The same words as a pattern, for notes that are not ASCII: PCRE's caseless Unicode matching
// knows letters the plain comparison does not (the long s matches "s").
const QRegularExpression& lineHeader()
{
    static const QRegularExpression re = [] {
        QStringList words;
        for (const HeaderWord& h : kHeaderWords)
            words.append(QRegularExpression::escape(QString(h.word)));
        return QRegularExpression(
            QStringLiteral("^[ \\t]*(") + words.join(u'|') + QStringLiteral(")[ \\t]*:"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    }();
    return re;
}

// Diagnostic statements that sit inside a line ("PT initial evaluation. Referral dx: ..."):
// one of these words, then a colon.
const QStringList& inlineStatementWords()
{
    static const QStringList words{QStringLiteral("referral dx"), QStringLiteral("discharge dx"),
                                   QStringLiteral("dx"), QStringLiteral("imp"), QStringLiteral("assessment")};
    return words;
}

const QRegularExpression& inlineStatement()
{
    static const QRegularExpression re(QStringLiteral("\\b(?:") + inlineStatementWords().join(u'|') +
                                           QStringLiteral(")[ \\t]*:"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    if (u > 0x0d && u < 0x85)
        return false; // the common case first
    return u == u'\n' || u == u'\r' || u == 0x0b || u == 0x0c || u == 0x85 || u == 0x2028 || u == 0x2029;
}

const QRegularExpression& anchoredLineHeader()
{
    static const QRegularExpression anchored = [] {
        QRegularExpression re(QStringLiteral("\\G(?:") + lineHeader().pattern() + u')',
                              lineHeader().patternOptions());
        re.optimize();
        return re;
    }();
    return anchored;
}

// Which two ASCII characters can open a header line, asked of the pattern itself by partial
// matching once per process: most lines of a note ("Medications ...", "1. ...") cannot, and are
// then not handed to PCRE at all.
struct LineOpenings
{
    std::array<std::array<bool, 128>, 128> pair{};

    LineOpenings()
    {
        const QRegularExpression& re = anchoredLineHeader();
        const auto possible = [&re](const QString& prefix) { return MentionScanner::canBegin(re, prefix); };
        const bool judgeable = !re.pattern().contains(u"(?<=");
        for (char16_t a = 0; a < 128; ++a) {
            if (judgeable && !possible(QString(QChar(a))))
                continue;
            for (char16_t b = 0; b < 128; ++b)
                pair[a][b] = !judgeable || possible(QString(QChar(a)) + QChar(b));
        }
    }
    bool mayOpen(QStringView note, qsizetype at) const
    {
        if (at + 1 >= note.size() || note[at].unicode() >= 0x80 || note[at + 1].unicode() >= 0x80)
            return true;
        return pair[note[at].unicode()][note[at + 1].unicode()];
    }
};

const MentionScanner& inlineStatements()
{
    static const MentionScanner scanner(inlineStatement());
    return scanner;
}

// The header word at a line start of an ASCII note, as the pattern finds it: blanks, then the
// first word of kHeaderWords (caseless) that blanks and a colon follow.
std::optional<NoteSection> plainHeaderAt(QStringView note, qsizetype at)
{
    const auto blank = [](char16_t c) { return c == u' ' || c == u'\t'; };
    const char16_t* d = note.utf16();
    const qsizetype n = note.size();
    while (at < n && blank(d[at]))
        ++at;
    if (at >= n)
        return std::nullopt;
    const char16_t first = asciiLower(d[at]);
    for (const HeaderWord& h : kHeaderWords) {
        const qsizetype len = h.word.size();
        if (h.word[0].unicode() != first || at + len >= n) // the colon must follow
            continue;
        bool same = true;
        for (qsizetype k = 0; k < len && same; ++k) {
            same = asciiLower(d[at + k]) == char16_t(h.word[k].unicode());
        }
        if (!same)
            continue;
        qsizetype end = at + len;
        while (end < n && blank(d[end]))
            ++end;
        if (end < n && d[end] == u':')
            return h.section;
    }
    return std::nullopt;
}

} // namespace

const QRegularExpression& headerLinePattern()
{
    return lineHeader();
}

// The section a captured header word names. Lower-cased, then compared exactly (as always):
// a word PCRE matched through Unicode case folding ("ro\u017F") names no section of its own.
NoteSection headerSection(QStringView word)
{
    const QString lower = word.toString().toLower();
    for (const HeaderWord& h : kHeaderWords) {
        if (lower == h.word)
            return h.section;
    }
    return NoteSection::Assessment; // A, A/P, assessment, impression, dx lines
}

// Header lines ("A/P:") with their section. For an ASCII note the words are compared at each
// line start (PCRE's ^ in multiline mode: the start and after each LF, see the tests); other
// notes get the pattern, tried only where a line starts, anchored with \G: the matches of a
// global match without PCRE trying every position. (There every character PCRE may count as a
// line break starts a line; the pattern's own ^ has the last word.)
QList<QPair<int, NoteSection>> headerLines(const QString& note, TextKind kind)
{
    QList<QPair<int, NoteSection>> out;
    if (kind == TextKind::Ascii) {
        for (qsizetype at = 0; at >= 0 && at < note.size();) {
            if (const auto section = plainHeaderAt(note, at))
                out.append({int(at), *section});
            at = note.indexOf(u'\n', at);
            at = at < 0 ? at : at + 1;
        }
        return out;
    }
    if (kind == TextKind::InvalidUtf16) { // PCRE refuses it; keep exactly what it did
        auto it = lineHeader().globalMatch(note);
        while (it.hasNext()) {
            const auto m = it.next();
            out.append({int(m.capturedStart(0)), headerSection(m.capturedView(1))});
        }
        return out;
    }
    static const LineOpenings openings;
    qsizetype at = 0;
    while (at < note.size()) {
        if (openings.mayOpen(note, at)) {
            const auto m = anchoredLineHeader().match(note, at, QRegularExpression::NormalMatch,
                                                      QRegularExpression::DontCheckSubjectStringMatchOption);
            if (m.hasMatch())
                out.append({int(m.capturedStart(0)), headerSection(m.capturedView(1))});
        }
        while (at < note.size() && !isLineBreak(note.at(at)))
            ++at;
        ++at;
    }
    return out;
}

void ChartReading::readSections()
{
    m_sections.append({0, NoteSection::Unknown});
    m_sections += headerLines(m_note, m_textKind);
    QList<int> inlineStarts;
    if (m_textKind == TextKind::Ascii) {
        phraseColonStartsAscii(m_note, inlineStatementWords(), &inlineStarts);
    } else {
        for (const PatternMatch& m : inlineStatements().scan(m_note, m_textKind))
            inlineStarts.append(m.start);
    }
    for (const int start : std::as_const(inlineStarts)) {
        const int lineEnd = m_note.indexOf(u'\n', start);
        m_sections.append({start, NoteSection::Assessment});
        // A statement inside a line ends with that line; the section in force before it resumes.
        if (lineEnd > 0)
            m_sections.append({lineEnd, sectionAt(start - 1)});
    }
    std::stable_sort(m_sections.begin(), m_sections.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& s : std::as_const(m_sections))
        m_hasAssessment = m_hasAssessment || s.second == NoteSection::Assessment;
}

NoteSection ChartReading::sectionAt(int pos) const
{
    NoteSection s = NoteSection::Unknown;
    for (const auto& b : m_sections) {
        if (b.first > pos)
            break;
        s = b.second;
    }
    return s;
}

} // namespace wcw::rules
