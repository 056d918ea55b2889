// Documented causes: "weakness 2/2 hypokalemia", "fatigue due to anemia", "cancer-related fatigue",
// "hemiparesis following old infarct", "sarcopenia with muscle weakness".
#include "note/NoteReadState.h"

namespace wcw::note {

namespace {

constexpr int kMaxGap = 3; // words between a mention and its cause trigger ("weakness is likely due to")
constexpr int kMaxCauseWords = 12;

bool stopsCause(const ReadState& s, int i)
{
    const NoteText& t = s.text;
    if (t.isPunct(i, u',') || t.isPunct(i, u'-') || t.isPunct(i, u'(') || t.isPunct(i, u':'))
        return true;
    const int h = s.scanner.hitAt(i);
    return h >= 0 && (s.hits.core[h].phrase->roles & (Terminator | EtiologyUnknown));
}

// Concepts and diagnoses inside [first, last): the cause's concept ids; mentions there are causes.
void fillCause(ReadState& s, CausalLink& link, int first, int last)
{
    link.cause = s.text.span(first, last);
    for (int i = first; i < last; ++i) {
        const int h = s.scanner.hitAt(i);
        if (h < 0 || s.hits.core[h].first != i)
            continue;
        const Phrase* p = s.hits.core[h].phrase;
        if (p->roles & (Diagnosis | Concept))
            link.concepts.append(p->value);
        if (p->roles & Concept) {
            for (int mi = 0; mi < s.mentionHit.size(); ++mi) {
                if (s.mentionHit[mi] == h)
                    s.evidence.mentions[mi].attributes.insert(QStringLiteral("as-cause"),
                                                              QStringLiteral("true"));
            }
        }
    }
}

bool linkForward(ReadState& s, int mi, CausalLink* link)
{
    const TokenRange m = s.mentionTokens[mi];
    const int end = s.text.sentenceOf(m.first).last;
    int words = 0;
    for (int i = m.last; i < end && words <= kMaxGap;) {
        const int h = s.scanner.hitAt(i);
        if (h < 0) {
            if (s.text.isWord(i))
                ++words;
            else if (!s.text.isPunct(i, u','))
                return false;
            ++i;
            continue;
        }
        const Hit& hit = s.hits.core[h];
        const quint32 roles = hit.phrase->roles;
        if (roles & UncPre) {
            link->uncertain = true;
            i = hit.last;
            continue;
        }
        if (!(roles & (CauseExplicit | CauseTemporal)))
            return false;
        link->trigger = s.text.span(hit.first, hit.last);
        link->temporal = (roles & CauseTemporal) != 0;
        link->relation = link->temporal ? QStringLiteral("temporal") : hit.phrase->value;
        int last = hit.last;
        while (last < end && last - hit.last < kMaxCauseWords && !stopsCause(s, last) &&
               !s.text.isPunct(last, u'.') && !s.text.isPunct(last, u';') && !s.text.isPunct(last, u'\n'))
            ++last;
        if (last == hit.last)
            return false;
        fillCause(s, *link, hit.last, last);
        // "drooling from L corner of mouth": "from" names a cause only when a diagnosis follows.
        if (hit.phrase->words.size() == 1 && hit.phrase->words.first() == u"from" && link->concepts.isEmpty())
            return false;
        return true;
    }
    return false;
}

// "cancer-related fatigue", "MS-related fatigue", "statin-induced myopathy".
bool linkReverse(ReadState& s, int mi, CausalLink* link)
{
    const TokenRange m = s.mentionTokens[mi];
    const int t = m.first - 1;
    if (t < 1 || s.scanner.hitAt(t) < 0)
        return false;
    const Hit& trigger = s.hits.core[s.scanner.hitAt(t)];
    if (!(trigger.phrase->roles & CauseReverse) || trigger.first < 1 || !s.text.isWord(trigger.first - 1))
        return false;
    int first = trigger.first - 1;
    const int h = s.scanner.hitAt(first);
    if (h >= 0)
        first = s.hits.core[h].first;
    link->trigger = s.text.span(trigger.first, trigger.last);
    link->relation = QStringLiteral("cause");
    fillCause(s, *link, first, trigger.first);
    return true;
}

// "Sarcopenia (age-related) with muscle weakness", "stroke w/ residual L-sided weakness".
bool linkWith(ReadState& s, int mi, CausalLink* link)
{
    const TokenRange m = s.mentionTokens[mi];
    const int t = m.first - 1;
    if (t < 1)
        return false;
    const int th = s.scanner.hitAt(t);
    const bool residual = th >= 0 && (s.hits.core[th].phrase->roles & HistTerminator) &&
                          s.hits.core[th].phrase->words.last() == u"residual";
    if (!residual && s.text.word(t) != u"with" && s.text.word(t) != u"w/")
        return false;
    const int triggerFirst = th >= 0 ? s.hits.core[th].first : t;
    const int start = s.text.sentenceOf(m.first).first;
    for (int i = triggerFirst - 1; i >= std::max(start, triggerFirst - 8); --i) {
        const int h = s.scanner.hitAt(i);
        if (h < 0)
            continue;
        const Phrase* p = s.hits.core[h].phrase;
        const bool causeLike =
            (p->roles & Diagnosis) ||
            ((p->roles & Concept) &&
             (p->value == u"sarcopenia" || p->value == u"frailty" || p->value == u"icu-weakness"));
        if (!causeLike)
            continue;
        link->trigger = s.text.span(triggerFirst, t + 1);
        link->relation = residual ? QStringLiteral("sequela") : QStringLiteral("with");
        link->cause = s.text.span(s.hits.core[h].first, s.hits.core[h].last);
        link->concepts.append(p->value);
        return true;
    }
    return false;
}

} // namespace

void collectCauses(ReadState& s)
{
    for (int mi = 0; mi < s.evidence.mentions.size(); ++mi) {
        const Mention& m = s.evidence.mentions[mi];
        if (!NoteEvidence::isWeaknessFamily(m.kind) && m.kind != u"strength-grade")
            continue;
        for (auto find : {linkForward, linkReverse, linkWith}) {
            CausalLink link;
            link.mention = mi;
            link.section = m.section;
            if (!find(s, mi, &link))
                continue;
            if (!link.temporal)
                s.evidence.mentions[mi].attributes.insert(QStringLiteral("cause"), link.cause.quote);
            s.evidence.causes.append(link);
            break;
        }
    }
}

} // namespace wcw::note
