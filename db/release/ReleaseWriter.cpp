#include "release/ReleaseWriter.h"

#include "domain/IcdCode.h"
#include "reference/NoteCodeRefs.h"
#include "sqlite/SqlCheck.h"

#include <QDateTime>
#include <QSqlQuery>

namespace wcw::db {

ReleaseWriter::ReleaseWriter(QSqlDatabase db, const ImportControl& control)
    : m_db(std::move(db)), m_control(control)
{
}

bool ReleaseWriter::exec(QSqlQuery& q, const QString& what)
{
    return check(execQuery(q, m_db, QStringLiteral("writing ") + what));
}

bool ReleaseWriter::prepare(QSqlQuery& q, const QString& sql, const QString& what)
{
    return check(prepareQuery(q, m_db, sql, QStringLiteral("preparing to write ") + what));
}

bool ReleaseWriter::check(const Status& status)
{
    if (status)
        return true;
    m_error = status.error().text();
    return false;
}

bool ReleaseWriter::tick(int row, const QString& stage, int total)
{
    if (row % 4096 != 0)
        return true;
    if (m_control.cancelled()) {
        m_error = QStringLiteral("import cancelled");
        return false;
    }
    m_control.report(stage, row, total);
    return true;
}

bool ReleaseWriter::removeRelease(const QString& id)
{
    QSqlQuery q(m_db);
    // FTS rows and notes' refs go with their release (refs by cascade through notes).
    if (!prepare(q, QStringLiteral("DELETE FROM releases WHERE id = :id"),
                 QStringLiteral("the removal of the release")))
        return false;
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q, QStringLiteral("release removal"));
}

bool ReleaseWriter::removeStarterReleases()
{
    QSqlQuery q(m_db);
    if (!prepare(q, QStringLiteral("DELETE FROM releases WHERE kind = 'starter'"),
                 QStringLiteral("the removal of starter releases")))
        return false;
    return exec(q, QStringLiteral("starter removal"));
}

bool ReleaseWriter::writeRelease(const ReleaseRow& row, const ReleaseSources& sources)
{
    QSqlQuery q(m_db);
    if (!prepare(
            q,
            QStringLiteral(
                "INSERT INTO releases (id, label, effective_from, kind, version, source_digest, imported_at)"
                " VALUES (:id, :label, :from, :kind, :version, :digest, :at)"),
            QStringLiteral("the release row")))
        return false;
    q.bindValue(QStringLiteral(":id"), row.id);
    q.bindValue(QStringLiteral(":label"), row.label);
    q.bindValue(QStringLiteral(":from"), row.effectiveFrom.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":kind"), row.kind);
    q.bindValue(QStringLiteral(":version"), row.version);
    q.bindValue(QStringLiteral(":digest"), row.digest);
    q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!exec(q, QStringLiteral("release")))
        return false;
    if (!prepare(q,
                 QStringLiteral("INSERT INTO release_files (release_id, role, file_name, bytes, sha256)"
                                " VALUES (:release, :role, :name, :bytes, :sha)"),
                 QStringLiteral("release files")))
        return false;
    for (const SourceFile* f : sources.files()) {
        q.bindValue(QStringLiteral(":release"), row.id);
        q.bindValue(QStringLiteral(":role"), f->role);
        q.bindValue(QStringLiteral(":name"), f->name);
        q.bindValue(QStringLiteral(":bytes"), f->bytes.size());
        q.bindValue(QStringLiteral(":sha"), f->sha256);
        if (!exec(q, QStringLiteral("release file")))
            return false;
    }
    return true;
}

bool ReleaseWriter::writeChapters(const QString& release, const QList<ChapterRow>& chapters,
                                  const QList<BlockRow>& blocks)
{
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral("INSERT INTO chapters (release_id, num, title, first_code, last_code)"
                                " VALUES (:release, :num, :title, :first, :last)"),
                 QStringLiteral("chapters")))
        return false;
    for (const ChapterRow& c : chapters) {
        q.bindValue(QStringLiteral(":release"), release);
        q.bindValue(QStringLiteral(":num"), c.num);
        q.bindValue(QStringLiteral(":title"), c.title);
        q.bindValue(QStringLiteral(":first"), c.first);
        q.bindValue(QStringLiteral(":last"), c.last);
        if (!exec(q, QStringLiteral("chapter ") + c.num))
            return false;
    }
    if (!prepare(q,
                 QStringLiteral("INSERT INTO blocks (release_id, id, chapter, title, first_code, last_code)"
                                " VALUES (:release, :id, :chapter, :title, :first, :last)"),
                 QStringLiteral("sections")))
        return false;
    for (const BlockRow& b : blocks) {
        q.bindValue(QStringLiteral(":release"), release);
        q.bindValue(QStringLiteral(":id"), b.id);
        q.bindValue(QStringLiteral(":chapter"), b.chapter);
        q.bindValue(QStringLiteral(":title"), b.title);
        q.bindValue(QStringLiteral(":first"), b.first);
        q.bindValue(QStringLiteral(":last"), b.last);
        if (!exec(q, QStringLiteral("section ") + b.id))
            return false;
    }
    return true;
}

