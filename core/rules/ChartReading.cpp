#include "rules/ChartReading.h"

#include "rules/ChartWords.h"
#include "rules/Lexicon.h"
#include "rules/TextWords.h"

namespace wcw::rules {
namespace {

int gradeOf(const QString& quote)
{
    return quote.isEmpty() ? -1 : quote.at(0).digitValue();
}

} // namespace

// Static lists: the facts ask this for every mention and family.
QStringList ChartReading::familyKinds(const QString& family)
{
    static const QStringList weakness{QStringLiteral("weakness"),        QStringLiteral("muscle-weakness"),
                                      QStringLiteral("hemiparesis"),     QStringLiteral("limb-weakness"),
                                      QStringLiteral("facial-weakness"), QStringLiteral("icu-weakness")};
    static const QStringList fatigue{QStringLiteral("fatigue"), QStringLiteral("neoplastic-fatigue")};
    static const QStringList malaise{QStringLiteral("malaise")};
    if (family == u"weakness")
        return weakness;
    if (family == u"fatigue")
        return fatigue;
    if (family == u"malaise")
        return malaise;
    return {family};
}

ChartReading::ChartReading(const QString& note) : m_note(note), m_textKind(rules::textKind(note))
{
    readSections();
    readMentions();
    deriveFacts();
}

// A clause ends at a line break, ';', ':', a sentence '.', or a spaced dash ("weakness - no atrophy").
int ChartReading::clauseStart(int pos) const
{
    for (int i = pos - 1; i >= 0; --i) {
        const QChar c = m_note.at(i);
        if (c == u'\n' || c == u';' || c == u':')
            return i + 1;
        if (c == u'.' && i + 1 < m_note.size() && m_note.at(i + 1).isSpace())
            return i + 1;
        if (c == u'-' && i > 0 && m_note.at(i - 1) == u' ' && i + 1 < m_note.size() &&
            m_note.at(i + 1) == u' ')
            return i + 1;
    }
    return 0;
}

int ChartReading::clauseEnd(int pos) const
{
    for (int i = pos; i < m_note.size(); ++i) {
        const QChar c = m_note.at(i);
        if (c == u'\n' || c == u';' || c == u':')
            return i;
        if (c == u'.' && (i + 1 >= m_note.size() || m_note.at(i + 1).isSpace()))
            return i;
        if (c == u'-' && i > 0 && m_note.at(i - 1) == u' ' && i + 1 < m_note.size() &&
            m_note.at(i + 1) == u' ')
            return i;
    }
    return int(m_note.size());
}

EvidenceSpan ChartReading::clauseOf(const EvidenceSpan& span) const
{
    int start = clauseStart(span.start);
    int end = clauseEnd(span.end);
    // Within a comma list keep the item that holds the span ("R hand grip 3/5, R wrist ext 3/5").
    const int comma = int(m_note.lastIndexOf(u',', span.start));
    if (comma >= start)
        start = comma + 1;
    const int next = int(m_note.indexOf(u',', span.end));
    if (next >= 0 && next < end)
        end = next;
    while (start < end && m_note.at(start).isSpace())
        ++start;
    while (end > start && m_note.at(end - 1).isSpace())
        --end;
    return {m_note.mid(start, end - start), start, end};
}

QString ChartReading::sideNear(int start, int end) const
{
    const QStringView w = QStringView(m_note).mid(start, end - start);
    if (bothSidesWords().occursIn(w, m_textKind))
        return QStringLiteral("bilateral");
    const bool l = leftSideWords().occursIn(w, m_textKind);
    const bool r = rightSideWords().occursIn(w, m_textKind);
    if (l && r)
        return QStringLiteral("bilateral");
    return l ? QStringLiteral("left") : r ? QStringLiteral("right") : QString();
}

void ChartReading::readMentions()
{
    const Lexicon& lex = Lexicon::instance();
    for (const PatternMatch& match : lex.mentionsIn(m_note, m_textKind)) {
        const int group = match.group;
        if (group < 1 || group > lex.kinds().size())
            continue;
        Mention m;
        m.kind = lex.kinds().at(group - 1);
        m.span = {m_note.mid(match.start, match.end - match.start), match.start, match.end};
        m.section = sectionAt(m.span.start);
        const int cs = clauseStart(m.span.start);
        const int ce = clauseEnd(m.span.end);
        const QStringView before = QStringView(m_note).mid(cs, m.span.start - cs);
        const QStringView after = QStringView(m_note).mid(m.span.end, ce - m.span.end);
        // Negated when a cue precedes the term in its clause with no "but"/"except" in between,
        // or the clause says it was ruled out afterwards ("GBS ruled out").
        const qsizetype cueEnd = lex.negationBefore().lastEnd(before);
        if (cueEnd >= 0 && !lex.negationBreak().occursIn(before.mid(cueEnd)))
            m.negated = true;
        if (m.kind.startsWith(u"cause:") && lex.negationAfter().occursIn(after))
            m.negated = true;
        m.uncertain = lex.uncertainBefore().occursIn(before) || lex.uncertainAfter().occursIn(after.left(5));
        m.historical = m.section == NoteSection::History || lex.historicalBefore().occursIn(before);
        if (m.kind == u"strength-grade") {
            const int ws = std::max(cs, int(m_note.lastIndexOf(u',', m.span.start)) + 1);
            int we = int(m_note.indexOf(u',', m.span.end));
            we = (we < 0 || we > ce) ? ce : we;
            m.attributes.insert(QStringLiteral("grade"), QString::number(gradeOf(m.span.quote)));
            m.attributes.insert(QStringLiteral("side"), sideNear(ws, we));
        } else if (m.kind == u"hemiparesis" || m.kind == u"limb-weakness" || m.kind == u"facial-weakness") {
            QString side = sideNear(m.span.start, m.span.end);
            if (side.isEmpty())
                side = sideNear(std::max(cs, m.span.start - 12), m.span.start);
            m.attributes.insert(QStringLiteral("side"), side);
            if (m.kind == u"limb-weakness") {
                m.attributes.insert(QStringLiteral("limb"),
                                    lowerLimbWords().occursIn(m.span.quote, m_textKind)
                                        ? QStringLiteral("lower")
                                        : QStringLiteral("upper"));
            }
        }
        m_mentions.append(m);
    }
}

QList<const Mention*> ChartReading::present(const QString& kind) const
{
    QList<const Mention*> out;
    for (const Mention& m : m_mentions) {
        if (m.kind == kind && !m.negated)
            out.append(&m);
    }
    return out;
}

bool ChartReading::supportsSymptom(const QString& family) const
{
    const QStringList kinds = familyKinds(family);
    for (const Mention& m : m_mentions) {
        if (!m.negated && kinds.contains(m.kind))
            return true;
    }
    return false;
}

QList<EvidenceSpan> ChartReading::negatedEvidence(const QString& family) const
{
    QList<EvidenceSpan> out;
    const QStringList kinds = familyKinds(family);
    for (const Mention& m : m_mentions) {
        if (m.negated && kinds.contains(m.kind))
            out.append(m.span);
    }
    return out;
}

bool ChartReading::inStatement(const Mention& m) const
{
    if (m_hasAssessment)
        return m.section == NoteSection::Assessment;
    return m.section != NoteSection::Ros && m.section != NoteSection::History;
}

bool ChartReading::causeConfirmed(const QString& causeId) const
{
    for (const Cause& c : m_causes) {
        if (c.id == causeId)
            return true;
    }
    return false;
}

QList<QPair<QString, EvidenceSpan>> ChartReading::causesExplaining(const QString& family) const
{
    QList<QPair<QString, EvidenceSpan>> out;
    for (const Cause& c : m_causes) {
        const CauseTerm* term = Lexicon::instance().cause(c.id);
        if (!term || !term->explains.contains(family))
            continue;
        // OCG I.B.5: a routine manifestation of a confirmed dx is not coded; for a sign that is not
        // routinely associated the provider has to link it ("weakness due to ...").
        if (term->routine || (c.attributed && c.attributedFamily == family))
            out.append({c.id, c.span});
    }
    return out;
}

bool ChartReading::uncertainMentionOf(const QString& phrase, EvidenceSpan* span) const
{
    QStringList words;
    const QString lower = lowerText(phrase);
    for (QStringView w : lowerWords(lower, 3)) {
        if (!Lexicon::instance().isStopword(w))
            words.append(w.toString());
    }
    if (words.isEmpty())
        return false;
    // Look at every uncertainty cue and the clause that follows it ("Probable multiple sclerosis").
    for (const auto& [at, end] : uncertainClauses()) {
        const QStringView clause = QStringView(m_note).mid(at, end - at);
        bool all = true;
        for (const QString& w : std::as_const(words))
            all = all && clause.contains(w, Qt::CaseInsensitive);
        if (all) {
            if (span)
                *span = {clause.toString(), at, end};
            return true;
        }
    }
    return false;
}

// The rule asks once per assigned code; the note's cues are found once.
const QList<QPair<int, int>>& ChartReading::uncertainClauses() const
{
    if (m_uncertainClausesRead)
        return m_uncertainClauses;
    m_uncertainClausesRead = true;
    const CueList& cues = Lexicon::instance().uncertainBefore();
    qsizetype cueEnd = 0;
    for (qsizetype at = cues.firstStart(m_note, 0, &cueEnd); at >= 0;
         at = cues.firstStart(m_note, cueEnd, &cueEnd))
        m_uncertainClauses.append({int(at), clauseEnd(int(cueEnd))});
    return m_uncertainClauses;
}

} // namespace wcw::rules
