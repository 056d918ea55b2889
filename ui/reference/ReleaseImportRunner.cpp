#include "reference/ReleaseImportRunner.h"

#include "release/ReleaseImporter.h"
#include "release/ReleaseSource.h"

#include <QObject>

namespace wcw::ui {

ReleaseImportRunner referenceImportRunner(const QString& dbPath)
{
    return [dbPath](const ReleaseImportRequest& request, const db::ImportControl& control) {
        ReleaseImportResult result;
        db::ReleaseSources sources;
        QString error;
        const bool loaded =
            request.archiveOrFolder.isEmpty()
                ? db::loadReleaseFiles(request.tabular, request.index, request.order, &sources, &error)
                : db::loadReleasePath(request.archiveOrFolder, &sources, &error);
        if (!loaded) {
            result.message = error;
            return result;
        }
        const db::ImportOutcome outcome = db::ReleaseImporter(dbPath).import(std::move(sources), control);
        result.ok = outcome.ok;
        result.unchanged = outcome.unchanged;
        result.releaseId = outcome.releaseId;
        result.cancelled = !outcome.ok && control.cancelled();
        if (!outcome.ok)
            result.message = result.cancelled ? QObject::tr("Import cancelled; the database is unchanged.")
                                              : outcome.error;
        else if (outcome.unchanged)
            result.message =
                QObject::tr("Release %1 was imported before; nothing changed.").arg(outcome.releaseId);
        else
            result.message =
                QObject::tr("Imported %1: %2 codes (%3 billable), %4 notes, %5 index terms in %6 s.")
                    .arg(outcome.label.isEmpty() ? outcome.releaseId : outcome.label)
                    .arg(outcome.codes)
                    .arg(outcome.billable)
                    .arg(outcome.notes)
                    .arg(outcome.indexTerms)
                    .arg(double(outcome.elapsedMs) / 1000.0, 0, 'f', 1);
        return result;
    };
}

} // namespace wcw::ui
