#pragma once
// What the release import dialog runs on its worker thread: the request (files or a zip/
// folder), the outcome, and the runner that does it with db::ReleaseImporter. Tests give
// the dialog their own runner.
#include "release/ReleaseData.h"

#include <QString>
#include <functional>

namespace wcw::ui {

struct ReleaseImportRequest
{
    QString tabular; // files named one by one (tabular is required in this form)
    QString index;
    QString order;
    QString archiveOrFolder; // or CDC's zip / an extracted folder (then the files above are empty)
};

struct ReleaseImportResult
{
    bool ok = false;
    bool cancelled = false;
    bool unchanged = false; // the same release was imported before
    QString releaseId;
    QString message; // one line for the coder: what was imported, or the error naming file/line/column
};

using ReleaseImportRunner =
    std::function<ReleaseImportResult(const ReleaseImportRequest&, const db::ImportControl&)>;

// Runs the reference importer against the database at dbPath (its own connection: safe on a worker thread).
ReleaseImportRunner referenceImportRunner(const QString& dbPath);

} // namespace wcw::ui
