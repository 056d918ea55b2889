#include "FakeHierarchy.h"

namespace wcw::test {

namespace {

using Kind = HierarchyNode::Kind;

HierarchyNode node(const char* id, const char* title, Kind kind, bool billable = false)
{
    const QString nodeId = QString::fromUtf8(id);
    const bool isCode = kind == Kind::Category || kind == Kind::Code;
    return HierarchyNode{nodeId, isCode ? nodeId : QString(), QString::fromUtf8(title), kind, billable,
                         false};
}

} // namespace

FakeHierarchy::FakeHierarchy()
{
    add({}, node("chapter:13", "Diseases of the musculoskeletal system (test)", Kind::Chapter));
    add({}, node("chapter:18", "Symptoms, signs and abnormal findings (test)", Kind::Chapter));
    add(QStringLiteral("chapter:13"), node("block:M60-M63", "Disorders of muscles", Kind::Block));
    add(QStringLiteral("chapter:18"), node("block:R50-R69", "General symptoms and signs", Kind::Block));
    add(QStringLiteral("block:M60-M63"), node("M62", "Other disorders of muscle", Kind::Category));
    add(QStringLiteral("M62"), node("M62.8", "Other specified disorders of muscle", Kind::Code));
    add(QStringLiteral("M62.8"), node("M62.81", "Muscle weakness (generalized)", Kind::Code, true));
    add(QStringLiteral("M62.8"), node("M62.84", "Sarcopenia", Kind::Code, true));
    add(QStringLiteral("block:R50-R69"), node("R53", "Malaise and fatigue", Kind::Category));
    add(QStringLiteral("R53"), node("R53.1", "Weakness", Kind::Code, true));
    add(QStringLiteral("R53"), node("R53.8", "Other malaise and fatigue", Kind::Code));
    add(QStringLiteral("R53.8"), node("R53.83", "Other fatigue", Kind::Code, true));
}

void FakeHierarchy::add(const QString& parent, HierarchyNode n)
{
    m_parent.insert(n.id, parent);
    m_children[parent].append(n);
    // The parent now has children: mark it so a view shows the expand arrow.
    const QString grand = m_parent.value(parent);
    for (HierarchyNode& sibling : m_children[grand]) {
        if (sibling.id == parent)
            sibling.hasChildren = true;
    }
}

QList<HierarchyNode> FakeHierarchy::children(const QString& parentId, QDate) const
{
    asked.append(parentId);
    return m_children.value(parentId);
}

QStringList FakeHierarchy::pathTo(QStringView code, QDate) const
{
    QStringList path;
    QString at = code.toString();
    if (!m_parent.contains(at))
        return {};
    while (!at.isEmpty()) {
        path.prepend(at);
        at = m_parent.value(at);
    }
    return path;
}

} // namespace wcw::test
