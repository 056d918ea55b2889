#include "reference/ReferenceHierarchy.h"

#include "domain/IcdCode.h"
#include "reference/ReferenceDb.h"
#include "sqlite/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wcw::db {

namespace {

struct Releases
{
    QString codes;     // where the codes are
    QString structure; // where chapters and blocks are
};

std::optional<Releases> releasesOn(const ReferenceDb& reference, QDate date)
{
    const std::optional<Release> r = reference.releaseOn(date);
    if (!r)
        return std::nullopt;
    const bool borrowed = r->kind == ReleaseKind::OrderOnly && !r->notesFromId.isEmpty();
    return Releases{r->id, borrowed ? r->notesFromId : r->id};
}

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qWarning("reference hierarchy: %s", qPrintable(q.lastError().text()));
    return false;
}

HierarchyNode codeNode(const QSqlQuery& q)
{
    HierarchyNode n;
    n.code = q.value(0).toString(); // dotted
    n.id = n.code;
    n.title = q.value(1).toString();
    n.billable = q.value(2).toBool();
    n.kind = q.value(3).toInt() == 0 ? HierarchyNode::Kind::Category : HierarchyNode::Kind::Code;
    n.hasChildren = !n.billable; // a header is by definition not a leaf
    return n;
}

QList<HierarchyNode> codes(QSqlQuery& q)
{
    QList<HierarchyNode> out;
    if (run(q)) {
        while (q.next())
            out.append(codeNode(q));
    }
    return out;
}

} // namespace

ReferenceHierarchy::ReferenceHierarchy(const ReferenceDb& reference) : m_reference(reference) {}

QList<HierarchyNode> ReferenceHierarchy::children(const QString& parentId, QDate dateOfService) const
{
    const std::optional<Releases> rel = releasesOn(m_reference, dateOfService);
    if (!rel)
        return {};
    QSqlDatabase db = openSqlite(m_reference.path(), QStringLiteral("reference")).db;
    QSqlQuery q(db);
    QList<HierarchyNode> out;
    if (parentId.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT num, title FROM chapters WHERE release_id = :rel ORDER BY CAST(num AS INTEGER)"));
        q.bindValue(QStringLiteral(":rel"), rel->structure);
        if (run(q)) {
            while (q.next())
                out.append({QStringLiteral("chapter:") + q.value(0).toString(),
                            {},
                            q.value(1).toString(),
                            HierarchyNode::Kind::Chapter,
                            false,
                            true});
        }
        if (!out.isEmpty())
            return out;
        // A release with no chapter structure (the starter set): its categories at the top.
        q.prepare(QStringLiteral("SELECT dotted, title, billable, depth FROM codes"
                                 " WHERE release_id = :rel AND depth = 0 ORDER BY code"));
        q.bindValue(QStringLiteral(":rel"), rel->codes);
        return codes(q);
    }
    if (parentId.startsWith(QLatin1String("chapter:"))) {
        q.prepare(QStringLiteral("SELECT id, title FROM blocks WHERE release_id = :rel AND chapter = :chapter"
                                 " ORDER BY first_code, last_code DESC"));
        q.bindValue(QStringLiteral(":rel"), rel->structure);
        q.bindValue(QStringLiteral(":chapter"), parentId.mid(8));
        if (run(q)) {
            while (q.next())
                out.append({QStringLiteral("block:") + q.value(0).toString(),
                            {},
                            q.value(1).toString(),
                            HierarchyNode::Kind::Block,
                            false,
                            true});
        }
        return out;
    }
    if (parentId.startsWith(QLatin1String("block:"))) {
        q.prepare(QStringLiteral("SELECT dotted, title, billable, depth FROM codes"
                                 " WHERE release_id = :rel AND block = :block AND depth = 0 ORDER BY code"));
        q.bindValue(QStringLiteral(":rel"), rel->codes);
        q.bindValue(QStringLiteral(":block"), parentId.mid(6));
        return codes(q);
    }
    q.prepare(QStringLiteral("SELECT dotted, title, billable, depth FROM codes"
                             " WHERE release_id = :rel AND parent = :parent ORDER BY code"));
    q.bindValue(QStringLiteral(":rel"), rel->codes);
    q.bindValue(QStringLiteral(":parent"), icd::compact(parentId));
    return codes(q);
}

QStringList ReferenceHierarchy::pathTo(QStringView code, QDate dateOfService) const
{
    const std::optional<Releases> rel = releasesOn(m_reference, dateOfService);
    if (!rel)
        return {};
    QSqlDatabase db = openSqlite(m_reference.path(), QStringLiteral("reference")).db;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT dotted, parent, chapter, block FROM codes WHERE release_id = :rel AND code = :code"));
    q.bindValue(QStringLiteral(":rel"), rel->codes);
    QStringList path;
    QString chapter;
    QString block;
    // Walk up the parents (at most 7 levels in ICD-10-CM); the category row names chapter and block.
    for (QString at = icd::compact(code); !at.isEmpty() && path.size() < 10;) {
        q.bindValue(QStringLiteral(":code"), at);
        if (!run(q) || !q.next())
            return {};
        path.prepend(q.value(0).toString());
        at = q.value(1).toString();
        chapter = q.value(2).toString();
        block = q.value(3).toString();
    }
    if (!block.isEmpty())
        path.prepend(QStringLiteral("block:") + block);
    if (!chapter.isEmpty())
        path.prepend(QStringLiteral("chapter:") + chapter);
    return path;
}

} // namespace wcw::db
