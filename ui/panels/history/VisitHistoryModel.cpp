#include "panels/history/VisitHistoryModel.h"

namespace wcw::ui {

VisitHistoryModel::VisitHistoryModel(QObject* parent) : QAbstractListModel(parent) {}

void VisitHistoryModel::setHistory(const VisitHistory& history)
{
    beginResetModel();
    m_history = history;
    // The store gives oldest first; keep that order even if a caller did not.
    std::stable_sort(
        m_history.visits.begin(), m_history.visits.end(),
        [](const VisitSummary& a, const VisitSummary& b) { return a.dateOfService < b.dateOfService; });
    endResetModel();
}

void VisitHistoryModel::setCurrentEncounterId(const QString& encounterId)
{
    m_current = encounterId;
    if (!m_history.visits.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {CurrentRole});
}

QStringList VisitHistoryModel::staleCodesAt(int row) const
{
    QStringList out;
    if (row < 0 || row >= m_history.visits.size())
        return out;
    const VisitSummary& v = m_history.visits.at(row);
    for (const CarriedSymptom& s : m_history.symptoms) {
        // The first visit of a run coded what it saw; the visits after it carried the code forward.
        const bool carried = s.visits > 1 ? v.dateOfService > s.firstSeen : v.dateOfService == s.firstSeen;
        if (s.stale && v.codes.contains(s.code) && carried && v.dateOfService <= s.lastSeen)
            out.append(s.code);
    }
    return out;
}

int VisitHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.visits.size());
}

QVariant VisitHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const VisitSummary& v = m_history.visits.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2  %3")
            .arg(v.dateOfService.toString(Qt::ISODate), v.encounterId, v.codes.join(QStringLiteral(", ")));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = tr("Visit %1 on %2: %3. ")
                           .arg(v.encounterId, v.dateOfService.toString(Qt::ISODate),
                                v.codes.join(QStringLiteral(", ")));
        text += v.progressionDocumented ? tr("Progression or re-evaluation documented.")
                                        : tr("No progression or re-evaluation documented.");
        const QStringList stale = staleCodesAt(row);
        if (!stale.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Carried forward without re-evaluation: %1.").arg(stale.join(QStringLiteral(", ")));
        return text;
    }
    case VisitIdRole:
        return v.id;
    case EncounterIdRole:
        return v.encounterId;
    case DateRole:
        return v.dateOfService;
    case CodesRole:
        return v.codes;
    case StaleCodesRole:
        return staleCodesAt(row);
    case ProgressionRole:
        return v.progressionDocumented;
    case DefinitiveDxRole:
        return v.definitiveDxCoded;
    case CurrentRole:
        return !m_current.isEmpty() && v.encounterId == m_current;
    case DaysSincePreviousRole:
        return row == 0 ? -1 : int(m_history.visits.at(row - 1).dateOfService.daysTo(v.dateOfService));
    default:
        return {};
    }
}

} // namespace wcw::ui
