#pragma once
// The work store a wcw-cli command works on: --store PATH > $WCW_STORE > the user's data
// folder (wcw::paths::workStore()). Separate from the reference database's --db.
#include "CliCommand.h"
#include "workstore/SqliteWorkStore.h"

#include <memory>

namespace wcw::cli {

// Consumes --store. Null after printing the error (naming the file) on stderr.
std::unique_ptr<SqliteWorkStore> openStore(Args& args);
// Store key of the encounter with external id `encounterId`; 0 after printing "not found".
qint64 encounterKeyOrFail(const SqliteWorkStore& store, const QString& encounterId);

// Consumes --NAME N; false after printing the error when N is not a whole number >= min.
// *value keeps its default when the option is absent.
bool intOption(Args& args, const QString& name, int* value, int min);

} // namespace wcw::cli
