#include "release/ReleaseImporter.h"

#include "reference/ReferenceSchema.h"
#include "release/IndexReader.h"
#include "release/OrderFileReader.h"
#include "release/ReleaseCatalog.h"
#include "release/ReleaseWriter.h"
#include "release/TabularReader.h"
#include "sqlite/SqlCheck.h"
#include "sqlite/SqliteConnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace wcw::db {

namespace {

struct Parsed
{
    TabularData tabular;
    IndexData index;
    QList<OrderRow> order;
};

bool parseAll(const ReleaseSources& s, const ImportControl& control, Parsed* p, QString* error)
{
    if (s.tabular) {
        TabularReader r(s.tabular->name, control);
        if (!r.read(s.tabular->bytes, &p->tabular))
            return *error = r.error(), false;
    }
    if (s.index) {
        IndexReader r(s.index->name, control);
        if (!r.read(s.index->bytes, &p->index))
            return *error = r.error(), false;
    }
    if (s.order) {
        OrderFileReader r(s.order->name, control);
        if (!r.read(s.order->bytes, &p->order))
            return *error = r.error(), false;
    }
    return true;
}

// Finds the section a category belongs to by the sections' code ranges ("R50-R69").
class BlockFinder
{
public:
    explicit BlockFinder(const QList<BlockRow>& blocks) : m_blocks(blocks) {}
    const BlockRow* find(const QString& code)
    {
        const QString category = code.left(3);
        auto it = m_cache.constFind(category);
        if (it != m_cache.constEnd())
            return it.value();
        const BlockRow* found = nullptr;
        for (const BlockRow& b : m_blocks) {
            if (category >= b.first && category <= b.last) {
                found = &b;
                break;
            }
        }
        m_cache.insert(category, found);
        return found;
    }

private:
    const QList<BlockRow>& m_blocks;
    QHash<QString, const BlockRow*> m_cache;
};

// Codes the tabular lacks (or all codes, for an order-only release) hang under their longest
// existing prefix; order files list parents before children.
void placeByPrefix(CodeRow* row, const QHash<QString, int>& depthOf, BlockFinder* blocks)
{
    for (qsizetype n = row->code.size() - 1; n >= 3; --n) {
        const QString prefix = row->code.left(n);
        if (depthOf.contains(prefix)) {
            row->parent = prefix;
            row->depth = depthOf.value(prefix) + 1;
            break;
        }
    }
    if (const BlockRow* b = blocks->find(row->code)) {
        row->block = b->id;
        row->chapter = b->chapter;
    }
}

// With both files, the order file decides which codes exist and which are billable (it leaves
// out expansions the tabular's notes forbid, e.g. S06 7th characters D/S after 6th character 7
// or 8); the tabular gives structure and the accented titles.
bool mergeWithOrder(const Parsed& p, const QString& orderName, QList<CodeRow>* out, QString* error)
{
    QHash<QString, qsizetype> orderAt;
    for (qsizetype i = 0; i < p.order.size(); ++i)
        orderAt.insert(p.order.at(i).code, i);
    QHash<QString, int> depthOf;
    for (const CodeRow& c : p.tabular.codes) {
        const auto it = orderAt.constFind(c.code);
        if (it == orderAt.constEnd())
            continue;
        CodeRow row = c;
        row.billable = p.order.at(it.value()).billable;
        row.shortTitle = p.order.at(it.value()).shortTitle;
        depthOf.insert(row.code, row.depth);
        out->append(row);
    }
    const qsizetype missing = p.order.size() - out->size();
    if (missing * 20 > p.order.size()) {
        *error = QStringLiteral(
                     "%1: %2 of its %3 codes are not in the tabular file; they are not from the same release")
                     .arg(orderName)
                     .arg(missing)
                     .arg(p.order.size());
        return false;
    }
    BlockFinder blocks(p.tabular.blocks);
    for (const OrderRow& o : p.order) {
        if (depthOf.contains(o.code))
            continue;
        CodeRow row{o.code, o.longTitle, o.shortTitle, {}, {}, {}, 0, o.billable};
        placeByPrefix(&row, depthOf, &blocks);
        depthOf.insert(row.code, row.depth);
        out->append(row);
    }
    return true;
}

QList<CodeRow> codesFromOrder(const QList<OrderRow>& order, const QList<BlockRow>& blocksOfNotesRelease)
{
    QList<CodeRow> out;
    out.reserve(order.size());
    QHash<QString, int> depthOf;
    BlockFinder blocks(blocksOfNotesRelease);
    for (const OrderRow& o : order) {
        CodeRow row{o.code, o.longTitle, o.shortTitle, {}, {}, {}, 0, o.billable};
        placeByPrefix(&row, depthOf, &blocks);
        depthOf.insert(row.code, row.depth);
        out.append(row);
    }
    return out;
}

// The sections of the newest full release before `from`, for an order-only release (none when
// there is no such release; an Error when they cannot be read).
Result<QList<BlockRow>> earlierBlocks(QSqlDatabase& db, QDate from)
{
    const QString purpose =
        QStringLiteral("reading the sections of the release before %1").arg(from.toString(Qt::ISODate));
    QSqlQuery q(db);
    if (Status s =
            prepareQuery(q, db,
                         QStringLiteral("SELECT b.id, b.chapter, b.title, b.first_code, b.last_code FROM "
                                        "blocks b WHERE b.release_id = (SELECT id FROM releases WHERE "
                                        "kind = 'full' AND effective_from < :from ORDER BY "
                                        "effective_from DESC LIMIT 1)"),
                         purpose);
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    if (Status s = execQuery(q, db, purpose); !s)
        return s.error();
    QList<BlockRow> out;
    while (q.next())
        out.append(BlockRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()});
    if (Status s = rowsEnded(q, db, purpose); !s)
        return s.error();
    return out;
}

// A release worked out from its files, before anything is written.
struct Plan
{
    Parsed parsed;
    QDate from;
    bool orderOnly = false;
    QList<CodeRow> codes; // for an order-only release, filled once the database gives the sections
    QString digest;

