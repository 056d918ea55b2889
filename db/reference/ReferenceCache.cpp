#include "reference/ReferenceCache.h"

#include "sqlite/SqlCheck.h"

#include <QSqlQuery>
#include <QVariant>

namespace wcw::db {

Status CodeTable::load(QSqlDatabase& db, const QString& releaseId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString purpose = QStringLiteral("reading the codes of release %1").arg(releaseId);
    if (Status s = prepareQuery(q, db, QStringLiteral("SELECT code, billable FROM codes WHERE release_id = :r"),
                                purpose);
        !s)
        return s;
    q.bindValue(QStringLiteral(":r"), releaseId);
    if (Status s = execQuery(q, db, purpose); !s)
        return s;
    while (q.next())
        m_billable.insert(q.value(0).toString(), q.value(1).toInt() != 0);
    return {};
}

Status ExclusionTable::load(QSqlDatabase& db, const QString& releaseId)
{
    if (Status s = loadNotes(db, releaseId); !s)
        return s;
    if (Status s = loadBlocks(db, releaseId); !s)
        return s;
    return loadCategories(db);
}

Status ExclusionTable::loadNotes(QSqlDatabase& db, const QString& releaseId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString purpose = QStringLiteral("reading the Excludes notes of release %1").arg(releaseId);
    if (Status s = prepareQuery(
            q, db,
            QStringLiteral("SELECT n.id, n.owner, n.kind, n.text, r.ref_from, r.ref_to, r.subtree FROM notes n"
                           " LEFT JOIN note_refs r ON r.note_id = n.id WHERE n.release_id = :r"
                           " AND n.kind IN ('excludes1', 'excludes2') ORDER BY n.owner, n.seq, n.id"),
            purpose);
        !s)
        return s;
    q.bindValue(QStringLiteral(":r"), releaseId);
    if (Status s = execQuery(q, db, purpose); !s)
        return s;
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
    return {};
}

Status ExclusionTable::loadBlocks(QSqlDatabase& db, const QString& releaseId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString purpose = QStringLiteral("reading the sections of release %1").arg(releaseId);
    if (Status s = prepareQuery(
            q, db, QStringLiteral("SELECT id, chapter, first_code, last_code FROM blocks WHERE release_id = :r"),
            purpose);
        !s)
        return s;
    q.bindValue(QStringLiteral(":r"), releaseId);
    if (Status s = execQuery(q, db, purpose); !s)
        return s;
    while (q.next())
        m_blocks.append(Block{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString()});
    return {};
}

// Precompute every category so lookups later need no lock and no scan.
// Every category of every release (an order-only release borrowing these notes may add some).
Status ExclusionTable::loadCategories(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = execQuery(q, db, QStringLiteral("SELECT DISTINCT substr(code, 1, 3) FROM codes"),
                             QStringLiteral("reading the categories of every release"));
        !s)
        return s;
    while (q.next()) {
        const QString category = q.value(0).toString();
        for (const Block& b : m_blocks) {
            if (category >= b.first && category <= b.last) {
                m_byCategory.insert(category,
                                    {QStringLiteral("block:") + b.id, QStringLiteral("chapter:") + b.chapter});
                break;
            }
        }
    }
    return {};
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
