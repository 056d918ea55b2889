#include "note/NoteFacts.h"

#include "note/NoteReader.h"

namespace wcw {
namespace {

int gradeOf(const QString& quote)
{
    return quote.isEmpty() ? -1 : quote.at(0).digitValue();
}

} // namespace

// The causes the facts weigh. Only these: a diagnosis the reader knows but this table does not
// list (dementia, cancer, ...) names no cause of weakness for the tree or the rules.
const QList<CauseExplanation>& causeExplanations()
{
    static const QList<CauseExplanation> table = [] {
        const QStringList wf{QStringLiteral("weakness"), QStringLiteral("fatigue")};
        const QStringList fw{QStringLiteral("fatigue"), QStringLiteral("weakness")};
        const QStringList w{QStringLiteral("weakness")};
        return QList<CauseExplanation>{
            {QStringLiteral("myasthenia-gravis"), wf, true}, {QStringLiteral("hypokalemia"), wf, true},
            {QStringLiteral("hypomagnesemia"), w, false},    {QStringLiteral("hyponatremia"), wf, false},
            {QStringLiteral("hypothyroidism"), fw, false},   {QStringLiteral("multiple-sclerosis"), fw, true},
            {QStringLiteral("guillain-barre"), w, true},     {QStringLiteral("myositis"), w, true},
            {QStringLiteral("als"), w, true},                {QStringLiteral("anemia"), fw, false}};
    }();
    return table;
}

const CauseExplanation* causeExplanation(const QString& id)
{
    for (const CauseExplanation& c : causeExplanations()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

// Static lists: the facts ask this for every mention and family.
QStringList NoteFacts::familyKinds(const QString& family)
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

NoteFacts::NoteFacts(const QString& note) : NoteFacts(note, NoteReader().read(note)) {}

NoteFacts::NoteFacts(const QString& note, NoteEvidence evidence)
    : m_note(note), m_evidence(std::move(evidence))
{
    readMentions();
    deriveFacts();
}

// A clause ends at a line break, ';', ':', a sentence '.', or a spaced dash ("weakness - no atrophy").
int NoteFacts::clauseStart(int pos) const
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

int NoteFacts::clauseEnd(int pos) const
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

EvidenceSpan NoteFacts::clauseOf(const EvidenceSpan& span) const
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
    return causeExplanation(id) != nullptr;
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
void NoteFacts::readMentions()
{
    const NoteEvidence& e = m_evidence;
    m_mentionKinds.reserve(e.mentions.size());
    m_mentions.reserve(e.mentions.size() + e.diagnoses.size());
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

QList<const Mention*> NoteFacts::present(const QString& kind) const
{
    QList<const Mention*> out;
    for (const Mention& m : m_mentions) {
        if (m.kind == kind && !m.negated)
            out.append(&m);
    }
    return out;
}

bool NoteFacts::supportsSymptom(const QString& family) const
{
    const QStringList kinds = familyKinds(family);
    for (const Mention& m : m_mentions) {
        if (!m.negated && kinds.contains(m.kind))
            return true;
    }
    return false;
}

QList<EvidenceSpan> NoteFacts::negatedEvidence(const QString& family) const
{
    QList<EvidenceSpan> out;
    const QStringList kinds = familyKinds(family);
    for (const Mention& m : m_mentions) {
        if (m.negated && kinds.contains(m.kind))
            out.append(m.span);
    }
    return out;
}

bool NoteFacts::inStatement(const Mention& m) const
{
    if (m_hasAssessment)
        return m.section == NoteSection::Assessment;
    return m.section != NoteSection::Ros && m.section != NoteSection::History;
}

bool NoteFacts::causeConfirmed(const QString& causeId) const
{
    for (const Cause& c : m_causes) {
        if (c.id == causeId)
            return true;
    }
    return false;
}

QList<QPair<QString, EvidenceSpan>> NoteFacts::causesExplaining(const QString& family) const
{
    QList<QPair<QString, EvidenceSpan>> out;
    for (const Cause& c : m_causes) {
        const CauseExplanation* term = causeExplanation(c.id);
        if (!term || !term->explains.contains(family))
            continue;
        // OCG I.B.5: a routine manifestation of a confirmed dx is not coded; for a sign that is not
        // routinely associated the provider has to link it ("weakness due to ...").
        if (term->routine || (c.attributed && c.attributedFamily == family))
            out.append({c.id, c.span});
    }
    return out;
}

bool NoteFacts::uncertainMentionOf(const QStringList& words, EvidenceSpan* span) const
{
    if (words.isEmpty())
        return false;
    // The clause of every term the reader marks uncertain ("Probable multiple sclerosis").
    for (const QList<Mention>* list : {&m_evidence.mentions, &m_evidence.diagnoses}) {
        for (const Mention& m : *list) {
            if (!m.uncertain || m.negated)
                continue;
            const int at = clauseStart(m.span.start);
            const QStringView clause = QStringView(m_note).mid(at, clauseEnd(m.span.end) - at);
            bool all = true;
            for (const QString& w : words)
                all = all && clause.contains(w, Qt::CaseInsensitive);
            if (all) {
                if (span)
                    *span = m.span;
                return true;
            }
        }
    }
    return false;
}

bool NoteFacts::hasCue(const QString& type, const QString& value) const
{
    for (const Cue& c : m_evidence.cues) {
        if (c.type == type && c.value == value)
            return true;
    }
    return false;
}

} // namespace wcw
