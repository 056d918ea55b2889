#pragma once
// What the workstation may do to the reference database besides reading codes: list its
// releases, import one (on the import dialog's worker thread) and re-read it afterwards.
// Callbacks so the GUI tests can stand in for the database; referenceAdmin() wires the real one.
#include "domain/Release.h"
#include "reference/ReleaseImportRunner.h"

#include <QList>
#include <functional>
#include <memory>

namespace wcw::db {
class ReferenceDb;
}

namespace wcw::ui {

struct ReferenceAdmin
{
    std::function<QList<Release>()> releases;   // oldest first
    std::function<bool(QString* error)> reload; // after an import: re-read releases, drop cached answers
    ReleaseImportRunner importRunner;           // runs on a worker thread with its own connection

    bool canImport() const { return bool(importRunner); }
};

// Over the GUI thread's reference database; the importer opens its own connection to the same file.
ReferenceAdmin referenceAdmin(const std::shared_ptr<db::ReferenceDb>& reference);

} // namespace wcw::ui
