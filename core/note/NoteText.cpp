#include "note/NoteText.h"

#include <algorithm>

namespace wcw::note {

namespace {

// Lower case one UTF-16 unit at a time: the copy keeps the note's length, so offsets in the lower
// copy are offsets in the note (QString::toLower may expand a few characters, and is slower).
QString lowerCopy(const QString& text)
{
    QString out(text.size(), Qt::Uninitialized);
    const QChar* src = text.constData();
    QChar* dst = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = src[i].unicode();
        if (u < 0x80)
            dst[i] = QChar(char16_t(u >= u'A' && u <= u'Z' ? u + 32 : u));
        else
            dst[i] = src[i].toLower();
    }
    return out;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isQuote(QChar c)
{
    return c == u'"' || isApostrophe(c) || c == u'`' || c == u'\u201c' || c == u'\u201d' || c == u'\u2018';
}

bool allDigits(QStringView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

NoteText::NoteText(const QString& text) : m_text(text), m_lower(lowerCopy(text))
{
    m_tokens.reserve(std::size_t(text.size()) / 2 + 8);
    tokenize();
    splitSentences();
}

bool NoteText::isGrade(int i) const
{
    const QStringView w = word(i);
    if (w.size() < 3 || w.size() > 4 || !w.endsWith(u"/5") || !w.front().isDigit() || w.front() > u'5')
        return false;
    return w.size() == 3 || w.at(1) == u'+' || w.at(1) == u'-';
}

namespace {

// Character classes of ASCII, one table look-up per character (the tokenizer is the reader's
// first pass over every character of every note).
enum : quint8 { kSpace = 1, kAlnum = 2, kDigit = 4, kLetter = 8, kQuote = 16 };
struct AsciiClasses
{
    quint8 of[128] = {};
    constexpr AsciiClasses()
    {
        for (int c = 0; c < 128; ++c) {
            if (c == ' ' || (c >= 0x09 && c <= 0x0d))
                of[c] |= kSpace;
            if (c >= '0' && c <= '9')
                of[c] |= kAlnum | kDigit;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                of[c] |= kAlnum | kLetter;
            if (c == '"' || c == '\'' || c == '`')
                of[c] |= kQuote;
        }
    }
};
constexpr AsciiClasses kAscii;

bool alnumAt(const QChar* s, int i)
{
    const char16_t u = s[i].unicode();
    return u < 0x80 ? (kAscii.of[u] & kAlnum) != 0 : s[i].isLetterOrNumber();
}

bool letterAt(const QChar* s, int i)
{
    const char16_t u = s[i].unicode();
    return u < 0x80 ? (kAscii.of[u] & kLetter) != 0 : s[i].isLetter();
}

bool digitAt(const QChar* s, int i)
{
    const char16_t u = s[i].unicode();
    return u >= u'0' && u <= u'9';
}

// Skipped between tokens: white space and quote marks.
bool skippedAt(const QChar* s, int i)
{
    const char16_t u = s[i].unicode();
    return u < 0x80 ? (kAscii.of[u] & (kSpace | kQuote)) != 0 : (s[i].isSpace() || isQuote(s[i]));
}

int alnumEnd(const QChar* s, int n, int from)
{
    int i = from;
    while (i < n && alnumAt(s, i))
        ++i;
    return i;
}

// The end of the word token starting at `start` (alphanumeric there).
int wordEnd(const QChar* s, int n, int start)
{
    int segStart = start;
    int i = alnumEnd(s, n, start);
    while (i < n) {
        const QChar d = s[i];
        const bool hasNext = i + 1 < n;
        if (isApostrophe(d) && letterAt(s, i - 1) && hasNext && letterAt(s, i + 1)) {
            i = alnumEnd(s, n, i + 1);
        } else if (d == u'.' && digitAt(s, i - 1) && hasNext && digitAt(s, i + 1)) {
            i = alnumEnd(s, n, i + 1);
        } else if ((d == u'+' || d == u'-') && digitAt(s, i - 1) && hasNext && s[i + 1] == u'/' &&
                   i + 2 < n && digitAt(s, i + 2)) {
            segStart = i + 2;
            i = alnumEnd(s, n, i + 2);
        } else if (d == u'/') {
            const QStringView left(s + segStart, i - segStart);
            const int rightLen = alnumEnd(s, n, i + 1) - (i + 1);
            const QStringView right(s + i + 1, rightLen);
            const bool shortPair = left.size() <= 2 && rightLen <= 2;
            const bool numeric = allDigits(left) && allDigits(right);
            if (!(shortPair || numeric))
                break;
            segStart = i + 1;
            i += 1 + rightLen;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

// Word tokens keep "h/o", "r/o", "2/2", "4-/5", "don't", "2.7" whole; a hyphen inside a word
// ("post-exertional", "L-sided") separates tokens without a token of its own, so "post exertional"
// and "post-exertional" read the same; a spaced dash is a clause break and gets a token.
void NoteText::tokenize()
{
    const QChar* s = m_text.constData();
    const int n = int(m_text.size());
    int i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c == u'\n') {
            m_tokens.push_back({i, i + 1, TokenKind::Punct});
            ++i;
            continue;
        }
        if (skippedAt(s, i)) {
            ++i;
            continue;
        }
        const bool alnum = alnumAt(s, i);
        if (!alnum && c == u'-' && i > 0 && i + 1 < n && alnumAt(s, i - 1) && alnumAt(s, i + 1)) {
            ++i; // intra-word hyphen
            continue;
        }
        if (!alnum) {
            if (c == u'-' && i + 1 < n && s[i + 1] == u'-')
                ++i; // "--" reads as one dash
            m_tokens.push_back({i, i + 1, TokenKind::Punct});
            ++i;
            continue;
        }
        const int start = i;
        i = wordEnd(s, n, start);
        m_tokens.push_back({start, i, digitAt(s, start) ? TokenKind::Number : TokenKind::Word});
    }
}

bool NoteText::breaksSentence(int i) const
{
    if (m_tokens[i].kind != TokenKind::Punct)
        return false;
    const QChar c = m_lower.at(m_tokens[i].start);
    if (c == u'\n' || c == u';' || c == u'!')
        return true;
    if (c != u'.')
        return false;
    // "vs." and a few other abbreviations end with a period but not a sentence.
    if (i > 0 && m_tokens[i - 1].end == m_tokens[i].start) {
        const QStringView prev = word(i - 1);
        if (prev == u"vs" || prev == u"dr" || prev == u"approx" || prev == u"wt" || prev == u"e.g" ||
            prev == u"i.e")
            return false;
    }
    return true;
}

void NoteText::splitSentences()
{
    int first = 0;
    const int n = size();
    Token* tokens = m_tokens.data(); // one detach check, not one per token
    for (int i = 0; i < n; ++i) {
        tokens[i].sentence = int(m_sentences.size());
        if (tokens[i].kind == TokenKind::Punct && breaksSentence(i)) {
            m_sentences.append({first, i + 1});
            first = i + 1;
        }
    }
    if (first < n || m_sentences.isEmpty())
        m_sentences.append({first, n});
}

EvidenceSpan NoteText::span(int first, int last) const
{
    if (first < 0 || last <= first || last > size())
        return {};
    const int from = m_tokens[first].start;
    const int to = m_tokens[last - 1].end;
    return {m_text.mid(from, to - from), from, to};
}

std::pair<int, int> NoteText::tokensIn(int from, int to) const
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < size(); ++i) {
        if (m_tokens[i].end > from && m_tokens[i].start < to) {
            if (first < 0)
                first = i;
            last = i + 1;
        }
    }
    return {first, last};
}

} // namespace wcw::note
