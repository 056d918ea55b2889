#include "reference/ReferenceCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wcw::db {

bool CodeTable::load(QSqlDatabase& db, const QString& releaseId, QString* error)
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
    while (q.next())
        m_billable.insert(q.value(0).toString(), q.value(1).toInt() != 0);
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
    // Every category of every release (an order-only release borrowing these notes may add some).
    q.prepare(QStringLiteral("SELECT DISTINCT substr(code, 1, 3) FROM codes"));
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

const QPair<QString, QString>* ExclusionTable::blockAndChapterOf(const QString& code) const
{
    static thread_local QString category;
    category.resize(0);
    category.append(code.constData(), std::min<qsizetype>(3, code.size()));
    auto it = m_byCategory.constFind(category);
    return it == m_byCategory.constEnd() ? nullptr : &it.value();
}

void Excludes1Index::build(const CodeTable& codes, const ExclusionTable& notes)
{
    QList<Applied> refs;
    auto collect = [&](const QString& owner) {
        const QList<ExclusionNote>* list = notes.notesOf(owner);
        for (qsizetype i = 0; list && i < list->size(); ++i) {
            if (list->at(i).kind != QLatin1String("excludes1"))
                continue;
            for (const NoteCodeRef& r : list->at(i).refs)
                refs.append(Applied{&r, !r.subtree && !r.isRange() && codes.isHeader(r.from)});
        }
    };
    for (auto it = codes.all().constBegin(); it != codes.all().constEnd(); ++it) {
        const QString& code = it.key();
        refs.clear();
        for (qsizetype n = code.size(); n >= 3; --n)
            collect(code.left(n));
        if (const QPair<QString, QString>* bc = notes.blockAndChapterOf(code)) {
            collect(bc->first);
            collect(bc->second);
        }
        m_byCode.insert(code, refs);
    }
}

} // namespace wcw::db
