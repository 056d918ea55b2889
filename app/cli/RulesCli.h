#pragma once
// Shared by `check` and `suggest`: reading one encounter from FILE or "-" (stdin), and the
// rules engine over the reference database named by --db / $WCW_DB / the data folder.
#include "CliCommand.h"
#include "domain/Encounter.h"

#include <QString>

namespace wcw::cli {

// Reads and parses one encounter; on failure prints "wcw-cli: SOURCE: field: message" and returns false.
bool readEncounter(const QString& source, Encounter* out);

} // namespace wcw::cli
