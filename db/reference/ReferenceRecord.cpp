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

// The reads of one record share the connection and say which code they were for.
struct RecordReader
{
    QSqlDatabase& db;
    QString code; // dotted, for messages

    QString purpose(const QString& what) const
    {
        return QStringLiteral("reading %1 of %2").arg(what, code);
    }
    Status prepare(QSqlQuery& q, const QString& sql, const QString& what) const
    {
        return prepareQuery(q, db, sql, purpose(what));
    }
    Status exec(QSqlQuery& q, const QString& what) const { return execQuery(q, db, purpose(what)); }
};

Result<QString> titleOf(const RecordReader& in, const QString& table, const QString& release, const QString& key)
{
    const bool chapter = table == QLatin1String("chapters");
    const QString what = chapter ? QStringLiteral("the chapter title") : QStringLiteral("the section title");
    QSqlQuery q(in.db);
    if (Status s = in.prepare(q,
                              chapter ? QStringLiteral("SELECT title FROM chapters WHERE release_id = :r AND num = :k")
                                      : QStringLiteral("SELECT title FROM blocks WHERE release_id = :r AND id = :k"),
                              what);
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":r"), release);
    q.bindValue(QStringLiteral(":k"), key);
    if (Status s = in.exec(q, what); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<QStringList> refsOf(const RecordReader& in, QSqlQuery& refs, qlonglong noteId)
{
    refs.bindValue(QStringLiteral(":id"), noteId);
    QStringList out;
    if (Status s = in.exec(refs, QStringLiteral("the codes a note refers to")); !s)
        return s.error();
    while (refs.next()) {
        const QString from = icd::dotted(refs.value(0).toString());
        const QString to = icd::dotted(refs.value(1).toString());
        out.append(from == to ? from : from + u'-' + to);
    }
    return out;
}

using Owners = QList<QPair<QString, QString>>; // owner key -> "inherited from" label

Result<QList<CodeNote>> notesOf(const RecordReader& in, const QString& release, const Owners& owners)
{
    const QString what = QStringLiteral("the notes");
    QList<CodeNote> out;
    QSqlQuery q(in.db);
    QSqlQuery refs(in.db);
    if (Status s = in.prepare(
            q, QStringLiteral("SELECT id, kind, text FROM notes WHERE release_id = :r AND owner = :o ORDER BY seq"),
            what);
        !s)
        return s.error();
    if (Status s = in.prepare(
            refs, QStringLiteral("SELECT ref_from, ref_to FROM note_refs WHERE note_id = :id ORDER BY rowid"),
            QStringLiteral("the codes a note refers to"));
        !s)
        return s.error();
    // The tabular repeats some notes at several levels (Excludes2 "nontraumatic hematoma of muscle
    // (M79.81)" stands under both M62.8 and M62): a code shows each once, from its nearest owner.
    QSet<QString> seen;
    for (const auto& [owner, label] : owners) {
        q.bindValue(QStringLiteral(":r"), release);
        q.bindValue(QStringLiteral(":o"), owner);
        if (Status s = in.exec(q, what); !s)
            return s.error();
        while (q.next()) {
            const QString kind = q.value(1).toString();
            const QString text = q.value(2).toString();
            const qsizetype before = seen.size();
            seen.insert(kind + u'\x1f' + text);
            if (seen.size() == before) // the same note stood nearer to the code
                continue;
            Result<QStringList> codes = refsOf(in, refs, q.value(0).toLongLong());
            if (!codes)
                return codes.error();
            out.append(CodeNote{kind, text, std::move(codes).value(), label});
        }
    }
    return out;
}

// The index path from the main term down to the term `id`: "Weak" > "muscle".
Result<QStringList> termsUpFrom(const RecordReader& in, QSqlQuery& up, const QString& release, QVariant id)
{
    QStringList terms;
    while (!id.isNull()) {
        up.bindValue(QStringLiteral(":r"), release);
        up.bindValue(QStringLiteral(":id"), id);
        if (Status s = in.exec(up, QStringLiteral("an index path")); !s)
            return s.error();
        if (!up.next())
            break;
        const QString nemod = up.value(2).toString();
        terms.prepend(nemod.isEmpty() ? up.value(1).toString() : up.value(1).toString() + u' ' + nemod);
        id = up.value(0);
    }
    return terms;
}

// Index paths that end in the code (or in a "-" entry for one of its ancestors).
Result<QList<IndexEntry>> indexOf(const RecordReader& in, const QString& release, const QString& code)
{
    const QString what = QStringLiteral("the index entries");
    QList<IndexEntry> out;
    QSqlQuery q(in.db);
    QSqlQuery up(in.db);
    if (Status s = in.prepare(
            q, QStringLiteral("SELECT id, code, see, see_also FROM index_terms WHERE release_id = :r AND code_key = :k"),
            what);
        !s)
        return s.error();
    if (Status s = in.prepare(
            up, QStringLiteral("SELECT parent_id, title, nemod FROM index_terms WHERE release_id = :r AND id = :id"),
            QStringLiteral("an index path"));
        !s)
        return s.error();
    for (qsizetype n = code.size(); n >= 3; --n) {
        q.bindValue(QStringLiteral(":r"), release);
        q.bindValue(QStringLiteral(":k"), code.left(n));
        if (Status s = in.exec(q, what); !s)
            return s.error();
        while (q.next()) {
            const QString written = q.value(1).toString();
            if (n != code.size() && !written.endsWith(u'-'))
                continue;
            IndexEntry e;
            e.code = written;
            e.see = q.value(2).toString().isEmpty() ? q.value(3).toString() : q.value(2).toString();
            Result<QStringList> terms = termsUpFrom(in, up, release, q.value(0));
            if (!terms)
                return terms.error();
            e.terms = std::move(terms).value();
            out.append(e);
        }
    }
    return out;
}

// The code's own row: title, billable, chapter and block. nullopt when not in the release.
struct CodeRow
{
    QString title;
    bool billable = false;
    QString chapter;
    QString block;
};

Result<std::optional<CodeRow>> codeRow(const RecordReader& in, const QString& release, const QString& code)
{
    const QString what = QStringLiteral("the code");
    QSqlQuery q(in.db);
    if (Status s = in.prepare(
            q, QStringLiteral("SELECT title, billable, chapter, block FROM codes WHERE release_id = :r AND code = :c"),
            what);
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":r"), release);
    q.bindValue(QStringLiteral(":c"), code);
    if (Status s = in.exec(q, what); !s)
        return s.error();
    if (!q.next())
        return std::optional<CodeRow>();
    return std::optional<CodeRow>(
        CodeRow{q.value(0).toString(), q.value(1).toBool(), q.value(2).toString(), q.value(3).toString()});
}

