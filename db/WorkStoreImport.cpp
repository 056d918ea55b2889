// Import and export of encounters (file formats live in core/: CsvEncounters, FhirR4).
#include "SqliteWorkStore.h"

namespace wcw {

bool SqliteWorkStore::importBatch(const ImportBatch&, bool, const QString&, ImportSummary*)
{
    return fail(QStringLiteral("import is not implemented yet"));
}

QList<ImportedEncounter> SqliteWorkStore::exportEncounters(const ExportFilter&) const
{
    fail(QStringLiteral("export is not implemented yet"));
    return {};
}

} // namespace wcw
