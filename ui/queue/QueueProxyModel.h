#pragma once
// Thin filter/sort proxy over the queue: filtering is QueueCriteria's decision (core/, tested
// there); this class only hands it the row.
#include "work/QueueCriteria.h"

#include <QSortFilterProxyModel>

namespace wcw::ui {

class QueueProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueProxyModel(QObject* parent = nullptr);

    void setCriteria(const QueueCriteria& criteria);
    const QueueCriteria& criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QueueCriteria m_criteria;
};

} // namespace wcw::ui
