#include "note/NoteText.h"

#include <algorithm>

namespace wcw::note {

namespace {

// ASCII first: notes are mostly ASCII, and QChar's Unicode tables cost ten times more per char.
bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber();
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    return c.isLetter();
}

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

int alnumRun(const QString& s, int from)
{
    int i = from;
    while (i < s.size() && isAlnum(s.at(i)))
        ++i;
    return i - from;
}

bool allDigits(QStringView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

NoteText::NoteText(const QString& text) : m_text(text), m_lower(lowerCopy(text))
{
    m_tokens.reserve(text.size() / 4 + 8);
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

// Word tokens keep "h/o", "r/o", "2/2", "4-/5", "don't", "2.7" whole; a hyphen inside a word
// ("post-exertional", "L-sided") separates tokens without a token of its own, so "post exertional"
// and "post-exertional" read the same; a spaced dash is a clause break and gets a token.
void NoteText::tokenize()
{
    const QString& s = m_text;
    const int n = int(s.size());
    int i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == u'\n') {
            m_tokens.append({i, i + 1, TokenKind::Punct});
            ++i;
            continue;
        }
        if (c.isSpace() || isQuote(c)) {
            ++i;
            continue;
        }
        if (c == u'-' && i > 0 && i + 1 < n && isAlnum(s.at(i - 1)) && isAlnum(s.at(i + 1))) {
            ++i; // intra-word hyphen
            continue;
        }
        if (!isAlnum(c)) {
            if (c == u'-' && i + 1 < n && s.at(i + 1) == u'-')
                ++i; // "--" reads as one dash
            m_tokens.append({i, i + 1, TokenKind::Punct});
            ++i;
            continue;
        }
        const int start = i;
        int segStart = i;
        i += alnumRun(s, i);
        while (i < n) {
            const QChar d = s.at(i);
            const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
            if (isApostrophe(d) && isLetter(s.at(i - 1)) && isLetter(next)) {
                i += 1 + alnumRun(s, i + 1);
            } else if (d == u'.' && isDigit(s.at(i - 1)) && isDigit(next)) {
                i += 1 + alnumRun(s, i + 1);
            } else if ((d == u'+' || d == u'-') && isDigit(s.at(i - 1)) && next == u'/' && i + 2 < n &&
                       isDigit(s.at(i + 2))) {
                segStart = i + 2;
                i += 2 + alnumRun(s, i + 2);
            } else if (d == u'/') {
                const QStringView left = QStringView(s).mid(segStart, i - segStart);
                const int rightLen = alnumRun(s, i + 1);
                const QStringView right = QStringView(s).mid(i + 1, rightLen);
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
        m_tokens.append({start, i, isDigit(s.at(start)) ? TokenKind::Number : TokenKind::Word});
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
    for (int i = 0; i < size(); ++i) {
        m_tokens[i].sentence = int(m_sentences.size());
        if (breaksSentence(i)) {
            m_sentences.append({first, i + 1});
            first = i + 1;
        }
    }
    if (first < size() || m_sentences.isEmpty())
        m_sentences.append({first, size()});
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
