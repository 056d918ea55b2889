#include "reference/ReferenceDb.h"

#include "domain/IcdCode.h"
#include "reference/ReferenceCache.h"
#include "reference/ReferenceDbImpl.h"
#include "reference/ReferenceSchema.h"
#include "sqlite/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wcw::db {

ReferenceDb::ReferenceDb(QString path) : d(std::make_unique<Impl>())
{
    d->path = std::move(path);
}

ReferenceDb::~ReferenceDb() = default;

QString ReferenceDb::path() const
{
    return d->path;
}

bool ReferenceDb::open(QString* error)
{
    OpenResult opened = openSqlite(d->path, QStringLiteral("reference"));
    if (!opened.ok()) {
        *error = opened.error;
        return false;
    }
    if (!referenceMigrator().migrate(opened.db, error))
        return false;
    return reload(error);
}

bool ReferenceDb::reload(QString* error)
{
    QSqlDatabase db = d->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, label, effective_from, effective_to, kind, notes_from, index_from"
                               " FROM releases ORDER BY effective_from"))) {
        *error = QStringLiteral("%1: reading releases: %2").arg(d->path, q.lastError().text());
        return false;
    }
    QList<Release> releases;
    QHash<QString, QString> indexFrom;
    while (q.next()) {
        Release r;
        r.id = q.value(0).toString();
        r.label = q.value(1).toString();
        r.effectiveFrom = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.effectiveTo = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QString kind = q.value(4).toString();
        r.kind = kind == QLatin1String("order-only") ? ReleaseKind::OrderOnly
                 : kind == QLatin1String("starter")  ? ReleaseKind::Starter
                                                     : ReleaseKind::Full;
        r.notesFromId = q.value(5).toString();
        indexFrom.insert(r.id, q.value(6).toString());
        releases.append(r);
    }
    if (releases.size() > CodeTable::MaxReleases) {
        *error = QStringLiteral("%1: holds %2 releases; wcw keeps at most %3 side by side")
                     .arg(d->path)
                     .arg(releases.size())
                     .arg(CodeTable::MaxReleases);
        return false;
    }
    QMutexLocker lock(&d->mutex);
    d->releases = releases;
    d->indexFrom = indexFrom;
    d->clearTables();
    QMutexLocker failureLock(&d->failureMutex);
    d->firstFailure.reset(); // the tables are read again
    return true;
}

std::optional<Error> ReferenceDb::readError() const
{
    QMutexLocker lock(&d->failureMutex);
    return d->firstFailure;
}

QList<Release> ReferenceDb::releases() const
{
    return d->releases;
}

std::optional<Release> ReferenceDb::releaseById(const QString& id) const
{
    for (const Release& r : d->releases) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<Release> ReferenceDb::newestRelease() const
{
    if (d->releases.isEmpty())
        return std::nullopt;
    return d->releases.last();
}

std::optional<Release> ReferenceDb::releaseOn(QDate dateOfService) const
{
    const int slot = d->slotOn(dateOfService);
    if (slot < 0)
        return std::nullopt;
    return d->releases.at(slot);
}

CodeValidity ReferenceDb::validityOn(QStringView code, QDate dateOfService) const
{
    const int slot = d->slotOn(dateOfService);
    if (slot < 0)
        return CodeValidity::Absent;
    static thread_local QString buffer;
    const QString& c = Impl::compactInto(code, buffer);
    const CodeTable& table = d->codesFor(slot);
    if (!table.exists(c))
        return CodeValidity::Absent;
    return table.billable(c) ? CodeValidity::Billable : CodeValidity::Header;
}

bool ReferenceDb::billableInAnyRelease(QStringView code) const
{
    const QString c = icd::compact(code);
    for (int slot = 0; slot < d->releases.size(); ++slot) {
        if (d->codesFor(slot).billable(c))
            return true;
    }
    return false;
}

bool ReferenceDb::excludes1(QStringView code, QStringView other, QDate dateOfService) const
{
    const int slot = d->slotOn(dateOfService);
    if (slot < 0)
        return false;
    const ExclusionTable* notes = d->notesFor(slot);
    if (!notes)
        return false;
    const CodeTable& codes = d->codesFor(slot);
    static thread_local QString codeBuffer;
    static thread_local QString otherBuffer;
    const QString& c = Impl::compactInto(code, codeBuffer);
    const QString& o = Impl::compactInto(other, otherBuffer);
    if (const Excludes1Index* flat = d->excludes1For(slot)) {
        if (const QList<Excludes1Index::Applied>* refs = flat->refsOf(c)) {
            for (const Excludes1Index::Applied& a : *refs) {
                if (a.ref->covers(o, a.headerRef))
                    return true;
            }
            return false;
        }
    }
    // A code outside the release: walk its would-be ancestors.
    bool found = false;
    d->forEachOwner(c, *notes, [&](const QString& owner) {
        const QList<ExclusionNote>* list = notes->notesOf(owner);
        for (qsizetype i = 0; list && i < list->size() && !found; ++i) {
            const ExclusionNote& n = list->at(i);
            if (n.kind != QLatin1String("excludes1"))
                continue;
            for (const NoteCodeRef& r : n.refs) {
                if (r.covers(o, !r.subtree && !r.isRange() && codes.isHeader(r.from))) {
                    found = true;
                    break;
                }
            }
        }
        return !found;
    });
    return found;
}

QList<ExclusionLink> ReferenceDb::exclusions(QStringView code, QStringView other, QDate dateOfService) const
{
    QList<ExclusionLink> out;
    const int slot = d->slotOn(dateOfService);
    if (slot < 0)
        return out;
    const ExclusionTable* notes = d->notesFor(slot);
    if (!notes)
        return out;
    const CodeTable& codes = d->codesFor(slot);
    const QString c = icd::compact(code);
    const QString o = icd::compact(other);
    d->forEachOwner(c, *notes, [&](const QString& owner) {
        const QList<ExclusionNote>* list = notes->notesOf(owner);
        for (qsizetype i = 0; list && i < list->size(); ++i) {
            const ExclusionNote& n = list->at(i);
            for (const NoteCodeRef& r : n.refs) {
                if (r.covers(o, !r.subtree && !r.isRange() && codes.isHeader(r.from))) {
                    out.append(ExclusionLink{true, n.kind, n.text,
                                             owner == c ? QString() : Impl::ownerLabel(owner)});
                    break;
                }
            }
        }
        return true;
    });
    return out;
}

} // namespace wcw::db
