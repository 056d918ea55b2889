#pragma once
// Search hits as a table (code, title, billable, what matched) for the code fields'
// completion popups and the code browser's result list. Holds results only; the search
// itself is done by a wcw::CodeSearch service.
#include "domain/CodeSearch.h"

#include <QAbstractTableModel>

namespace wcw::ui {

class CodeSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, TitleColumn, BillableColumn, MatchedColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, BillableRole };

    explicit CodeSearchModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    const QList<SearchHit>& hits() const { return m_hits; }
    QString codeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace wcw::ui