bool ReleaseWriter::writeCodes(const QString& release, const QList<CodeRow>& codes)
{
    QSqlQuery q(m_db);
    if (!prepare(q,
                 QStringLiteral(
                     "INSERT INTO codes (release_id, code, dotted, title, short_title, billable, parent,"
                     " chapter, block, depth) VALUES (:release, :code, :dotted, :title, :short, :billable,"
                     " :parent, :chapter, :block, :depth)"),
                 QStringLiteral("codes")))
        return false;
    int n = 0;
    for (const CodeRow& c : codes) {
        if (!tick(n++, QStringLiteral("codes"), int(codes.size())))
            return false;
        q.bindValue(QStringLiteral(":release"), release);
        q.bindValue(QStringLiteral(":code"), c.code);
        q.bindValue(QStringLiteral(":dotted"), icd::dotted(c.code));
        q.bindValue(QStringLiteral(":title"), c.title);
        q.bindValue(QStringLiteral(":short"), c.shortTitle.isEmpty() ? QVariant() : QVariant(c.shortTitle));
        q.bindValue(QStringLiteral(":billable"), c.billable ? 1 : 0);
        q.bindValue(QStringLiteral(":parent"), c.parent.isEmpty() ? QVariant() : QVariant(c.parent));
        q.bindValue(QStringLiteral(":chapter"), c.chapter);
        q.bindValue(QStringLiteral(":block"), c.block);
        q.bindValue(QStringLiteral(":depth"), c.depth);
        if (!exec(q, QStringLiteral("code ") + icd::dotted(c.code)))
            return false;
    }
    return true;
}

bool ReleaseWriter::writeNotes(const QString& release, const QList<NoteRow>& notes)
{
    QSqlQuery note(m_db);
    if (!prepare(note,
                 QStringLiteral("INSERT INTO notes (release_id, owner, kind, seq, text)"
                                " VALUES (:release, :owner, :kind, :seq, :text)"),
                 QStringLiteral("notes")))
        return false;
    QSqlQuery ref(m_db);
    if (!prepare(ref,
                 QStringLiteral("INSERT INTO note_refs (note_id, ref_from, ref_to, subtree)"
                                " VALUES (:note, :from, :to, :subtree)"),
                 QStringLiteral("note references")))
        return false;
    int n = 0;
    for (const NoteRow& row : notes) {
        if (!tick(n++, QStringLiteral("notes"), int(notes.size())))
            return false;
        note.bindValue(QStringLiteral(":release"), release);
        note.bindValue(QStringLiteral(":owner"), row.owner);
        note.bindValue(QStringLiteral(":kind"), row.kind);
        note.bindValue(QStringLiteral(":seq"), row.seq);
        note.bindValue(QStringLiteral(":text"), row.text);
        if (!exec(note, QStringLiteral("note")))
            return false;
        if (row.kind == QLatin1String("sevenChrDef") || row.kind == QLatin1String("inclusionTerm"))
            continue; // these name no codes
        const QVariant noteId = note.lastInsertId();
        for (const NoteCodeRef& r : parseNoteCodeRefs(row.text)) {
            ref.bindValue(QStringLiteral(":note"), noteId);
            ref.bindValue(QStringLiteral(":from"), r.from);
            ref.bindValue(QStringLiteral(":to"), r.to);
            ref.bindValue(QStringLiteral(":subtree"), r.subtree ? 1 : 0);
            if (!exec(ref, QStringLiteral("note reference")))
                return false;
        }
    }
    return true;
}

bool ReleaseWriter::writeIndex(const QString& release, const QList<IndexTermRow>& terms)
{
    QSqlQuery q(m_db);
    if (!prepare(
            q,
            QStringLiteral(
                "INSERT INTO index_terms (release_id, id, parent_id, level, title, nemod, code, code_key,"
                " manif, see, see_also) VALUES (:release, :id, :parent, :level, :title, :nemod, :code,"
                " :key, :manif, :see, :also)"),
            QStringLiteral("index terms")))
        return false;
    auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    int n = 0;
    for (const IndexTermRow& t : terms) {
        if (!tick(n++, QStringLiteral("index terms"), int(terms.size())))
            return false;
        QString key = icd::compact(t.code);
        if (key.endsWith(u'-'))
            key.chop(1);
        q.bindValue(QStringLiteral(":release"), release);
        q.bindValue(QStringLiteral(":id"), t.id);
        q.bindValue(QStringLiteral(":parent"), t.parentId < 0 ? QVariant() : QVariant(t.parentId));
        q.bindValue(QStringLiteral(":level"), t.level);
        q.bindValue(QStringLiteral(":title"), t.title);
        q.bindValue(QStringLiteral(":nemod"), orNull(t.nemod));
        q.bindValue(QStringLiteral(":code"), orNull(t.code));
        q.bindValue(QStringLiteral(":key"), orNull(key));
        q.bindValue(QStringLiteral(":manif"), orNull(t.manif));
        q.bindValue(QStringLiteral(":see"), orNull(t.see));
        q.bindValue(QStringLiteral(":also"), orNull(t.seeAlso));
        if (!exec(q, QStringLiteral("index term ") + t.title))
            return false;
    }
    return true;
}

} // namespace wcw::db
