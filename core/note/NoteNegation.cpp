#include "note/NoteNegation.h"

namespace wcw::note {

namespace {

constexpr quint32 kScopeEnd = Terminator | CauseExplicit | CauseTemporal;

} // namespace

ContextScanner::ContextScanner(const NoteText& text, const QList<Hit>& coreHits)
    : m_text(text), m_hits(coreHits), m_hitAt(text.size(), -1)
{
    for (int h = 0; h < coreHits.size(); ++h) {
        for (int i = coreHits[h].first; i < coreHits[h].last; ++i)
            m_hitAt[i] = h;
    }
}

Context ContextScanner::at(int first, int last) const
{
    Context c;
    if (first < 0 || last > m_text.size() || first >= last)
        return c;
    scanBack(first, &c);
    scanForward(last, &c);
    return c;
}

// "Denies: fever, weakness": a colon right after a trigger belongs to it.
bool ContextScanner::endsPreTrigger(int i) const
{
    if (i < 0 || m_hitAt[i] < 0)
        return false;
    const Hit& h = m_hits[m_hitAt[i]];
    return h.last == i + 1 && (h.phrase->roles & (NegPre | UncPre | HistPre));
}

void ContextScanner::scanBack(int first, Context* c) const
{
    const int start = m_text.sentenceOf(first).first;
    int words = 0;
    bool negOpen = true, uncOpen = true, histOpen = true;
    for (int i = first - 1; i >= start && (negOpen || uncOpen || histOpen);) {
        const int h = m_hitAt[i];
        if (h >= 0) {
            const Hit& hit = m_hits[h];
            const quint32 roles = hit.phrase->roles;
            if (roles & kScopeEnd)
                break;
            if (roles & HistTerminator) {
                histOpen = false;
                c->current = true;
                c->residual = c->residual || hit.phrase->words.last() == u"residual";
            }
            if (negOpen && (roles & NegPre) && words <= kNegationWindow) {
                c->negated = true;
                negOpen = false;
            }
            if (uncOpen && (roles & UncPre) && words <= kUncertaintyWindow) {
                c->uncertain = true;
                uncOpen = false;
            }
            if (histOpen && (roles & HistPre) && words <= kHistoryWindow) {
                c->historical = true;
                histOpen = false;
            }
            if (!(roles & TriggerRoles))
                ++words; // a listed concept ("fever, chills, weakness") counts as one word
            i = hit.first - 1;
            continue;
        }
        if (m_text.isPunct(i, u':') && !endsPreTrigger(i - 1))
            break;
        if (m_text.isPunct(i, u'-'))
            break;
        if (m_text.isPunct(i, u')')) {
            // A trigger inside an earlier parenthesis ("(no injury), at risk for falls") stays inside it.
            const int open = openingParen(i, start);
            if (open < 0)
                break; // a list number ("1) hemorrhoids 2) polyp"): each item is a clause of its own
            ++words;
            i = open - 1;
            continue;
        }
        if (startsNewClause(i, first))
            break;
        if (m_text.isWord(i))
            ++words;
        --i;
    }
}

// A trigger that works both ways ("suspected", "possible", "denied") is read backwards only where it
// closes its clause ("MS suspected."); followed by words it opens a scope of its own ("R hemiparesis,
// suspected L MCA stroke"). "vs" always works both ways ("Bell's palsy vs other").
bool ContextScanner::isAlsoPre(const Hit& hit) const
{
    const quint32 roles = hit.phrase->roles;
    if (!(roles & (NegPre | UncPre)))
        return false;
    return hit.phrase->words.first() != u"vs" && hit.phrase->words.first() != u"versus";
}

// The "(" matching the ")" at token i, or -1 when there is none before a colon or another ")":
// then the ")" closes a list number ("1)", "2)"), not a parenthesis.
int ContextScanner::openingParen(int i, int start) const
{
    for (int open = i - 1; open >= start; --open) {
        if (m_text.isPunct(open, u'('))
            return open;
        if (m_text.isPunct(open, u')') || m_text.isPunct(open, u':'))
            return -1;
    }
    return -1;
}

// "..., the patient remained stable", "... and he is difficult to keep focused": a comma or a
// conjunction followed by a new subject opens a new clause, which a negation before it does not
// reach (ConText's clause boundary). A list ("no fever, chills, or sweats") has no such subject.
bool ContextScanner::startsNewClause(int i, int first) const
{
    const bool joiner = m_text.isPunct(i, u',') || m_text.isPunct(i, u';') ||
                        (m_text.isWord(i) && (m_text.word(i) == u"and" || m_text.word(i) == u"or"));
    if (!joiner || i + 1 >= first)
        return false;
    const QStringView next = m_text.word(i + 1);
    if (next == u"he" || next == u"she" || next == u"they" || next == u"we" || next == u"it" ||
        next == u"there")
        return true;
    return next == u"the" && i + 2 < first && m_text.word(i + 2) == u"patient";
}

bool ContextScanner::endsClause(int i, int sentenceEnd) const
{
    return i >= sentenceEnd || (m_text.token(i).kind == TokenKind::Punct && !m_text.isPunct(i, u'('));
}

// "2 falls in the past 6 months" is a recent window, not past history.
bool ContextScanner::isRecentWindow(const Hit& hit) const
{
    return hit.phrase->words.last() == u"past" && hit.last < m_text.size() &&
           (m_text.token(hit.last).kind == TokenKind::Number || m_text.word(hit.last) == u"few" ||
            m_text.word(hit.last) == u"several" || m_text.word(hit.last) == u"year" ||
            m_text.word(hit.last) == u"month" || m_text.word(hit.last) == u"week");
}

void ContextScanner::scanForward(int last, Context* c) const
{
    const int end = m_text.sentenceOf(last - 1).last;
    int words = 0;
    bool open = false;   // inside a parenthesis opened after the phrase
    bool listed = false; // a comma lies between the phrase and here
    for (int i = last; i < end;) {
        const int h = m_hitAt[i];
        if (h >= 0) {
            const Hit& hit = m_hits[h];
            const quint32 roles = hit.phrase->roles;
            if (roles & kScopeEnd)
                break;
            const bool post = !isAlsoPre(hit) || endsClause(hit.last, end);
            if ((roles & NegPost) && words <= kPostWindow && post)
                c->negated = true;
            // A trailing "?" questions the words it follows, not an earlier list item ("Malaise, viral?").
            const bool question = hit.phrase->words.first() == u"?";
            if ((roles & UncPost) && words <= kPostWindow && post && !(question && listed))
                c->uncertain = true;
            if ((roles & HistPost) && words <= kHistoryPostWindow && !isRecentWindow(hit))
                c->historical = true;
            if (!(roles & TriggerRoles))
                ++words;
            if (roles & (NegPre | UncPre | HistPre) && !(roles & (NegPost | UncPost)))
                break; // a new pre-trigger starts another phrase's scope
            i = hit.last;
            continue;
        }
        // "Weakness: none", "Allergies - none" — a colon or dash may sit between the phrase and its
        // post-trigger.
        if ((m_text.isPunct(i, u':') || m_text.isPunct(i, u'-')) && i > last)
            break;
        if (m_text.isPunct(i, u')') && !open)
            break; // the next list number ("1) polyp 2) normal exam")
        if (m_text.isPunct(i, u'('))
            open = true;
        listed = listed || m_text.isPunct(i, u',');
        if (m_text.isWord(i))
            ++words;
        if (words > kPostWindow)
            break;
        ++i;
    }
}

} // namespace wcw::note