    QString version() const
    {
        return parsed.tabular.version.isEmpty() ? parsed.index.version : parsed.tabular.version;
    }
};

// The date the release takes effect: the caller's, the files' (folder name), or the tabular's version.
QDate effectiveDate(const ReleaseSources& sources, const QString& version, QDate effectiveFrom)
{
    QDate from = effectiveFrom.isValid() ? effectiveFrom : sources.effectiveFrom;
    if (!from.isValid())
        from = effectiveDateFromVersion(version);
    return from;
}

// Reads and checks the files and names the release in *out; touches no database.
bool planImport(const ReleaseSources& sources, const ImportControl& control, QDate effectiveFrom, Plan* plan,
                ImportOutcome* out)
{
    if (!sources.tabular && !sources.order) {
        out->error =
            QStringLiteral("%1: a release needs a tabular XML or an order file; an index alone is not enough")
                .arg(sources.origin);
        return false;
    }
    if (!parseAll(sources, control, &plan->parsed, &out->error))
        return false;
    plan->from = effectiveDate(sources, plan->version(), effectiveFrom);
    if (!plan->from.isValid()) {
        out->error =
            QStringLiteral("%1: cannot tell when this release takes effect; name its folder YYYY-MM-DD"
                           " or give the date (--effective YYYY-MM-DD)")
                .arg(sources.origin);
        return false;
    }
    plan->orderOnly = !sources.tabular.has_value();
    out->releaseId = plan->from.toString(Qt::ISODate);
    out->label = releaseLabel(plan->from, plan->orderOnly);
    out->kind = plan->orderOnly ? QStringLiteral("order-only") : QStringLiteral("full");
    if (!plan->orderOnly && sources.order) {
        if (!mergeWithOrder(plan->parsed, sources.order->name, &plan->codes, &out->error))
            return false;
    } else if (!plan->orderOnly) {
        plan->codes = plan->parsed.tabular.codes;
    }
    plan->digest = sources.digest();
    return true;
}

// Opens and migrates the database and starts the import's one transaction.
bool beginImport(const QString& path, QSqlDatabase* db, QString* error)
{
    OpenResult opened = openSqlite(path, QStringLiteral("reference"));
    if (!opened.ok()) {
        *error = opened.error;
        return false;
    }
    *db = opened.db;
    if (!referenceMigrator().migrate(*db, error))
        return false;
    if (!db->transaction()) {
        *error = QStringLiteral("%1: cannot start the import: %2").arg(path, db->lastError().text());
        return false;
    }
    return true;
}

// What the database already holds of this release.
struct Existing
{
    bool sameFiles = false; // imported from the same files: nothing to do
    QString sameFilesId;    // the release those files were imported as
    bool sameId = false;    // a release with this id from other files: replaced
};

bool findExisting(QSqlDatabase& db, const QString& releaseId, const QString& digest, Existing* found,
                  QString* error)
{
    const QString purpose = QStringLiteral("looking for release %1 or its files").arg(releaseId);
    QSqlQuery q(db);
    Status s = prepareQuery(
        q, db,
        QStringLiteral("SELECT id, source_digest FROM releases WHERE id = :id OR source_digest = :digest"),
        purpose);
    if (s) {
        q.bindValue(QStringLiteral(":id"), releaseId);
        q.bindValue(QStringLiteral(":digest"), digest);
        s = execQuery(q, db, purpose);
    }
    if (!s)
        return *error = s.error().text(), false;
    while (q.next()) {
        if (q.value(1).toString() == digest) {
            found->sameFiles = true;
            found->sameFilesId = q.value(0).toString();
            return true;
        }
        found->sameId = true;
    }
    if (s = rowsEnded(q, db, purpose); !s)
        return *error = s.error().text(), false;
    return true;
}

// Writes the release (replacing one with its id and any starter set) and re-links the others,
// inside the caller's transaction.
bool writeImport(QSqlDatabase& db, const Plan& plan, const ReleaseSources& sources, const ImportOutcome& out,
                 bool replace, const ImportControl& control, QString* error)
{
    ReleaseWriter w(db, control);
    const ReleaseRow row{out.releaseId, out.label, plan.from, out.kind, plan.version(), plan.digest};
    const Parsed& p = plan.parsed;
    const bool written = (!replace || w.removeRelease(out.releaseId)) && w.removeStarterReleases() &&
                         w.writeRelease(row, sources) &&
                         w.writeChapters(out.releaseId, p.tabular.chapters, p.tabular.blocks) &&
                         w.writeCodes(out.releaseId, plan.codes) &&
                         w.writeNotes(out.releaseId, p.tabular.notes) &&
                         w.writeIndex(out.releaseId, p.index.terms);
    if (!written)
        return *error = w.error(), false;
    control.report(QStringLiteral("search"), 0, 1);
    if (!relinkReleases(db, error) || !rebuildSearchIndex(db, error))
        return false;
    if (control.cancelled())
        return *error = QStringLiteral("import cancelled"), false;
    return true;
}

void countImported(const Plan& plan, ImportOutcome* out)
{
    out->codes = int(plan.codes.size());
    out->billable = int(
        std::count_if(plan.codes.cbegin(), plan.codes.cend(), [](const CodeRow& c) { return c.billable; }));
    out->notes = int(plan.parsed.tabular.notes.size());
    out->indexTerms = int(plan.parsed.index.terms.size());
}

} // namespace

