#include "work/ProgressionRefresh.h"

#include "work/Progression.h"
#include "work/WorkStore.h"

namespace wcw {

bool refreshProgression(WorkStore& store, QString* error)
{
    auto failed = [&] {
        if (error)
            *error = store.lastError();
        return false;
    };
    if (!store.forgetProgressionUnlessEdition(kProgressionReaderEdition))
        return failed();
    const std::optional<QList<WorkStore::UnreadNote>> notes = store.notesWithoutProgression();
    if (!notes)
        return failed();
    if (notes->isEmpty())
        return true;
    QList<QPair<qint64, bool>> flags;
    flags.reserve(notes->size());
    for (const WorkStore::UnreadNote& n : *notes)
        flags.append({n.id, readProgression(n.note).any()});
    return store.storeProgression(flags) || failed();
}

} // namespace wcw
