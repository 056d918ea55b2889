#pragma once
// Plain scans the rules use on titles, Tabular note texts and notes, in place of small regexes
// (a QRegularExpression call costs more than the scan itself on such short texts, and the rules
// run them for every code of every encounter). Each does exactly what the regex it replaces did.
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace wcw::rules {

// PCRE's \w without Unicode properties ([A-Za-z0-9_]; QRegularExpression does not ask for them):
// what \b means in the patterns the plain scans stand in for.
constexpr bool isRegexWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// An ASCII letter lower-cased; any other unit as it is.
constexpr char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

// text.toLower(), without the Unicode tables when the text is ASCII (nearly every note).
QString lowerText(const QString& text);

// The words of lower-case text as the regex [a-z][a-z'-]{minLength-1,} finds them: runs of
// a-z, apostrophe and hyphen that start with a letter and have at least minLength characters.
// Views into `lower`.
QList<QStringView> lowerWords(QStringView lower, int minLength);

// QStringView::isValidUtf16, without its decoding loop when there is no surrogate (nearly
// every note). PCRE checks every subject it is given unless told the check was done.
bool validUtf16(QStringView text);

// What the scanners need to know of a note before they start, found once per note: all ASCII
// (nearly every note; the table-driven fast paths apply), other valid UTF-16, or invalid UTF-16
// (PCRE refuses it, so the scanners give exactly what the regex gives: nothing).
enum class TextKind { Ascii, Unicode, InvalidUtf16 };
TextKind textKind(QStringView text);

// text with every "(...)" removed, as text.remove(QRegularExpression("\\([^)]*\\)")).
QString withoutParenthesized(QStringView text);

// Two texts equal after QString::simplified() (whitespace runs as one space, ends trimmed),
// compared without building the simplified copies.
bool sameSimplified(QStringView a, QStringView b);

} // namespace wcw::rules
