// ReferenceDb::record and ReferenceDb::compare: everything about one code as of a date of
// service, read from SQLite (these are for people, not for the rules' hot path).
#include "domain/IcdCode.h"
#include "reference/PairGuidance.h"
#include "reference/ReferenceDbImpl.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace wcw::db {

namespace {

QString titleOf(QSqlDatabase& db, const QString& table, const QString& release, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(table == QLatin1String("chapters")
                  ? QStringLiteral("SELECT title FROM chapters WHERE release_id = :r AND num = :k")
                  : QStringLiteral("SELECT title FROM blocks WHERE release_id = :r AND id = :k"));
    q.bindValue(QStringLiteral(":r"), release);
    q.bindValue(QStringLiteral(":k"), key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList refsOf(QSqlQuery& refs, qlonglong noteId)
{
    refs.bindValue(QStringLiteral(":id"), noteId);
    QStringList out;
    if (!refs.exec())
        return out;
    while (refs.next()) {
        const QString from = icd::dotted(refs.value(0).toString());
        const QString to = icd::dotted(refs.value(1).toString());
        out.append(from == to ? from : from + u'-' + to);
    }
    return out;
}

QList<CodeNote> notesOf(QSqlDatabase& db, const QString& release,
                        const QList<QPair<QString, QString>>& owners)
{
    QList<CodeNote> out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, kind, text FROM notes WHERE release_id = :r AND owner = :o ORDER BY seq"));
    QSqlQuery refs(db);
    refs.prepare(QStringLiteral("SELECT ref_from, ref_to FROM note_refs WHERE note_id = :id ORDER BY rowid"));
    // The tabular repeats some notes at several levels (Excludes2 "nontraumatic hematoma of muscle
    // (M79.81)" stands under both M62.8 and M62): a code shows each once, from its nearest owner.
    QSet<QString> seen;
    for (const auto& [owner, label] : owners) {
        q.bindValue(QStringLiteral(":r"), release);
        q.bindValue(QStringLiteral(":o"), owner);
        if (!q.exec())
            continue;
        while (q.next()) {
            const QString kind = q.value(1).toString();
            const QString text = q.value(2).toString();
            const qsizetype before = seen.size();
            seen.insert(kind + u'\x1f' + text);
            if (seen.size() == before) // the same note stood nearer to the code
                continue;
            out.append(CodeNote{kind, text, refsOf(refs, q.value(0).toLongLong()), label});
        }
    }
    return out;
}

// Index paths that end in the code (or in a "-" entry for one of its ancestors).
QList<IndexEntry> indexOf(QSqlDatabase& db, const QString& release, const QString& code)
{
    QList<IndexEntry> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, code, see, see_also FROM index_terms WHERE release_id = :r AND code_key = :k"));
    QSqlQuery up(db);
    up.prepare(
        QStringLiteral("SELECT parent_id, title, nemod FROM index_terms WHERE release_id = :r AND id = :id"));
    for (qsizetype n = code.size(); n >= 3; --n) {
        q.bindValue(QStringLiteral(":r"), release);
        q.bindValue(QStringLiteral(":k"), code.left(n));
        if (!q.exec())
            continue;
        while (q.next()) {
            const QString written = q.value(1).toString();
            if (n != code.size() && !written.endsWith(u'-'))
                continue;
            IndexEntry e;
            e.code = written;
            e.see = q.value(2).toString().isEmpty() ? q.value(3).toString() : q.value(2).toString();
            QVariant id = q.value(0);
            while (!id.isNull()) {
                up.bindValue(QStringLiteral(":r"), release);
                up.bindValue(QStringLiteral(":id"), id);
                if (!up.exec() || !up.next())
                    break;
                const QString nemod = up.value(2).toString();
                e.terms.prepend(nemod.isEmpty() ? up.value(1).toString()
                                                : up.value(1).toString() + u' ' + nemod);
                id = up.value(0);
            }
            out.append(e);
        }
    }
    return out;
}

} // namespace

std::optional<CodeRecord> ReferenceDb::record(QStringView code, QDate dateOfService) const
{
    const int slot = d->slotOn(dateOfService);
    if (slot < 0)
        return std::nullopt;
    const Release& release = d->releases.at(slot);
    const QString c = icd::compact(code);
    QSqlDatabase db = d->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT title, billable, chapter, block FROM codes WHERE release_id = :r AND code = :c"));
    q.bindValue(QStringLiteral(":r"), release.id);
    q.bindValue(QStringLiteral(":c"), c);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CodeRecord r;
    r.code = icd::dotted(c);
    r.title = q.value(0).toString();
    r.billable = q.value(1).toBool();
    r.release = release;
    r.notesReleaseId = release.notesFromId;
    r.indexReleaseId = d->indexFrom.value(release.id);
    const QString chapter = q.value(2).toString();
    const QString block = q.value(3).toString();
    const QString notesFrom = release.notesFromId.isEmpty() ? release.id : release.notesFromId;
    if (!chapter.isEmpty())
        r.chapter = chapter + u' ' + titleOf(db, QStringLiteral("chapters"), notesFrom, chapter);
    if (!block.isEmpty())
        r.block = block + u' ' + titleOf(db, QStringLiteral("blocks"), notesFrom, block);

    const CodeTable& codes = d->codesFor(slot);
    QList<QPair<QString, QString>> owners{{c, QString()}};
    for (qsizetype n = c.size() - 1; n >= 3; --n) {
        const QString prefix = c.left(n);
        if (codes.exists(prefix)) {
            r.parents.append(icd::dotted(prefix));
            owners.append({prefix, icd::dotted(prefix)});
        }
    }
    if (!block.isEmpty())
        owners.append({QStringLiteral("block:") + block, block});
    if (!chapter.isEmpty())
        owners.append({QStringLiteral("chapter:") + chapter, QStringLiteral("Chapter ") + chapter});
    if (!release.notesFromId.isEmpty())
        r.notes = notesOf(db, release.notesFromId, owners);
    if (!r.indexReleaseId.isEmpty())
        r.index = indexOf(db, r.indexReleaseId, c);
    return r;
}

std::optional<CodeComparison> ReferenceDb::compare(QStringView a, QStringView b, QDate dateOfService) const
{
    std::optional<CodeRecord> ra = record(a, dateOfService);
    std::optional<CodeRecord> rb = record(b, dateOfService);
    if (!ra || !rb)
        return std::nullopt;
    CodeComparison out;
    out.a = *ra;
    out.b = *rb;
    out.aExcludesB = exclusions(a, b, dateOfService);
    out.bExcludesA = exclusions(b, a, dateOfService);
    out.guidance = guidanceFor(out.a.code, out.b.code);
    return out;
}

} // namespace wcw::db
