#pragma once
// An in-memory tabular tree for code browser tests (hand-written, a few nodes).
#include "domain/CodeHierarchy.h"

#include <QHash>

namespace wcw::test {

class FakeHierarchy : public CodeHierarchy
{
public:
    FakeHierarchy();

    mutable QStringList asked; // parent ids asked for, in order (checks the lazy fetching)

    QList<HierarchyNode> children(const QString& parentId, QDate dateOfService) const override;
    QStringList pathTo(QStringView code, QDate dateOfService) const override;

private:
    void add(const QString& parent, HierarchyNode node);

    QHash<QString, QList<HierarchyNode>> m_children;
    QHash<QString, QString> m_parent;
};

} // namespace wcw::test
