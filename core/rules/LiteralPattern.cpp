#include "rules/LiteralPattern.h"

#include <QStringList>

namespace wcw::rules {
LiteralPattern::LiteralPattern(const QList<Word>& words) : m_words(words)
{
    QStringList alternatives;
    for (int i = 0; i < m_words.size(); ++i) {
        const Word& w = m_words.at(i);
        if (w.text.isEmpty())
            continue;
        m_byFirst[w.text.at(0).unicode() & 0x7f].append(i);
        m_starts[w.text.at(0).unicode() & 0x7f] = true;
        alternatives.append((w.boundaryBefore ? QStringLiteral("\\b") : QString()) +
                            QRegularExpression::escape(w.text) +
                            (w.boundaryAfter ? QStringLiteral("\\b") : QString()));
    }
    m_pattern = QRegularExpression(alternatives.join(u'|'), QRegularExpression::CaseInsensitiveOption);
    m_pattern.optimize();
}

bool LiteralPattern::at(QStringView text, qsizetype pos, const Word& w) const
{
    const qsizetype end = pos + w.text.size();
    if (end > text.size())
        return false;
    for (qsizetype k = 0; k < w.text.size(); ++k) {
        if (asciiLower(text[pos + k].unicode()) != w.text.at(k).unicode())
            return false;
    }
    // \b: a word character on exactly one side (the text's ends count as non-word).
    const auto boundary = [&text](qsizetype p) {
        const bool before = p > 0 && isRegexWordChar(text[p - 1].unicode());
        const bool after = p < text.size() && isRegexWordChar(text[p].unicode());
        return before != after;
    };
    return (!w.boundaryBefore || boundary(pos)) && (!w.boundaryAfter || boundary(end));
}

bool LiteralPattern::occursIn(QStringView text, TextKind kind) const
{
    if (kind != TextKind::Ascii)
        return m_pattern.match(text).hasMatch();
    const char16_t* d = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = asciiLower(d[i]) & 0x7f;
        if (!m_starts[c])
            continue; // most characters start no word
        for (int w : m_byFirst[c]) {
            if (at(text, i, m_words.at(w)))
                return true;
        }
    }
    return false;
}

} // namespace wcw::rules
