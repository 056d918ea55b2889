// Documentation cues (location, onset, duration, ...) and the attributes each mention takes
// from the cues of its own sentence.
#include "note/NoteReadState.h"

#include <algorithm>

namespace wcw::note {

namespace {

const QString kLocation = QStringLiteral("location");
const QString kLaterality = QStringLiteral("laterality");
const QString kExtent = QStringLiteral("extent");

bool isTimeUnit(QStringView w)
{
    // Most tokens fail on length or first letter, before any comparison: this runs on every number.
    if (w.isEmpty() || w.size() > 6)
        return false;
    const char16_t c = w.front().unicode();
    if (c != u'd' && c != u'w' && c != u'm' && c != u'y' && c != u'h')
        return false;
    static const QStringView units[] = {u"day", u"days",  u"wk",     u"wks",   u"week", u"weeks", u"mo",
                                        u"mos", u"month", u"months", u"yr",    u"yrs",  u"year",  u"years",
                                        u"hr",  u"hrs",   u"hour",   u"hours", u"d",    u"w"};
    return std::find(std::begin(units), std::end(units), w) != std::end(units);
}

bool isCount(const NoteText& t, int i)
{
    if (t.token(i).kind == TokenKind::Number)
        return !t.word(i).contains(u'/');
    const QStringView w = t.word(i);
    const char16_t c = w.isEmpty() ? 0 : w.front().unicode();
    const bool mayCount =
        c == u'o' || c == u't' || c == u'f' || c == u's' || c == u'e' || c == u'n' || c == u'm' || c == u'c';
    if (w.size() < 3 || w.size() > 7 || !mayCount)
        return false; // most words: no comparison at all
    static const QStringView words[] = {u"one", u"two",     u"three",  u"four", u"five",
                                        u"six", u"seven",   u"eight",  u"nine", u"ten",
                                        u"few", u"several", u"couple", u"many", u"twelve"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// "6wks", "10d": number and unit written together.
bool isJoinedDuration(QStringView w)
{
    int k = 0;
    while (k < w.size() && w.at(k).isDigit())
        ++k;
    return k > 0 && k < w.size() && isTimeUnit(w.mid(k));
}

// Words before a count that make it a follow-up interval or a schedule, not how long weakness lasted.
bool schedulesAhead(const NoteText& t, int i)
{
    static const QStringView words[] = {u"rtc",    u"f/u",    u"fu",     u"in",    u"recheck",
                                        u"return", u"follow", u"next",   u"every", u"per",
                                        u"within", u"q",      u"repeat", u"up"};
    const int start = t.sentenceOf(i).first;
    for (int k = i - 1; k >= std::max(start, i - 3); --k) {
        const QStringView w = t.word(k);
        if (std::find(std::begin(words), std::end(words), w) != std::end(words) || w.contains(u"/wk"))
            return true;
    }
    return false;
}

// Negation matters for these cue types ("no focal deficits", "no falls", "not worse"); for body
// parts, sides and test names it is not read, so it is not computed.
bool negationMatters(int type)
{
    return type == CueExtent || type == CueFunction || type == CueProgression || type == CuePattern ||
           type == CueOnset || type == CueSymmetry;
}

void addCue(ReadState& s, int type, const QString& value, int first, int last, const Phrase* p)
{
    Cue c;
    c.type = cueTypeName(type);
    c.value = value;
    c.span = s.text.span(first, last);
    c.section = s.text.sectionOf(first);
    c.sentence = s.text.token(first).sentence;
    c.negated = negationMatters(type) && s.scanner.at(first, last).negated;
    s.evidence.cues.append(std::move(c));
    s.cues.append({{first, last}, p, type});
}

// Durations: "x 2 wks", "2 mo of", "for 3 days", "over the past 6 wks", "~2 wks ago", "6wks".
QList<TokenRange> findDurations(const ReadState& s)
{
    QList<TokenRange> out;
    const NoteText& t = s.text;
    for (int i = 0; i < t.size(); ++i) {
        int first = i, last = -1;
        if (t.token(i).kind == TokenKind::Number && isJoinedDuration(t.word(i)))
            last = i + 1;
        else if (i + 1 < t.size() && isCount(t, i) && isTimeUnit(t.word(i + 1)))
            last = i + 2;
        if (last < 0 || t.sectionOf(i) == NoteSection::Plan || schedulesAhead(t, i))
            continue;
        if (first > 0 &&
            (t.word(first - 1) == u"x" || t.isPunct(first - 1, u'~') || t.word(first - 1) == u"for"))
            --first;
        if (last < t.size() && (t.word(last) == u"ago" || t.word(last) == u"of"))
            ++last;
        out.append({first, last});
        i = last - 1;
    }
    return out;
}

struct Nearest
{
    int cue = -1;
    int distance = 1 << 30;
};

// Token distance, a clause break counting as ten words: "R hand grip 3/5, R wrist extension 3/5".
int distance(const ReadState& s, TokenRange cue, TokenRange m)
{
    if (cue.last <= m.first)
        return m.first - cue.last + 10 * s.clauseDistance(cue.last, m.first);
    return cue.first - m.last + 10 * s.clauseDistance(m.last, cue.first);
}

QString lateralityOfBodyPart(const QString& part)
{
    if (part.startsWith(u"left "))
        return QStringLiteral("left");
    if (part.startsWith(u"right "))
        return QStringLiteral("right");
    return {};
}

// The one side all sided body parts share ("right upper extremity, right lower extremity"), else "".
QString sideOfParts(const QStringList& parts)
{
    QString side;
    for (const QString& part : parts) {
        const QString s = lateralityOfBodyPart(part);
        if (s.isEmpty())
            continue;
        if (!side.isEmpty() && s != side)
            return {};
        side = s;
    }
    return side;
}

struct SentenceCues
{
    int begin = 0;
    int end = 0;
};

// Body parts for a strength grade: those written before it in its own clause ("R hand grip 3/5"),
// else those after it up to the next grade ("MMT 4/5 bilat hip flexors, quads, deltoids").
QStringList gradeBodyParts(const ReadState& s, SentenceCues range, TokenRange m)
{
    QStringList before, after;
    int nextGrade = s.text.sentenceOf(m.first).last;
    for (int i = m.last; i < nextGrade; ++i) {
        if (s.text.token(i).kind == TokenKind::Number && s.text.isGrade(i))
            nextGrade = i;
    }
    int prevGrade = s.text.sentenceOf(m.first).first - 1;
    for (int i = m.first - 1; i > prevGrade; --i) {
        if (s.text.token(i).kind == TokenKind::Number && s.text.isGrade(i))
            prevGrade = i;
    }
    for (int k = range.begin; k < range.end; ++k) {
        const CueAt& c = s.cues[k];
        if (c.type != CueBodyPart)
            continue;
        const QString& v = s.evidence.cues[k].value;
        if (c.tokens.last <= m.first && c.tokens.first > prevGrade &&
            s.clauseDistance(c.tokens.last, m.first) == 0)
            before.append(v);
        else if (c.tokens.first >= m.last && c.tokens.first < nextGrade)
            after.append(v);
    }
    return before.isEmpty() ? after : before;
}

QStringList clauseBodyParts(const ReadState& s, SentenceCues range, TokenRange m)
{
    QStringList clause, sentence;
    for (int k = range.begin; k < range.end; ++k) {
        if (s.cues[k].type != CueBodyPart)
            continue;
        const TokenRange c = s.cues[k].tokens;
        const bool sameClause = c.last <= m.first ? s.clauseDistance(c.last, m.first) == 0
                                                  : s.clauseDistance(m.last, c.first) == 0;
        (sameClause ? clause : sentence).append(s.evidence.cues[k].value);
    }
    return clause.isEmpty() ? sentence : clause;
}

// Side, extent and pattern belong to their own clause ("weakness x 5 wks, plus intermittent tingling in
// both feet" says nothing about the weakness's side); a cue may cross one break when it is right next
// to the mention ("muscle weakness, symmetric"). A cue inside the mention's own words ("don't feel
// right") describes it only for the kinds that carry a side. Exertion level is about exertion.
bool reaches(const ReadState& s, int type, TokenRange cue, const Mention& m, TokenRange mt)
{
    const bool inside = cue.first < mt.last && cue.last > mt.first;
    if (inside)
        return m.kind == u"hemiparesis" || m.kind == u"facial-droop" || m.kind == u"monoparesis";
    if (type == CueExertionLevel)
        return m.kind == u"exertion" || m.kind == u"fatigue" || m.kind == u"weakness" ||
               m.kind == u"muscle-weakness";
    if (type != CueLaterality && type != CueExtent && type != CuePattern)
        return true;
    const bool before = cue.last <= mt.first;
    const int breaks = before ? s.clauseDistance(cue.last, mt.first) : s.clauseDistance(mt.last, cue.first);
    const int gap = before ? mt.first - cue.last : cue.first - mt.last;
    return breaks == 0 || gap <= 2;
}

void setIfAbsent(Mention& m, const QString& key, const QString& value)
{
    if (!value.isEmpty() && !m.attributes.contains(key))
        m.attributes.insert(key, value);
}

QString inherentExtent(const QString& kind)
{
    if (kind == u"facial-droop" || kind == u"hemiparesis" || kind == u"monoparesis")
        return QStringLiteral("localized");
    if (kind == u"functional-quadriplegia")
        return QStringLiteral("generalized");
    return {};
}

void attributesOf(ReadState& s, int mi, SentenceCues range, bool exertionInSentence)
{
    Mention& m = s.evidence.mentions[mi];
    const TokenRange tokens = s.mentionTokens[mi];
    const bool grade = m.kind == u"strength-grade";
    QStringList parts = grade ? gradeBodyParts(s, range, tokens) : clauseBodyParts(s, range, tokens);
    parts.removeDuplicates();
    if (!parts.isEmpty())
        m.attributes.insert(kLocation, parts.join(QStringLiteral(", ")));
    // A grade's own body part names its side ("RUE 3/5, RLE 4/5, left side 5/5": the 4/5 is right).
    if (grade)
        setIfAbsent(m, kLaterality, sideOfParts(parts));
    Nearest nearest[CueAttributeTypes];
    for (int k = range.begin; k < range.end; ++k) {
        const int type = s.cues[k].type;
        if (type >= CueAttributeTypes || type == CueBodyPart)
            continue;
        const Cue& c = s.evidence.cues[k];
        if ((c.negated && type != CueExtent) || !reaches(s, type, s.cues[k].tokens, m, tokens))
            continue;
        const int d = distance(s, s.cues[k].tokens, tokens);
        if (d < nearest[type].distance)
            nearest[type] = {k, d};
    }
    setIfAbsent(m, kExtent, inherentExtent(m.kind));
    for (int type = 0; type < CueAttributeTypes; ++type) {
        if (nearest[type].cue < 0)
            continue;
        const Cue& c = s.evidence.cues[nearest[type].cue];
        if (type == CueExtent && c.negated)
            continue;
        setIfAbsent(m, c.type, c.value);
    }
    for (const QString& part : parts)
        setIfAbsent(m, kLaterality, lateralityOfBodyPart(part));
    if (exertionInSentence && m.kind != u"exertion")
        m.attributes.insert(QStringLiteral("exertional"), QStringLiteral("true"));
}

// "R arm weakness": the side and body part written right before a weakness word are part of what
// the provider says, so the mention's span (the highlight, and the quote a rule cites) covers them.
// Only an unbroken run of body-part and side cues directly before the word, with a body part in it.
void spanLocationWords(ReadState& s, int mi, SentenceCues range)
{
    Mention& m = s.evidence.mentions[mi];
    if (m.kind != u"weakness" && m.kind != u"muscle-weakness")
        return;
    int first = s.mentionTokens[mi].first;
    bool bodyPart = false;
    for (int k = range.end - 1; k >= range.begin; --k) {
        const CueAt& c = s.cues[k];
        if (c.tokens.last > first)
            continue;
        if (c.tokens.last < first || (c.type != CueBodyPart && c.type != CueLaterality))
            break;
        bodyPart = bodyPart || c.type == CueBodyPart;
        first = c.tokens.first;
    }
    if (!bodyPart || first == s.mentionTokens[mi].first)
        return;
    m.span = s.text.span(first, s.mentionTokens[mi].last);
}

} // namespace

// Lexicon cues and computed durations, merged in note order so each sentence's cues form one run.
void collectCues(ReadState& s)
{
    const QList<TokenRange> durations = findDurations(s);
    s.evidence.cues.reserve(s.hits.cues.size() + durations.size());
    s.cues.reserve(s.hits.cues.size() + durations.size());
    int d = 0;
    for (const Hit& h : s.hits.cues) {
        for (; d < durations.size() && durations[d].first < h.first; ++d)
            addCue(s, CueDuration, s.text.span(durations[d].first, durations[d].last).quote,
                   durations[d].first, durations[d].last, nullptr);
        addCue(s, h.phrase->cueType, h.phrase->value, h.first, h.last, h.phrase);
    }
    for (; d < durations.size(); ++d)
        addCue(s, CueDuration, s.text.span(durations[d].first, durations[d].last).quote, durations[d].first,
               durations[d].last, nullptr);
}

void assignAttributes(ReadState& s)
{
    const int sentences = int(s.text.sentences().size());
    QList<SentenceCues> bySentence(sentences);
    for (int k = int(s.evidence.cues.size()) - 1; k >= 0; --k) {
        SentenceCues& r = bySentence[s.evidence.cues[k].sentence];
        if (r.end == 0)
            r.end = k + 1;
        r.begin = k;
    }
    QList<bool> exertion(sentences, false);
    for (const Mention& m : s.evidence.mentions) {
        if (m.kind == u"exertion" && !m.negated)
            exertion[m.sentence] = true;
    }
    for (int mi = 0; mi < s.evidence.mentions.size(); ++mi) {
        const int si = s.evidence.mentions[mi].sentence;
        attributesOf(s, mi, bySentence[si], exertion[si]);
        spanLocationWords(s, mi, bySentence[si]);
    }
}

} // namespace wcw::note
