#include "reference/CodeHierarchyModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace wcw::ui {

struct CodeHierarchyModel::Node
{
    HierarchyNode data;
    Node* parent = nullptr;
    int row = 0;
    bool fetched = false;
    std::vector<std::unique_ptr<Node>> children;
};

CodeHierarchyModel::CodeHierarchyModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->data.hasChildren = true;
}

CodeHierarchyModel::~CodeHierarchyModel() = default;

void CodeHierarchyModel::setHierarchy(const CodeHierarchy* hierarchy, QDate dateOfService)
{
    m_changing = true;
    beginResetModel();
    m_hierarchy = hierarchy;
    m_date = dateOfService;
    m_root = std::make_unique<Node>();
    m_root->data.hasChildren = true;
    endResetModel();
    m_changing = false;
    // The chapters are few and always wanted: fetch them now so the view is never empty.
    fetchMore({});
}

CodeHierarchyModel::Node* CodeHierarchyModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CodeHierarchyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex CodeHierarchyModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int CodeHierarchyModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CodeHierarchyModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool CodeHierarchyModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* n = nodeOf(parent);
    return n->fetched ? !n->children.empty() : n->data.hasChildren && m_hierarchy;
}

bool CodeHierarchyModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* n = nodeOf(parent);
    return m_hierarchy && !m_changing && !n->fetched && n->data.hasChildren;
}

void CodeHierarchyModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetch(nodeOf(parent), parent);
}

void CodeHierarchyModel::fetch(Node* node, const QModelIndex& index)
{
    node->fetched = true;
    const QList<HierarchyNode> kids = m_hierarchy->children(node->data.id, m_date);
    if (kids.isEmpty()) {
        // Told it had children but has none: let the view drop the expand arrow.
        if (index.isValid())
            emit dataChanged(index, index);
        return;
    }
    m_changing = true;
    beginInsertRows(index, 0, int(kids.size()) - 1);
    for (int i = 0; i < kids.size(); ++i) {
        auto child = std::make_unique<Node>();
        child->data = kids.at(i);
        child->parent = node;
        child->row = i;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
    m_changing = false;
}

QModelIndex CodeHierarchyModel::indexOfPath(const QStringList& path)
{
    QModelIndex at;
    for (const QString& id : path) {
        fetchMore(at);
        const Node* n = nodeOf(at);
        QModelIndex next;
        for (const auto& child : n->children) {
            if (child->data.id == id) {
                next = createIndex(child->row, 0, child.get());
                break;
            }
        }
        if (!next.isValid())
            return {};
        at = next;
    }
    return at;
}

QVariant CodeHierarchyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HierarchyNode& n = nodeOf(index)->data;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return n.title;
        if (n.kind == HierarchyNode::Kind::Chapter)
            return tr("Chapter %1").arg(n.id.section(QLatin1Char(':'), 1));
        if (n.kind == HierarchyNode::Kind::Block)
            return n.id.section(QLatin1Char(':'), 1);
        return n.code;
    case Qt::ToolTipRole:
        if (n.code.isEmpty())
            return n.title;
        return n.billable ? tr("%1 %2 (billable)").arg(n.code, n.title)
                          : tr("%1 %2 (header, not billable)").arg(n.code, n.title);
    case Qt::FontRole:
        if (n.kind == HierarchyNode::Kind::Chapter || (index.column() == CodeColumn && n.billable)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return n.id;
    case CodeRole:
        return n.code;
    case BillableRole:
        return n.billable;
    case KindRole:
        return int(n.kind);
    default:
        return {};
    }
}

QVariant CodeHierarchyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == CodeColumn ? tr("Code") : tr("Title");
}

} // namespace wcw::ui
