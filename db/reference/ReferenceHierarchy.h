#pragma once
// The tabular list as a tree, read from the reference database (core/CodeHierarchy.h):
// chapters, blocks, then categories and codes by their parent, in the release in force on a
// date of service. Order-only releases have codes but no chapters or blocks of their own:
// the structure then comes from the release their notes come from.
#include "domain/CodeHierarchy.h"

namespace wcw::db {

class ReferenceDb;

class ReferenceHierarchy : public CodeHierarchy
{
public:
    explicit ReferenceHierarchy(const ReferenceDb& reference);

    QList<HierarchyNode> children(const QString& parentId, QDate dateOfService) const override;
    QStringList pathTo(QStringView code, QDate dateOfService) const override;

private:
    const ReferenceDb& m_reference;
};

} // namespace wcw::db
