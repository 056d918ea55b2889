#pragma once
// The hand-written starter set (resources/starter/*.json): the weakness codes of the domain
// primer and common companions, with titles and key notes typed from the published tabular,
// each file citing its sources. Installed as release "starter" (kind starter) into a database
// with no release, so a fresh machine runs; the first real import replaces it.
#include "reference/ReferenceDb.h"
#include "release/ReleaseData.h"

#include <QDate>
#include <QSqlDatabase>

namespace wcw::db {

struct StarterData
{
    QString label;
    QDate effectiveFrom;
    TabularData tabular;
    IndexData index;
};

// Reads every :/starter/*.json; false and *error naming the file and field on a bad entry.
bool readStarterSet(StarterData* out, QString* error);
// Writes it in one transaction (no-op when any release exists).
bool installStarterSet(QSqlDatabase& db, QString* error);
// Installs it into `ref` when no release is imported, so a fresh machine works, and reloads `ref`.
// True when there was nothing to do. (Here, not in ReferenceDb: the reader never writes releases.)
bool ensureStarterSet(ReferenceDb& ref, QString* error);

} // namespace wcw::db
