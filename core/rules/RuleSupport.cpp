#include "rules/CodingTerms.h"
#include "rules/Rule.h"
#include "rules/TextWords.h"

#include <QMutex>
#include <QMutexLocker>

namespace wcw::rules {

const CodeRecord* RuleContext::record(const QString& code) const
{
    auto it = m_records.find(code);
    if (it == m_records.end())
        it = m_records.insert(code, codeFacts.record(code, encounter.dateOfService));
    return it->has_value() ? &it->value() : nullptr;
}

const QString& RuleContext::lowerNote() const
{
    if (m_lowerNote.isEmpty() && !encounter.note.isEmpty())
        m_lowerNote = lowerText(encounter.note);
    return m_lowerNote;
}

// Sibling titles share most of their words ("Other specified disorders of muscle", "Muscle spasm of
// back", ...): two thirds of the words asked in one encounter were asked before.
bool RuleContext::noteContains(const QString& lowerWord) const
{
    auto it = m_noteWords.constFind(lowerWord);
    if (it == m_noteWords.constEnd())
        it = m_noteWords.insert(lowerWord, lowerNote().contains(lowerWord));
    return *it;
}

bool RuleContext::billableOnDate(const QString& code) const
{
    return codeFacts.validityOn(code, encounter.dateOfService) == CodeValidity::Billable;
}

QString RuleContext::title(const QString& code) const
{
    const CodeRecord* r = record(code);
    return r && !r->title.isEmpty() ? code + QStringLiteral(" (") + r->title + u')' : code;
}

QString RuleContext::noteText(const QString& code, const QString& kind, const QString& other) const
{
    const CodeRecord* r = record(code);
    if (!r)
        return {};
    for (const CodeNote& n : r->notes) {
        if (n.kind != kind)
            continue;
        if (other.isEmpty())
            return n.text;
        for (const QString& c : n.codes) {
            if (codeCovers(c, other))
                return n.text;
        }
    }
    return {};
}

// A view of the prefix, not a copy: rules call this tens of times per encounter.
bool codeCovers(const QString& prefix, const QString& code)
{
    QStringView p = prefix;
    while (p.endsWith(u'-') || p.endsWith(u'.'))
        p.chop(1);
    if (p.isEmpty())
        return false;
    if (code.size() == p.size())
        return code.compare(p, Qt::CaseInsensitive) == 0;
    // "G70.0" covers "G70.00"; "M62" covers "M62.81" (the dot follows the category).
    return code.startsWith(p, Qt::CaseInsensitive) && (p.size() != 3 || code.at(3) == u'.');
}

CodeFix replaceFix(const QString& code, const QString& replacement)
{
    return {CodeFix::Kind::Replace, code, replacement,
            QStringLiteral("Replace %1 by %2").arg(code, replacement)};
}

CodeFix removeFix(const QString& code)
{
    return {CodeFix::Kind::Remove, code, {}, QStringLiteral("Remove %1").arg(code)};
}

CodeFix addFix(const QString& code)
{
    return {CodeFix::Kind::Add, {}, code, QStringLiteral("Add %1").arg(code)};
}

CodeFix moveFirstFix(const QString& code)
{
    return {CodeFix::Kind::MoveFirst, code, {}, QStringLiteral("Move %1 first").arg(code)};
}

// QDate::toString(Qt::ISODate) costs ~2,700 instructions, a finding message's most expensive part;
// the years of service dates (1-9999) are written here digit by digit, anything else is left to Qt.
QString isoDate(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1 || y > 9999)
        return date.toString(Qt::ISODate);
    QString out(10, Qt::Uninitialized);
    QChar* p = out.data();
    const auto digits = [&p](int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            p[i] = QChar(char16_t(u'0' + value % 10));
        p += count;
    };
    digits(y, 4);
    *p++ = u'-';
    digits(m, 2);
    *p++ = u'-';
    digits(d, 2);
    return out;
}

namespace {

struct WordsKey
{
    QString text;
    int minLength = 0;
    bool withoutParentheses = false;
    friend bool operator==(const WordsKey&, const WordsKey&) = default;
};

size_t qHash(const WordsKey& k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.text, k.minLength, k.withoutParentheses);
}

} // namespace

// Kept per text for the process: the same few hundred titles and tabular notes come back encounter
// after encounter, and the words depend on the text alone (the stopwords are fixed once loaded).
// The rules run on more than one thread in the workstation, hence the lock.
QStringList significantWords(const QString& text, int minLength, bool withoutParentheses)
{
    static QMutex lock;
    static QHash<WordsKey, QStringList> memo;
    WordsKey key{text, minLength, withoutParentheses};
    {
        const QMutexLocker locker(&lock);
        const auto it = memo.constFind(key);
        if (it != memo.constEnd())
            return *it;
    }
    const QString lower = withoutParentheses ? withoutParenthesized(lowerText(text)) : lowerText(text);
    QStringList words;
    for (QStringView w : lowerWords(lower, minLength)) {
        if (!CodingTerms::instance().isStopword(w))
            words.append(w.toString());
    }
    const QMutexLocker locker(&lock);
    if (memo.size() >= 50000) // free text from elsewhere must not grow it without bound
        memo.clear();
    memo.insert(std::move(key), words);
    return words;
}

} // namespace wcw::rules
