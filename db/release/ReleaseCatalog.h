#pragma once
// Keeps the releases consistent with each other after an import (inside its transaction):
// each release's effective_to is the day before the next one starts; order-only releases take
// their notes from the newest earlier full release, releases without an index take the index
// from the newest earlier release that has one; the search table follows the newest release.
#include <QSqlDatabase>
#include <QString>

namespace wcw::db {

bool relinkReleases(QSqlDatabase& db, QString* error);
bool rebuildSearchIndex(QSqlDatabase& db, QString* error);

} // namespace wcw::db
