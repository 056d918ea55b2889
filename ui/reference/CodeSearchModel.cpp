#include "reference/CodeSearchModel.h"

#include <QBrush>
#include <QPalette>

namespace wcw::ui {

CodeSearchModel::CodeSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

void CodeSearchModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QString CodeSearchModel::codeAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).code : QString();
}

int CodeSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int CodeSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case CodeRole:
        return hit.code;
    case BillableRole:
        return hit.billable;
    case Qt::ToolTipRole:
        return tr("%1 %2\nMatched: %3").arg(hit.code, hit.title, hit.matched);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case CodeColumn:
            return hit.code;
        case TitleColumn:
            return hit.title;
        case BillableColumn:
            return hit.billable ? tr("billable") : tr("header");
        case MatchedColumn:
            return hit.matched;
        }
        break;
    case Qt::ForegroundRole:
        // Headers cannot be submitted: grey them so the eye lands on billable codes.
        if (!hit.billable && index.column() != MatchedColumn)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    default:
        break;
    }
    return {};
}

QVariant CodeSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case BillableColumn:
        return tr("Billable");
    case MatchedColumn:
        return tr("Matched");
    }
    return {};
}

} // namespace wcw::ui
