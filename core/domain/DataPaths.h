#pragma once
// Where wcw keeps its databases. The reference database (ICD-10-CM releases) and the
// work store (patients, encounters, queue) are separate files in the user's data folder
// (~/.local/share/wcw on Linux). WCW_DB / WCW_STORE override, and --db / --store beat both.
#include <QString>

namespace wcw::paths {

QString dataDir();                                   // created if missing
QString referenceDb(const QString& explicitPath = {}); // --db PATH > $WCW_DB > dataDir()/reference.sqlite
QString workStore(const QString& explicitPath = {});   // --store PATH > $WCW_STORE > dataDir()/work.sqlite

} // namespace wcw::paths