// "18 Symptoms, signs and ..." and "R50-R69 General symptoms and signs".
Status addChapterAndBlock(const RecordReader& in, const QString& structureRelease, const CodeRow& row,
                          CodeRecord* r)
{
    if (!row.chapter.isEmpty()) {
        Result<QString> title = titleOf(in, QStringLiteral("chapters"), structureRelease, row.chapter);
        if (!title)
            return title.error();
        r->chapter = row.chapter + u' ' + *title;
    }
    if (!row.block.isEmpty()) {
        Result<QString> title = titleOf(in, QStringLiteral("blocks"), structureRelease, row.block);
        if (!title)
            return title.error();
        r->block = row.block + u' ' + *title;
    }
    return {};
}

// Where the code's notes are declared, nearest first; fills r->parents on the way.
Owners ownersOf(const QString& c, const CodeTable& codes, const CodeRow& row, CodeRecord* r)
{
    Owners owners{{c, QString()}};
    for (qsizetype n = c.size() - 1; n >= 3; --n) {
        const QString prefix = c.left(n);
        if (codes.exists(prefix)) {
            r->parents.append(icd::dotted(prefix));
            owners.append({prefix, icd::dotted(prefix)});
        }
    }
    if (!row.block.isEmpty())
        owners.append({QStringLiteral("block:") + row.block, row.block});
    if (!row.chapter.isEmpty())
        owners.append({QStringLiteral("chapter:") + row.chapter, QStringLiteral("Chapter ") + row.chapter});
    return owners;
}

} // namespace

Result<std::optional<CodeRecord>> ReferenceDb::readRecord(QStringView code, QDate dateOfService) const
{
    const int slot = d->slotOn(dateOfService);
    if (slot < 0)
        return std::optional<CodeRecord>();
    const Release& release = d->releases.at(slot);
    const QString c = icd::compact(code);
    QSqlDatabase db = d->database();
    const RecordReader in{db, icd::dotted(c)};
    Result<std::optional<CodeRow>> row = codeRow(in, release.id, c);
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<CodeRecord>();
    CodeRecord r;
    r.code = icd::dotted(c);
    r.title = row.value()->title;
    r.billable = row.value()->billable;
    r.release = release;
    r.notesReleaseId = release.notesFromId;
    r.indexReleaseId = d->indexFrom.value(release.id);
    const QString notesFrom = release.notesFromId.isEmpty() ? release.id : release.notesFromId;
    if (Status s = addChapterAndBlock(in, notesFrom, *row.value(), &r); !s)
        return s.error();
    const Owners owners = ownersOf(c, d->codesFor(slot), *row.value(), &r);
    if (!release.notesFromId.isEmpty()) {
        Result<QList<CodeNote>> notes = notesOf(in, release.notesFromId, owners);
        if (!notes)
            return notes.error();
        r.notes = std::move(notes).value();
    }
    if (!r.indexReleaseId.isEmpty()) {
        Result<QList<IndexEntry>> index = indexOf(in, r.indexReleaseId, c);
        if (!index)
            return index.error();
        r.index = std::move(index).value();
    }
    return std::optional<CodeRecord>(std::move(r));
}

std::optional<CodeRecord> ReferenceDb::record(QStringView code, QDate dateOfService) const
{
    Result<std::optional<CodeRecord>> r = readRecord(code, dateOfService);
    if (!r) {
        d->noteFailure(r.error());
        return std::nullopt;
    }
    return std::move(r).value();
}

Result<std::optional<CodeComparison>> ReferenceDb::compareChecked(QStringView a, QStringView b,
                                                                 QDate dateOfService) const
{
    Result<std::optional<CodeRecord>> ra = readRecord(a, dateOfService);
    if (!ra)
        return ra.error();
    Result<std::optional<CodeRecord>> rb = readRecord(b, dateOfService);
    if (!rb)
        return rb.error();
    if (!ra.value() || !rb.value())
        return std::optional<CodeComparison>();
    CodeComparison out;
    out.a = *ra.value();
    out.b = *rb.value();
    out.aExcludesB = exclusions(a, b, dateOfService);
    out.bExcludesA = exclusions(b, a, dateOfService);
    // exclusions() reads the in-memory notes, whose load failure is kept rather than returned.
    if (std::optional<Error> failed = readError())
        return *failed;
    out.guidance = guidanceFor(out.a.code, out.b.code);
    return std::optional<CodeComparison>(std::move(out));
}

std::optional<CodeComparison> ReferenceDb::compare(QStringView a, QStringView b, QDate dateOfService) const
{
    Result<std::optional<CodeComparison>> c = compareChecked(a, b, dateOfService);
    if (!c) {
        d->noteFailure(c.error());
        return std::nullopt;
    }
    return std::move(c).value();
}

} // namespace wcw::db
