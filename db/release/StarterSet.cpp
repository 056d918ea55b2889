#include "release/StarterSet.h"

#include "domain/IcdCode.h"
#include "release/ReleaseCatalog.h"
#include "release/ReleaseWriter.h"
#include "sqlite/SqlCheck.h"
#include "sqlite/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace wcw::db {

namespace {

void readChapters(const QJsonArray& chapters, TabularData* out)
{
    for (const QJsonValue& v : chapters) {
        const QJsonObject o = v.toObject();
        out->chapters.append(ChapterRow{
            o.value(QLatin1String("num")).toString(), o.value(QLatin1String("title")).toString(),
            o.value(QLatin1String("first")).toString(), o.value(QLatin1String("last")).toString()});
    }
}

// A section's code range is its id ("R50-R69").
void readBlocks(const QJsonArray& blocks, TabularData* out)
{
    for (const QJsonValue& v : blocks) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QLatin1Char dash('-');
        out->blocks.append(BlockRow{id, o.value(QLatin1String("chapter")).toString(),
                                    o.value(QLatin1String("title")).toString(), id.section(dash, 0, 0),
                                    id.section(dash, 1, 1)});
    }
}

// Codes with their notes; a note's seq numbers all notes of the set, across files.
bool readCodes(const QString& path, const QJsonArray& codes, TabularData* out, QString* error)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject o = codes.at(i).toObject();
        const QString code = icd::compact(o.value(QLatin1String("code")).toString());
        const QString title = o.value(QLatin1String("title")).toString();
        if (!icd::looksLikeCode(code) || title.isEmpty())
            return *error = QStringLiteral("%1: codes[%2]: needs a valid \"code\" and a \"title\"")
                                .arg(path)
                                .arg(i),
                   false;
        out->codes.append(
            CodeRow{code, title, {}, {}, {}, {}, 0, o.value(QLatin1String("billable")).toBool()});
        for (const QJsonValue& n : o.value(QLatin1String("notes")).toArray()) {
            const QJsonObject note = n.toObject();
            out->notes.append(NoteRow{code, note.value(QLatin1String("kind")).toString(),
                                      note.value(QLatin1String("text")).toString(), int(out->notes.size())});
        }
    }
    return true;
}

// Each entry is one index path ("terms": main term, subterm, ...) ending in its code.
void readIndex(const QJsonArray& entries, IndexData* out)
{
    for (const QJsonValue& v : entries) {
        const QJsonObject o = v.toObject();
        const QJsonArray terms = o.value(QLatin1String("terms")).toArray();
        int parent = -1;
        for (qsizetype level = 0; level < terms.size(); ++level) {
            IndexTermRow row;
            row.id = int(out->terms.size());
            row.parentId = parent;
            row.level = int(level);
            row.title = terms.at(level).toString();
            if (level + 1 == terms.size())
                row.code = o.value(QLatin1String("code")).toString();
            out->terms.append(row);
            parent = row.id;
        }
    }
}

bool readFile(const QString& path, StarterData* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return *error = QStringLiteral("%1: cannot read").arg(path), false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (doc.isNull())
        return *error = QStringLiteral("%1: offset %2: %3").arg(path).arg(pe.offset).arg(pe.errorString()),
               false;
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("label")))
        out->label = root.value(QLatin1String("label")).toString();
    readChapters(root.value(QLatin1String("chapters")).toArray(), &out->tabular);
    readBlocks(root.value(QLatin1String("blocks")).toArray(), &out->tabular);
    if (!readCodes(path, root.value(QLatin1String("codes")).toArray(), &out->tabular, error))
        return false;
    readIndex(root.value(QLatin1String("index")).toArray(), &out->index);
    return true;
}

// Parents, depth, section and chapter from the codes' own prefixes and the sections' ranges.
void link(TabularData* t)
{
    std::sort(t->codes.begin(), t->codes.end(),
              [](const CodeRow& a, const CodeRow& b) { return a.code < b.code; });
    QHash<QString, int> depthOf;
    for (CodeRow& c : t->codes) {
        for (qsizetype n = c.code.size() - 1; n >= 3; --n) {
            if (depthOf.contains(c.code.left(n))) {
                c.parent = c.code.left(n);
                c.depth = depthOf.value(c.parent) + 1;
                break;
            }
        }
        depthOf.insert(c.code, c.depth);
        for (const BlockRow& b : t->blocks) {
            if (c.code.left(3) >= b.first && c.code.left(3) <= b.last) {
                c.block = b.id;
                c.chapter = b.chapter;
            }
        }
    }
}

} // namespace

bool readStarterSet(StarterData* out, QString* error)
{
    const QStringList files =
        QDir(QStringLiteral(":/starter")).entryList({QStringLiteral("*.json")}, QDir::Files);
    if (files.isEmpty())
        return *error = QStringLiteral(":/starter: no starter files embedded"), false;
    out->label = QStringLiteral("Starter set (hand-written; import an ICD-10-CM release for full data)");
    out->effectiveFrom = QDate(2015, 10, 1); // ICD-10-CM's first day of use in the U.S.
    for (const QString& name : files) {
        if (!readFile(QStringLiteral(":/starter/") + name, out, error))
            return false;
    }
    link(&out->tabular);
    return true;
}

namespace {

// Whether the database holds any release (the starter set goes only into an empty one).
Result<bool> holdsReleases(QSqlDatabase& db)
{
    const QString purpose = QStringLiteral("counting the imported releases");
    QSqlQuery q(db);
    if (Status s = execQuery(q, db, QStringLiteral("SELECT COUNT(*) FROM releases"), purpose); !s)
        return s.error();
    const Result<bool> row = nextRow(q, db, purpose);
    if (!row)
        return row.error();
    if (!*row)
        return sqlError(db, q, purpose);
    return q.value(0).toInt() > 0;
}

bool writeStarterSet(QSqlDatabase& db, const StarterData& data, QString* error)
{
    const ImportControl control;
    ReleaseWriter w(db, control);
    const QString id = QStringLiteral("starter");
    const ReleaseRow row{id,
                         data.label,
                         data.effectiveFrom,
                         QStringLiteral("starter"),
                         QStringLiteral("starter"),
                         QStringLiteral("starter")};
    const bool written = w.writeRelease(row, ReleaseSources{}) &&
                         w.writeChapters(id, data.tabular.chapters, data.tabular.blocks) &&
                         w.writeCodes(id, data.tabular.codes) && w.writeNotes(id, data.tabular.notes) &&
                         w.writeIndex(id, data.index.terms);
    if (!written)
        return *error = w.error(), false;
    return relinkReleases(db, error) && rebuildSearchIndex(db, error);
}

} // namespace

bool installStarterSet(QSqlDatabase& db, QString* error)
{
    StarterData data;
    if (!readStarterSet(&data, error))
        return false;
    if (!db.transaction())
        return *error = QStringLiteral("%1: %2").arg(db.databaseName(), db.lastError().text()), false;
    const Result<bool> holds = holdsReleases(db);
    if (!holds || *holds) {
        db.rollback();
        if (!holds)
            *error = holds.error().text();
        return holds.ok();
    }
    if (!writeStarterSet(db, data, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = QStringLiteral("%1: installing the starter set: commit failed: %2")
                     .arg(db.databaseName(), db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool ensureStarterSet(ReferenceDb& ref, QString* error)
{
    if (!ref.releases().isEmpty())
        return true;
    OpenResult opened = openSqlite(ref.path(), QStringLiteral("reference"));
    if (!opened.ok()) {
        *error = opened.error;
        return false;
    }
    return installStarterSet(opened.db, error) && ref.reload(error);
}

} // namespace wcw::db
