#pragma once
// What the coder narrows the daily queue to: statuses, a minimum finding severity, one rule,
// "mine only", and free text. The queue view's proxy model only asks accepts(); the logic
// lives here so it is tested without widgets (after qBittorrent's TorrentFilter).
#include "work/WorkStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wcw {

class QueueCriteria
{
public:
    // Empty = every status.
    void setStatuses(const QList<EncounterStatus>& statuses) { m_statuses = statuses; }
    // Only encounters with at least one finding this severe (nullopt = no constraint).
    void setMinimumSeverity(std::optional<Severity> severity) { m_minimumSeverity = severity; }
    // Only encounters with a finding of this rule id (empty = any).
    void setRule(const QString& ruleId) { m_rule = ruleId.trimmed(); }
    // Only encounters claimed by this coder or unclaimed (empty = everyone's).
    void setMineOnly(const QString& coderId) { m_coder = coderId; }
    // Every word must occur (case-insensitive) in the patient, encounter id, provider or codes.
    void setText(const QString& text);

    const QList<EncounterStatus>& statuses() const { return m_statuses; }
    std::optional<Severity> minimumSeverity() const { return m_minimumSeverity; }
    const QString& rule() const { return m_rule; }
    const QStringList& words() const { return m_words; }
    bool isEmpty() const;

    bool accepts(const QueueItem& item) const;

private:
    bool textMatches(const QueueItem& item) const;

    QList<EncounterStatus> m_statuses;
    std::optional<Severity> m_minimumSeverity;
    QString m_rule;
    QString m_coder;
    QStringList m_words;
};

// Rank for sorting and comparing severities: none < info < warning < error.
int severityRank(std::optional<Severity> severity);

} // namespace wcw
