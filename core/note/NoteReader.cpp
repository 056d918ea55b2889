#include "note/NoteReader.h"

#include "note/NoteReadState.h"
#include "note/NoteSections.h"

namespace wcw {

namespace note {

namespace {

bool isClauseBreak(const NoteText& t, int i)
{
    return t.isPunct(i, u',') || t.isPunct(i, u'(') || t.isPunct(i, u')') || t.isPunct(i, u'-') ||
           t.isPunct(i, u':') || t.isPunct(i, u';');
}

} // namespace

ReadState::ReadState(const QString& note)
    : text(note), hits((assignSections(text, &evidence.sections), Lexicon::instance().match(text))),
      scanner(text, hits.core)
{
    clauseBreaks.resize(text.size() + 1);
    int n = 0;
    for (int i = 0; i < text.size(); ++i) {
        clauseBreaks[i] = n;
        if (isClauseBreak(text, i))
            ++n;
    }
    clauseBreaks[text.size()] = n;
}

Mention ReadState::makeMention(const QString& kind, int first, int last) const
{
    Mention m;
    m.kind = kind;
    m.span = text.span(first, last);
    m.section = text.sectionOf(first);
    m.sentence = text.token(first).sentence;
    const Context c = scanner.at(first, last);
    m.negated = c.negated;
    m.uncertain = c.uncertain;
    // A past-history section holds history, except a deficit written as residual or current.
    m.historical = (c.historical || m.section == NoteSection::History) && !c.current;
    if (c.residual)
        m.attributes.insert(QStringLiteral("residual"), QStringLiteral("true"));
    return m;
}

namespace {

void addMention(ReadState& s, const QString& kind, int first, int last, int hit)
{
    s.evidence.mentions.append(s.makeMention(kind, first, last));
    s.mentionTokens.append({first, last});
    s.mentionHit.append(hit);
}

void addGrade(ReadState& s, int first, int last, int hit, const QString& grade, bool reduced)
{
    addMention(s, QStringLiteral("strength-grade"), first, last, hit);
    Mention& m = s.evidence.mentions.last();
    if (!grade.isEmpty())
        m.attributes.insert(QStringLiteral("grade"), grade);
    m.attributes.insert(QStringLiteral("reduced"),
                        reduced ? QStringLiteral("true") : QStringLiteral("false"));
}

void addDiagnosis(ReadState& s, const Hit& hit)
{
    Mention d = s.makeMention(hit.phrase->value, hit.first, hit.last);
    if (hit.phrase->type == u"cause")
        d.attributes.insert(QStringLiteral("weakness-cause"), QStringLiteral("true"));
    if (d.kind == u"stroke" && !d.negated &&
        (d.historical || d.attributes.contains(QStringLiteral("residual"))))
        d.attributes.insert(QStringLiteral("sequela"), QStringLiteral("true"));
    s.evidence.diagnoses.append(d);
}

void readHit(ReadState& s, int h)
{
    const Hit& hit = s.hits.core[h];
    const quint32 roles = hit.phrase->roles;
    if (roles & Concept) {
        if (hit.phrase->value == u"strength-normal")
            addGrade(s, hit.first, hit.last, h, QStringLiteral("5"), false);
        else if (hit.phrase->value == u"strength-reduced")
            addGrade(s, hit.first, hit.last, h, QString(), true);
        else
            addMention(s, hit.phrase->value, hit.first, hit.last, h);
    } else if (roles & Diagnosis) {
        addDiagnosis(s, hit);
    } else if (roles & EtiologyUnknown) {
        if (!s.scanner.at(hit.first, hit.last).negated)
            s.evidence.etiologyUnknown.append(s.text.span(hit.first, hit.last));
    } else if ((roles & Handedness) && s.evidence.handedness.isEmpty()) {
        s.evidence.handedness = hit.phrase->value;
        s.evidence.handednessSpan = s.text.span(hit.first, hit.last);
    }
}

// Mentions in note order: lexicon hits and strength grades ("4-/5") interleaved.
void collectMentions(ReadState& s)
{
    int h = 0;
    const int hitCount = int(s.hits.core.size());
    for (int i = 0; i < s.text.size(); ++i) {
        while (h < hitCount && s.hits.core[h].first <= i) {
            if (s.hits.core[h].first == i)
                readHit(s, h);
            ++h;
        }
        if (s.text.token(i).kind == TokenKind::Number && s.text.isGrade(i)) {
            const QStringView w = s.text.word(i);
            const QStringView grade = w.left(w.size() - 2);
            addGrade(s, i, i + 1, -1, grade.toString(), grade != u"5");
        }
    }
}

} // namespace

} // namespace note

NoteEvidence NoteReader::read(const QString& note) const
{
    note::ReadState s(note);
    note::collectMentions(s);
    note::collectCues(s);
    note::collectCauses(s);
    note::assignAttributes(s);
    return std::move(s.evidence);
}

namespace {

bool boundaryAt(const QString& s, int i)
{
    return i <= 0 || i >= s.size() || !s.at(i - 1).isLetterOrNumber() || !s.at(i).isLetterOrNumber();
}

} // namespace

NoteReader::TermContext NoteReader::contextOf(const QString& sentence, const QString& term) const
{
    TermContext out;
    const QString needle = term.trimmed();
    if (needle.isEmpty())
        return out;
    // The occurrence spelled exactly as the term wins ("BK Virus Plasma ... BK VIRUS is negative":
    // annotated corpora mark the phrase they mean in upper case); otherwise the first whole word.
    int from = -1;
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (int at = sentence.indexOf(needle, 0, cs); at >= 0; at = sentence.indexOf(needle, at + 1, cs)) {
            if (boundaryAt(sentence, at) && boundaryAt(sentence, at + int(needle.size()))) {
                from = at;
                break;
            }
        }
        if (from >= 0)
            break;
    }
    if (from < 0)
        from =
            int(sentence.indexOf(needle, 0, Qt::CaseInsensitive)); // inside a word: still better than nothing
    if (from < 0)
        return out;
    note::ReadState s(sentence);
    const auto [first, last] = s.text.tokensIn(from, from + int(needle.size()));
    if (first < 0)
        return out;
    const note::Context c = s.scanner.at(first, last);
    out.found = true;
    out.negated = c.negated;
    out.uncertain = c.uncertain;
    out.historical = c.historical && !c.current;
    return out;
}

} // namespace wcw
