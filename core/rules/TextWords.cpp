#include "rules/TextWords.h"

#include <cstring>

namespace wcw::rules {
namespace {

bool isLowerAscii(QChar c)
{
    return c.unicode() >= u'a' && c.unicode() <= u'z';
}

bool continuesWord(QChar c)
{
    return isLowerAscii(c) || c == u'\'' || c == u'-';
}

// Skips whitespace from i; true when more text follows.
qsizetype skipSpace(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i].isSpace())
        ++i;
    return i;
}

} // namespace

// Four UTF-16 units per step: in a lane holding an ASCII unit u, u + 0x3F has bit 7 set when
// u >= 'A' and u + 0x25 when u >= '[' (no carry leaves the lane), so their difference marks
// 'A'..'Z', and bit 7 shifted to bit 5 adds the 32 that lower-cases the letter. A unit that is not
// ASCII sends the whole text to toLower() (full Unicode lower-casing may change the length).
QString lowerText(const QString& text)
{
    const qsizetype n = text.size();
    const char16_t* src = reinterpret_cast<const char16_t*>(text.constData());
    QString out(n, Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    quint64 seen = 0;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 x;
        std::memcpy(&x, src + i, sizeof x);
        seen |= x;
        const quint64 upper =
            (x + 0x003F003F003F003Full) & ~(x + 0x0025002500250025ull) & 0x0080008000800080ull;
        x |= upper >> 2;
        std::memcpy(dst + i, &x, sizeof x);
    }
    for (; i < n; ++i) {
        seen |= src[i];
        dst[i] = asciiLower(src[i]);
    }
    if (seen & 0xFF80FF80FF80FF80ull)
        return text.toLower();
    return out;
}

QList<QStringView> lowerWords(QStringView lower, int minLength)
{
    QList<QStringView> out;
    qsizetype i = 0;
    while (i < lower.size()) {
        if (!isLowerAscii(lower[i])) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < lower.size() && continuesWord(lower[j]))
            ++j;
        // A later start inside [i, j) would only give a shorter run, so none of them can match.
        if (j - i >= minLength)
            out.append(lower.mid(i, j - i));
        i = j;
    }
    return out;
}

bool validUtf16(QStringView text)
{
    // Four UTF-16 units at a time: a unit is a surrogate when its top five bits are 11011, i.e.
    // when (unit & 0xF800) ^ 0xD800 is zero; the "has a zero lane" test finds one in a word.
    const char16_t* d = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool surrogate = false;
    for (; i + 4 <= n && !surrogate; i += 4) {
        quint64 x;
        std::memcpy(&x, d + i, sizeof x);
        const quint64 y = (x & 0xF800F800F800F800ull) ^ 0xD800D800D800D800ull;
        surrogate = ((y - 0x0001000100010001ull) & ~y & 0x8000800080008000ull) != 0;
    }
    for (; i < n && !surrogate; ++i)
        surrogate = (d[i] & 0xF800) == 0xD800;
    return !surrogate || text.isValidUtf16();
}

TextKind textKind(QStringView text)
{
    // Four units at a time: ASCII when no unit has a bit above the low seven.
    const char16_t* d = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        quint64 x;
        std::memcpy(&x, d + i, sizeof x);
        if (x & 0xFF80FF80FF80FF80ull)
            break;
    }
    for (; i < n && d[i] < 0x80; ++i) {
    }
    if (i == n)
        return TextKind::Ascii;
    // Everything before i is ASCII, so no surrogate pair straddles i.
    return validUtf16(text.mid(i)) ? TextKind::Unicode : TextKind::InvalidUtf16;
}

QString withoutParenthesized(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'(') {
            const qsizetype close = text.indexOf(u')', i + 1);
            if (close >= 0) {
                i = close + 1;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

bool sameSimplified(QStringView a, QStringView b)
{
    qsizetype i = skipSpace(a, 0);
    qsizetype j = skipSpace(b, 0);
    while (i < a.size() && j < b.size()) {
        if (a[i].isSpace() || b[j].isSpace()) {
            const qsizetype ni = skipSpace(a, i);
            const qsizetype nj = skipSpace(b, j);
            // Both must be at a whitespace run, and either both end there or both go on.
            if (ni == i || nj == j || (ni == a.size()) != (nj == b.size()))
                return false;
            i = ni;
            j = nj;
            continue;
        }
        if (a[i] != b[j])
            return false;
        ++i;
        ++j;
    }
    return skipSpace(a, i) == a.size() && skipSpace(b, j) == b.size();
}

} // namespace wcw::rules
