// The sections of a ChartReading: header lines ("A/P:") and diagnostic statements inside a line
// ("Referral dx: ..."), found without running their patterns over every position of the note.
#include "ChartReading.h"
#include "MentionScanner.h"
#include "TextWords.h"

#include <QRegularExpression>
#include <array>

namespace wcw::rules {
namespace {

const QRegularExpression& lineHeader()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^[ \\t]*(CC|chief complaint|HPI|S|O|A|P|A/P|A&P|ROS|review of systems|PE|exam|physical exam|"
            "assessment(?: and plan|/plan)?|imp(?:ression)?|plan|PMH|PSH|past medical history|"
            "discharge dx|discharge diagnos[ie]s|referral dx|dx|addendum)[ \\t]*:"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
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
        const auto possible = [&re](const QString& prefix) {
            const auto m = re.match(prefix, 0, QRegularExpression::PartialPreferFirstMatch);
            return m.hasMatch() || m.hasPartialMatch();
        };
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

// Header lines ("A/P:") with their header word. The pattern can only match where a line starts,
// so it is tried there, anchored with \G: the matches of a global match over the note without
// PCRE trying every position. (Every character PCRE may count as a line break starts a line
// here; the pattern's own ^ has the last word.)
QList<QPair<int, QString>> headerLines(const QString& note, TextKind kind)
{
    static const LineOpenings openings;
    QList<QPair<int, QString>> out;
    if (kind == TextKind::InvalidUtf16) { // PCRE refuses it; keep exactly what it did
        auto it = lineHeader().globalMatch(note);
        while (it.hasNext()) {
            const auto m = it.next();
            out.append({int(m.capturedStart(0)), m.captured(1)});
        }
        return out;
    }
    qsizetype at = 0;
    while (at < note.size()) {
        if (openings.mayOpen(note, at)) {
            const auto m = anchoredLineHeader().match(note, at, QRegularExpression::NormalMatch,
                                                      QRegularExpression::DontCheckSubjectStringMatchOption);
            if (m.hasMatch())
                out.append({int(m.capturedStart(0)), m.captured(1)});
        }
        while (at < note.size() && !isLineBreak(note.at(at)))
            ++at;
        ++at;
    }
    return out;
}

const MentionScanner& inlineStatements()
{
    static const MentionScanner scanner(inlineStatement());
    return scanner;
}

NoteSection sectionOf(const QString& header)
{
    const QString h = header.toLower();
    if (h == u"cc" || h == u"chief complaint")
        return NoteSection::ChiefComplaint;
    if (h == u"hpi" || h == u"s")
        return NoteSection::Hpi;
    if (h == u"ros" || h == u"review of systems")
        return NoteSection::Ros;
    if (h == u"o" || h == u"pe" || h == u"exam" || h == u"physical exam")
        return NoteSection::Exam;
    if (h == u"p" || h == u"plan")
        return NoteSection::Plan;
    if (h == u"pmh" || h == u"psh" || h == u"past medical history")
        return NoteSection::History;
    if (h == u"addendum")
        return NoteSection::Addendum;
    return NoteSection::Assessment; // A, A/P, assessment, impression, dx lines
}

} // namespace

void ChartReading::readSections()
{
    m_sections.append({0, NoteSection::Unknown});
    for (const auto& [start, header] : headerLines(m_note, m_textKind))
        m_sections.append({start, sectionOf(header)});
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