QString releaseLabel(QDate from, bool orderOnly)
{
    const int fiscalYear = from.month() >= 10 ? from.year() + 1 : from.year();
    QString label = QStringLiteral("ICD-10-CM FY%1").arg(fiscalYear);
    if (!(from.month() == 10 && from.day() == 1))
        label += QStringLiteral(", update of %1").arg(from.toString(Qt::ISODate));
    if (orderOnly)
        label += QStringLiteral(" (order file only)");
    return label;
}

ReleaseImporter::ReleaseImporter(QString dbPath) : m_dbPath(std::move(dbPath)) {}

ImportOutcome ReleaseImporter::import(ReleaseSources sources, const ImportControl& control,
                                      QDate effectiveFrom)
{
    QElapsedTimer timer;
    timer.start();
    ImportOutcome out;
    Plan plan;
    if (!planImport(sources, control, effectiveFrom, &plan, &out))
        return out;
    QSqlDatabase db;
    if (!beginImport(m_dbPath, &db, &out.error))
        return out;
    auto abort = [&](const QString& why) {
        out.error = why;
        if (!db.rollback()) // the connection may still hold the transaction: say so
            out.error += QStringLiteral("; rolling back failed too: ") + db.lastError().text();
        return out;
    };
    Existing existing;
    QString why;
    if (!findExisting(db, out.releaseId, plan.digest, &existing, &why))
        return abort(why);
    if (existing.sameFiles) {
        db.rollback();
        out.ok = out.unchanged = true;
        out.releaseId = existing.sameFilesId;
        out.elapsedMs = timer.elapsed();
        return out;
    }
    if (plan.orderOnly) {
        const Result<QList<BlockRow>> blocks = earlierBlocks(db, plan.from);
        if (!blocks)
            return abort(blocks.error().text());
        plan.codes = codesFromOrder(plan.parsed.order, *blocks);
    }
    if (!writeImport(db, plan, sources, out, existing.sameId, control, &why))
        return abort(why);
    if (!db.commit())
        return abort(QStringLiteral("%1: commit failed: %2").arg(m_dbPath, db.lastError().text()));
    out.ok = true;
    countImported(plan, &out);
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace wcw::db
