#include "ReferenceCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wcw::db {

bool CodeTable::load(QSqlDatabase& db, const QString& releaseId, int slot, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, billable FROM codes WHERE release_id = :r"));
    q.bindValue(QStringLiteral(":r"), releaseId);
    if (!q.exec()) {
        *error = QStringLiteral("%1: reading codes of %2: %3")
                     .arg(db.databaseName(), releaseId, q.lastError().text());
        return false;
    }
    const quint64 exists = quint64(1) << (2 * slot);
    const quint64 billable = quint64(2) << (2 * slot);
    while (q.next())
        m_bits[q.value(0).toString()] |= exists | (q.value(1).toInt() ? billable : 0);
    return true;
}

bool ExclusionTable::load(QSqlDatabase& db, const QString& releaseId, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT n.id, n.owner, n.kind, n.text, r.ref_from, r.ref_to, r.subtree FROM notes n"
                       " LEFT JOIN note_refs r ON r.note_id = n.id WHERE n.release_id = :r"
                       " AND n.kind IN ('excludes1', 'excludes2') ORDER BY n.owner, n.seq, n.id"));
    q.bindValue(QStringLiteral(":r"), releaseId);
    if (!q.exec()) {
        *error = QStringLiteral("%1: reading notes of %2: %3")
                     .arg(db.databaseName(), releaseId, q.lastError().text());
        return false;
    }
    qlonglong lastId = -1;
    while (q.next()) {
        QList<ExclusionNote>& list = m_byOwner[q.value(1).toString()];
        if (q.value(0).toLongLong() != lastId) {
            lastId = q.value(0).toLongLong();
            list.append(ExclusionNote{q.value(2).toString(), q.value(3).toString(), {}});
        }
        if (!q.value(4).isNull())
            list.last().refs.append(
                NoteCodeRef{q.value(4).toString(), q.value(5).toString(), q.value(6).toBool()});
    }
    q.prepare(QStringLiteral("SELECT id, chapter, first_code, last_code FROM blocks WHERE release_id = :r"));
    q.bindValue(QStringLiteral(":r"), releaseId);
    if (!q.exec()) {
        *error = QStringLiteral("%1: reading sections of %2: %3")
                     .arg(db.databaseName(), releaseId, q.lastError().text());
        return false;
    }
    while (q.next())
        m_blocks.append(Block{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString()});
    // Precompute every category so lookups later need no lock and no scan.
    q.prepare(QStringLiteral("SELECT DISTINCT substr(code, 1, 3) FROM codes WHERE release_id = :r"));
    q.bindValue(QStringLiteral(":r"), releaseId);
    if (q.exec()) {
        while (q.next()) {
            const QString category = q.value(0).toString();
            for (const Block& b : m_blocks) {
                if (category >= b.first && category <= b.last) {
                    m_byCategory.insert(
                        category, {QStringLiteral("block:") + b.id, QStringLiteral("chapter:") + b.chapter});
                    break;
                }
            }
        }
    }
    return true;
}

QPair<QString, QString> ExclusionTable::blockAndChapterOf(const QString& code) const
{
    const QString category = code.left(3);
    auto it = m_byCategory.constFind(category);
    if (it != m_byCategory.constEnd())
        return it.value();
    // A category new in a later (order-only) release: find it by range, without caching
    // (this table is shared between threads and read without a lock).
    for (const Block& b : m_blocks) {
        if (category >= b.first && category <= b.last)
            return {QStringLiteral("block:") + b.id, QStringLiteral("chapter:") + b.chapter};
    }
    return {};
}

} // namespace wcw::db
