#include "queue/QueueModel.h"

#include "work/QueueCriteria.h"
#include "common/Theme.h"
#include "services/Workbench.h"

namespace wcw::ui {

QueueModel::QueueModel(Workbench& workbench, QObject* parent)
    : QAbstractTableModel(parent), m_workbench(workbench)
{
    connect(&workbench, &Workbench::queueLoaded, this, &QueueModel::reload);
    connect(&workbench, &Workbench::queueItemChanged, this, &QueueModel::update);
    reload();
}

void QueueModel::reload()
{
    beginResetModel();
    m_items = m_workbench.queue();
    m_rowOf.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rowOf.insert(m_items.at(row).id, row);
    endResetModel();
}

void QueueModel::update(const QueueItem& item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[row] = item;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int QueueModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::display(const QueueItem& it, int column) const
{
    switch (column) {
    case Patient:
        return it.patientName.isEmpty() ? it.patientId
                                        : QStringLiteral("%1 (%2)").arg(it.patientName, it.patientId);
    case DateOfService:
        return it.dateOfService.toString(Qt::ISODate);
    case Setting:
        return settingName(it.setting);
    case Status:
        return statusName(it.status);
    case ClaimedBy:
        return it.claimedBy;
    case Codes:
        return it.codes.join(QStringLiteral(", "));
    case Findings:
        return it.findingCount;
    case Worst:
        return it.worstSeverity ? severityName(*it.worstSeverity) : QString();
    }
    return {};
}

QVariant QueueModel::sortKey(const QueueItem& it, int column) const
{
    switch (column) {
    case DateOfService:
        return it.dateOfService;
    case Findings:
        return it.findingCount;
    case Worst:
        return severityRank(it.worstSeverity);
    case Status:
        return int(it.status);
    default:
        return display(it, column);
    }
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueItem& it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(it, index.column());
    case Qt::ToolTipRole:
        return index.column() == Worst || index.column() == Findings ? it.findingRules.join(u'\n')
                                                                     : display(it, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Worst && it.worstSeverity)
            return Theme::severityColor(*it.worstSeverity);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Findings)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return it.id;
    case SortRole:
        return sortKey(it, index.column());
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Patient:
        return tr("Patient");
    case DateOfService:
        return tr("Date of service");
    case Setting:
        return tr("Setting");
    case Status:
        return tr("Status");
    case ClaimedBy:
        return tr("Claimed by");
    case Codes:
        return tr("Codes");
    case Findings:
        return tr("Findings");
    case Worst:
        return tr("Worst");
    }
    return {};
}

} // namespace wcw::ui
