#include "Rule.h"
#include "TextWords.h"

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

} // namespace wcw::rules
