#include "panels/checklist/ChecklistModel.h"

#include "common/StatusIcons.h"

#include <QFont>

namespace wcw::ui {

namespace {
// Internal id of a top-level row; evidence rows store their item's row + 1 (0 = top level).
constexpr quintptr TopLevel = 0;
} // namespace

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractItemModel(parent) {}

void ChecklistModel::setChecklist(const Checklist& checklist)
{
    beginResetModel();
    m_checklist = checklist;
    endResetModel();
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_checklist.items.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_checklist.items.at(parent.row()).evidence.size());
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TopLevel)
        return itemData(m_checklist.items.at(index.row()), role);
    const ChecklistItem& item = m_checklist.items.at(int(index.internalId() - 1));
    return evidenceData(item.evidence.at(index.row()), role);
}

QVariant ChecklistModel::itemData(const ChecklistItem& item, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return item.present ? item.label : tr("%1 \u2014 not documented").arg(item.label);
    case Qt::DecorationRole:
        return item.present ? StatusIcons::present() : StatusIcons::missing();
    case Qt::ToolTipRole:
        return item.present ? tr("Documented in the note; click to show where.")
                            : tr("Not found in the note: ask the provider, or add it when it is documented.");
    case Qt::ForegroundRole:
        return item.present ? QVariant() : QVariant(StatusIcons::missingColor());
    case Qt::AccessibleTextRole:
        return QString((item.present ? tr("present: ") : tr("missing: ")) + item.label);
    case ItemIdRole:
        return item.id;
    case PresentRole:
        return item.present;
    case SpanStartRole:
        return item.evidence.isEmpty() ? QVariant() : QVariant(item.evidence.first().start);
    case SpanEndRole:
        return item.evidence.isEmpty() ? QVariant() : QVariant(item.evidence.first().end);
    case IsEvidenceRole:
        return false;
    default:
        return {};
    }
}

QVariant ChecklistModel::evidenceData(const EvidenceSpan& span, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("\u201c%1\u201d").arg(span.quote);
    case Qt::ToolTipRole:
        return tr("Note characters %1\u2013%2; click to show in the note.").arg(span.start).arg(span.end);
    case Qt::FontRole: {
        QFont f;
        f.setItalic(true);
        return f;
    }
    case SpanStartRole:
        return span.start;
    case SpanEndRole:
        return span.end;
    case IsEvidenceRole:
        return true;
    default:
        return {};
    }
}

} // namespace wcw::ui
