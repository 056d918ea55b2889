#include "rules/ChartReading.h"

#include "note/NoteReader.h"
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

ChartReading::ChartReading(const QString& note) : ChartReading(note, NoteReader().read(note)) {}

ChartReading::ChartReading(const QString& note, NoteEvidence evidence)
    : m_note(note), m_textKind(rules::textKind(note)), m_evidence(std::move(evidence))
{
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

namespace {

bool isCauseId(const QString& id)
{
    return Lexicon::instance().cause(id) != nullptr;
}

bool anyWordOf(const QString& text, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* w : words) {
        if (text.contains(QStringView(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Reader A's kinds as the facts name them. Returns an empty kind for a mention no fact reads.
QString factKind(const Mention& m, const NoteEvidence& e, int index)
{
    const QString& k = m.kind;
    const QString term = m.span.quote;
    if (k == u"facial-droop")
        return QStringLiteral("facial-weakness");
    if (k == u"monoparesis")
        return QStringLiteral("limb-weakness");
    if (k == u"frailty")
        return QStringLiteral("debility"); // R54: frailty, senile / age-related debility
    if (k == u"debility")
        return QStringLiteral("deconditioning"); // not R54
    if (k == u"immobility")
        return term.compare(u"complete immobility", Qt::CaseInsensitive) == 0
                   ? QStringLiteral("functional-quadriplegia")
                   : QString();
    if (k == u"fall-risk")
        return QStringLiteral("falls");
    if (k == u"falls")
        return term.compare(u"falls", Qt::CaseInsensitive) == 0 || m.historical ? QStringLiteral("falls")
                                                                                : QString();
    if (k == u"unsteadiness")
        return anyWordOf(term, {u"feet"}) ? QStringLiteral("unsteady") : QString();
    if (k == u"exertion")
        return anyWordOf(term, {u"overexertion", u"over-exertion", u"excessive exertion"})
                   ? QStringLiteral("excessive-exertion")
                   : QStringLiteral("exertion");
    if (k == u"strength-grade")
        return term.contains(u"/5") ? k : QString();
    if (k == u"fatigue") {
        for (const CausalLink& c : e.causesOf(index)) {
            if (c.concepts.contains(u"cancer") && c.relation == u"cause")
                return QStringLiteral("neoplastic-fatigue");
        }
        return k;
    }
    if (k == u"weakness") {
        const QString side = m.attribute(QStringLiteral("laterality"));
        const QString where = m.attribute(QStringLiteral("location"));
        if ((side == u"left" || side == u"right") && !where.isEmpty() && !where.contains(u',') &&
            anyWordOf(where, {u"arm", u"leg", u"hand", u"extremity"}))
            return QStringLiteral("limb-weakness");
        return k;
    }
    return k;
}

} // namespace

// The rules read reader A's mentions, renamed to the facts' kinds; the spans, flags and sections
// are the very ones the highlighter shows.
void ChartReading::readMentions()
{
    const NoteEvidence& e = m_evidence;
    for (int i = 0; i < e.mentions.size(); ++i) {
        Mention m = e.mentions.at(i);
        m.kind = factKind(m, e, i);
        m_mentionKinds.append(m.kind);
        if (m.kind.isEmpty())
            continue;
        const QString side = m.attribute(QStringLiteral("laterality"));
        if (m.kind == u"strength-grade") {
            m.attributes.insert(QStringLiteral("grade"),
                                QString::number(gradeOf(m.attribute(QStringLiteral("grade")))));
            m.attributes.insert(QStringLiteral("side"), side);
        } else if (m.kind == u"hemiparesis" || m.kind == u"limb-weakness" || m.kind == u"facial-weakness") {
            m.attributes.insert(QStringLiteral("side"), side);
            if (m.kind == u"limb-weakness") {
                const QString where = m.attribute(QStringLiteral("location"));
                m.attributes.insert(QStringLiteral("limb"), anyWordOf(where, {u"leg", u"lower"})
                                                                ? QStringLiteral("lower")
                                                                : QStringLiteral("upper"));
            }
        }
        m_mentions.append(m);
    }
    for (const Mention& d : e.diagnoses) {
        if (d.kind == u"stroke" || isCauseId(d.kind)) {
            Mention m = d;
            if (d.kind != u"stroke")
                m.kind = QStringLiteral("cause:") + d.kind;
            m_mentions.append(m);
        }
    }
    std::stable_sort(m_mentions.begin(), m_mentions.end(),
                     [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    for (const Mention& m : std::as_const(m_mentions))
        m_hasAssessment = m_hasAssessment || m.section == NoteSection::Assessment;
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
