#pragma once
// ReferenceDb's private state, shared by its .cpp files (facts, records, search).
#include "IcdCode.h"
#include "ReferenceCache.h"
#include "ReferenceDb.h"
#include "SqliteConnection.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <memory>

namespace wcw::db {

struct ReferenceDb::Impl
{
    QString path;
    QList<Release> releases; // oldest first; replaced only by reload()
    QHash<QString, QString> indexFrom;

    mutable QMutex mutex; // guards the cache pointers below, not the immutable tables they point to
    mutable std::shared_ptr<const CodeTable> codes = std::make_shared<CodeTable>();
    mutable QSet<int> loadedSlots;
    mutable QHash<QString, std::shared_ptr<const ExclusionTable>> exclusionTables;

    QSqlDatabase database() const { return openSqlite(path, QStringLiteral("reference")).db; }

    int slotOn(QDate date) const
    {
        for (int i = int(releases.size()) - 1; i >= 0; --i) {
            if (releases.at(i).governs(date))
                return i;
        }
        return -1;
    }

    // The code table with `slot` loaded. Loading copies the table and swaps the pointer, so
    // readers on other threads keep a consistent snapshot without holding the lock.
    std::shared_ptr<const CodeTable> codesFor(int slot) const
    {
        QMutexLocker lock(&mutex);
        if (loadedSlots.contains(slot))
            return codes;
        auto next = std::make_shared<CodeTable>(*codes);
        QString error;
        QSqlDatabase db = database();
        if (next->load(db, releases.at(slot).id, slot, &error)) {
            codes = next;
            loadedSlots.insert(slot);
        } else {
            qWarning("%s", qPrintable(error));
        }
        return codes;
    }

    std::shared_ptr<const ExclusionTable> exclusionsFor(const QString& releaseId) const
    {
        if (releaseId.isEmpty())
            return {};
        QMutexLocker lock(&mutex);
        auto it = exclusionTables.constFind(releaseId);
        if (it != exclusionTables.constEnd())
            return it.value();
        auto table = std::make_shared<ExclusionTable>();
        QString error;
        QSqlDatabase db = database();
        if (!table->load(db, releaseId, &error))
            qWarning("%s", qPrintable(error));
        exclusionTables.insert(releaseId, table);
        return table;
    }

    // The code itself, then each shorter prefix (its ancestors), then its section and chapter:
    // where notes that apply to the code are declared. fn(owner, label) returns false to stop;
    // label is empty for the code itself, else what to show as "inherited from".
    template <typename Fn> void forEachOwner(const QString& code, const ExclusionTable& notes, Fn fn) const
    {
        for (qsizetype n = code.size(); n >= 3; --n) {
            const QString owner = code.left(n);
            if (!fn(owner, n == code.size() ? QString() : icd::dotted(owner)))
                return;
        }
        const QPair<QString, QString> bc = notes.blockAndChapterOf(code);
        if (!bc.first.isEmpty() && !fn(bc.first, bc.first.mid(6)))
            return;
        if (!bc.second.isEmpty())
            fn(bc.second, QStringLiteral("Chapter ") + bc.second.mid(8));
    }
};

} // namespace wcw::db
