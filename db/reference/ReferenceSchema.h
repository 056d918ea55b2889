#pragma once
// The reference database schema ("reference"): releases side by side, each with its own
// codes, notes (with the codes they point to), index terms, and one FTS5 table that
// search uses for the newest release.
#include "sqlite/SchemaMigrator.h"

namespace wcw::db {

const SchemaMigrator& referenceMigrator();

} // namespace wcw::db
