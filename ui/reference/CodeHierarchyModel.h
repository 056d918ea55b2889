#pragma once
// The tabular hierarchy (chapters > blocks > categories > codes) as a lazily filled tree:
// a node's children are asked of the wcw::CodeHierarchy service only when it is expanded,
// so the ~95,000 codes of a release are never loaded at once.
#include "domain/CodeHierarchy.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace wcw::ui {

class CodeHierarchyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, TitleColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CodeRole, BillableRole, KindRole };

    explicit CodeHierarchyModel(QObject* parent = nullptr);
    ~CodeHierarchyModel() override;

    // Resets the tree to the chapters of the release in force on the date.
    void setHierarchy(const CodeHierarchy* hierarchy, QDate dateOfService);
    // Index of a node id, fetching the nodes on the way ({} when not found).
    QModelIndex indexOfPath(const QStringList& path);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    void fetch(Node* node, const QModelIndex& index);

    const CodeHierarchy* m_hierarchy = nullptr;
    QDate m_date;
    std::unique_ptr<Node> m_root;
    // True while a reset or an insertion is being announced: views and testers that walk the
    // tree from inside those signals must not start a nested fetch.
    bool m_changing = false;
};

} // namespace wcw::ui
