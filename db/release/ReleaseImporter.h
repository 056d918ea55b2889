#pragma once
// Imports one ICD-10-CM release into the reference database in a single transaction:
// either the whole release lands (and later releases/earlier ones are re-linked), or nothing
// changes. Importing the same files again is a no-op.
#include "release/ReleaseData.h"
#include "release/ReleaseSource.h"

#include <QDate>
#include <QString>

namespace wcw::db {

struct ImportOutcome
{
    bool ok = false;
    bool unchanged = false; // the same files were imported before: nothing was written
    QString error;          // "file:line:column: what" for bad input
    QString releaseId;
    QString label;
    QString kind; // "full" | "order-only"
    int codes = 0;
    int billable = 0;
    int notes = 0;
    int indexTerms = 0;
    qint64 elapsedMs = 0;
};

class ReleaseImporter
{
public:
    explicit ReleaseImporter(QString dbPath);
    // effectiveFrom overrides the date worked out from file names / the tabular's version.
    ImportOutcome import(ReleaseSources sources, const ImportControl& control = {}, QDate effectiveFrom = {});

private:
    QString m_dbPath;
};

// "ICD-10-CM FY2023", "ICD-10-CM FY2021 update of 2021-01-01", + " (order file only)".
QString releaseLabel(QDate effectiveFrom, bool orderOnly);

} // namespace wcw::db
