#pragma once
// ReferenceDb's private state, shared by its .cpp files (facts, records, search).
#include "domain/IcdCode.h"
#include "reference/ReferenceCache.h"
#include "reference/ReferenceDb.h"
#include "sqlite/SqlCheck.h"
#include "sqlite/SqliteConnection.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace wcw::db {

struct ReferenceDb::Impl
{
    QString path;
    QList<Release> releases; // oldest first; replaced only by reload()
    QHash<QString, QString> indexFrom;

    // Per release slot, tables built once on first use and then read without a lock: the pointer
    // is published atomically and the table never changes or moves until reload()/destruction.
    mutable QMutex mutex; // serialises building tables
    mutable std::array<std::atomic<const CodeTable*>, CodeTable::MaxReleases> codeTables{};
    mutable std::array<std::atomic<const ExclusionTable*>, CodeTable::MaxReleases> noteTables{};
    mutable std::array<std::atomic<const Excludes1Index*>, CodeTable::MaxReleases> excludes1Tables{};
    mutable std::vector<std::unique_ptr<CodeTable>> ownedCodes;
    mutable std::vector<std::unique_ptr<Excludes1Index>> ownedExcludes1;
    mutable QHash<QString, std::shared_ptr<ExclusionTable>> ownedNotes; // by release id (shared by slots)

    // The first failed read since open (ReferenceDb::readError): the rules' questions cannot
    // return an Error, so a failure there is kept here for whoever ran them.
    mutable QMutex failureMutex;
    mutable std::optional<Error> firstFailure;

    void noteFailure(const Error& error) const
    {
        qWarning("%s", qPrintable(error.text()));
        QMutexLocker lock(&failureMutex);
        if (!firstFailure)
            firstFailure = error;
    }

    // This thread's connection. The reference database is large (about 140 MB with four releases)
    // and read far more than written: map it into memory and give it a bigger page cache, so
    // search does not pay a pread() per page.
    QSqlDatabase database() const
    {
        QSqlDatabase db = openSqlite(path, QStringLiteral("reference")).db;
        static thread_local QSet<QString> tuned;
        if (!tuned.contains(db.connectionName())) {
            QSqlQuery q(db);
            for (const char* pragma : {"PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -32768"}) {
                if (Status s = execQuery(q, db, QString::fromLatin1(pragma),
                                         QStringLiteral("tuning the connection (%1)").arg(QLatin1String(pragma)));
                    !s)
                    noteFailure(s.error());
            }
            tuned.insert(db.connectionName());
        }
        return db;
    }

    void clearTables()
    {
        for (auto& t : codeTables)
            t.store(nullptr);
        for (auto& t : noteTables)
            t.store(nullptr);
        for (auto& t : excludes1Tables)
            t.store(nullptr);
        ownedExcludes1.clear();
        ownedCodes.clear();
        ownedNotes.clear();
    }

    int slotOn(QDate date) const
    {
        for (int i = int(releases.size()) - 1; i >= 0; --i) {
            if (releases.at(i).governs(date))
                return i;
        }
        return -1;
    }

    const CodeTable& codesFor(int slot) const
    {
        if (const CodeTable* t = codeTables[size_t(slot)].load(std::memory_order_acquire))
            return *t;
        QMutexLocker lock(&mutex);
        if (const CodeTable* t = codeTables[size_t(slot)].load(std::memory_order_acquire))
            return *t;
        // A table that failed to load stays empty (the code is then "absent") and the failure
        // is kept for readError(): retrying on every question would cost the hot path.
        auto table = std::make_unique<CodeTable>();
        QSqlDatabase db = database();
        if (Status s = table->load(db, releases.at(slot).id); !s)
            noteFailure(s.error());
        const CodeTable* published = table.get();
        ownedCodes.push_back(std::move(table));
        codeTables[size_t(slot)].store(published, std::memory_order_release);
        return *published;
    }

    // The Excludes notes that apply in a slot (those of its notes release); null when it has none.
    const ExclusionTable* notesFor(int slot) const
    {
        if (const ExclusionTable* t = noteTables[size_t(slot)].load(std::memory_order_acquire))
            return t;
        const QString releaseId = releases.at(slot).notesFromId;
        if (releaseId.isEmpty())
            return nullptr;
        QMutexLocker lock(&mutex);
        std::shared_ptr<ExclusionTable>& table = ownedNotes[releaseId];
        if (!table) {
            table = std::make_shared<ExclusionTable>();
            QSqlDatabase db = database();
            if (Status s = table->load(db, releaseId); !s)
                noteFailure(s.error());
        }
        noteTables[size_t(slot)].store(table.get(), std::memory_order_release);
        return table.get();
    }

    // The flattened Excludes1 references of a slot's codes; null when the slot has no notes.
    const Excludes1Index* excludes1For(int slot) const
    {
        if (const Excludes1Index* t = excludes1Tables[size_t(slot)].load(std::memory_order_acquire))
            return t;
        const ExclusionTable* notes = notesFor(slot);
        if (!notes)
            return nullptr;
        const CodeTable& codes = codesFor(slot);
        QMutexLocker lock(&mutex);
        if (const Excludes1Index* t = excludes1Tables[size_t(slot)].load(std::memory_order_acquire))
            return t;
        auto index = std::make_unique<Excludes1Index>();
        index->build(codes, *notes);
        const Excludes1Index* published = index.get();
        ownedExcludes1.push_back(std::move(index));
        excludes1Tables[size_t(slot)].store(published, std::memory_order_release);
        return published;
    }

    // "R53.1" -> "R531" into a per-thread buffer: the hot path allocates nothing.
    static const QString& compactInto(QStringView code, QString& buffer)
    {
        buffer.resize(0);
        for (QChar c : code) {
            if (c != u'.' && !c.isSpace())
                buffer.append(c.toUpper());
        }
        return buffer;
    }

    // Where notes that apply to a code are declared: the code itself, each shorter prefix (its
    // ancestors), its section and its chapter. fn(owner) returns false to stop. The owner string
    // is a per-thread buffer: copy it to keep it.
    template <typename Fn> void forEachOwner(const QString& code, const ExclusionTable& notes, Fn fn) const
    {
        static thread_local QString owner;
        for (qsizetype n = code.size(); n >= 3; --n) {
            owner.resize(0);
            owner.append(code.constData(), n);
            if (!fn(owner))
                return;
        }
        if (const QPair<QString, QString>* bc = notes.blockAndChapterOf(code)) {
            if (fn(bc->first))
                fn(bc->second);
        }
    }

    // What to show as "inherited from" for an owner other than the code itself.
    static QString ownerLabel(const QString& owner)
    {
        if (owner.startsWith(QLatin1String("block:")))
            return owner.mid(6);
        if (owner.startsWith(QLatin1String("chapter:")))
            return QStringLiteral("Chapter ") + owner.mid(8);
        return icd::dotted(owner);
    }
};

} // namespace wcw::db
