#include "work/QueueCriteria.h"

#include "domain/IcdCode.h"

namespace wcw {

int severityRank(std::optional<Severity> severity)
{
    if (!severity)
        return 0;
    switch (*severity) {
    case Severity::Info:
        return 1;
    case Severity::Warning:
        return 2;
    case Severity::Error:
        return 3;
    }
    return 0;
}

void QueueCriteria::setText(const QString& text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
}

bool QueueCriteria::isEmpty() const
{
    return m_statuses.isEmpty() && !m_minimumSeverity && m_rule.isEmpty() && m_coder.isEmpty() &&
           m_words.isEmpty();
}

bool QueueCriteria::accepts(const QueueItem& item) const
{
    if (!m_statuses.isEmpty() && !m_statuses.contains(item.status))
        return false;
    if (m_minimumSeverity && severityRank(item.worstSeverity) < severityRank(m_minimumSeverity))
        return false;
    if (!m_rule.isEmpty() && !item.findingRules.contains(m_rule))
        return false;
    if (!m_coder.isEmpty() && !item.claimedBy.isEmpty() && item.claimedBy != m_coder)
        return false;
    return textMatches(item);
}

bool QueueCriteria::textMatches(const QueueItem& item) const
{
    if (m_words.isEmpty())
        return true;
    // Codes match typed with or without the dot ("r531" finds R53.1).
    QStringList compactCodes;
    for (const QString& code : item.codes)
        compactCodes << icd::compact(code);
    const QString haystack = QStringList{item.patientName, item.patientId,        item.encounterId,
                                         item.provider,    item.codes.join(u' '), compactCodes.join(u' ')}
                                 .join(u'\n');
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace wcw
