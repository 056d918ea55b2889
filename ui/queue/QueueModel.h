#pragma once
// The daily queue as a table: one row per encounter (patient, date of service, setting,
// status, codes, number and worst severity of findings). Mirrors Workbench::queue().
#include "work/WorkStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wcw::ui {

class Workbench;

class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Patient, DateOfService, Setting, Status, ClaimedBy, Codes, Findings, Worst, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 store key
        SortRole,                  // raw value for sorting (date, severity rank, count)
    };

    explicit QueueModel(Workbench& workbench, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QueueItem& item(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;

private:
    void reload();
    void update(const QueueItem& item);
    QVariant display(const QueueItem& it, int column) const;
    QVariant sortKey(const QueueItem& it, int column) const;

    Workbench& m_workbench;
    QList<QueueItem> m_items;
    QHash<qint64, int> m_rowOf; // the queue check updates rows one by one: no linear search each time
};

} // namespace wcw::ui
