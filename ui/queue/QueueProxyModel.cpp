#include "queue/QueueProxyModel.h"

#include "queue/QueueModel.h"

namespace wcw::ui {

QueueProxyModel::QueueProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QueueModel::SortRole);
    setDynamicSortFilter(true);
}

void QueueProxyModel::setCriteria(const QueueCriteria& criteria)
{
    m_criteria = criteria;
    invalidateFilter();
}

bool QueueProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* queue = qobject_cast<const QueueModel*>(sourceModel());
    if (!queue || sourceParent.isValid())
        return false;
    return m_criteria.accepts(queue->item(sourceRow));
}

} // namespace wcw::ui
