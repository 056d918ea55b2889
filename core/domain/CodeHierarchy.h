#pragma once
// The tabular list as a tree, for the code browser: chapters, their blocks, and the codes
// below each block or category, as of a date of service. core/ defines the question;
// db/ (ReferenceDb's database) answers it; tests may answer from memory.
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace wcw {

struct HierarchyNode
{
    enum class Kind { Chapter, Block, Category, Code };

    QString id;    // "chapter:18", "block:R50-R69", or a dotted code ("R53", "R53.1")
    QString code;  // dotted code; empty for chapters and blocks
    QString title; // "Symptoms, signs and abnormal clinical and laboratory findings, ..." / "Weakness"
    Kind kind = Kind::Code;
    bool billable = false;
    bool hasChildren = false;
};

class CodeHierarchy
{
public:
    virtual ~CodeHierarchy() = default;

    // Children of a node in tabular order; an empty parentId gives the chapters.
    virtual QList<HierarchyNode> children(const QString& parentId, QDate dateOfService) const = 0;
    // Node ids from the chapter down to the code itself ({"chapter:18", "block:R50-R69", "R53", "R53.1"});
    // empty when the code is not in the release in force.
    virtual QStringList pathTo(QStringView code, QDate dateOfService) const = 0;
};

} // namespace wcw
