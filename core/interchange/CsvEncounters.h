#pragma once
// Encounters as CSV, in and out (see docs/interchange.md for the columns).
//
// Reading: UTF-8 (a byte-order mark is tolerated), RFC 4180 quoting, LF or CRLF line ends.
// The first line must be a header naming the columns; they may come in any order. A column
// the format does not know is an error (a misspelt "provder" would otherwise drop data
// silently). Every bad row becomes an ImportProblem "file:line" with the column and the
// reason; good rows are still returned so that --skip-bad can store them.
#include "domain/ImportBatch.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wcw::csv {

// All columns in the order the writer puts them.
QStringList encounterColumns();
// Columns a file must have (the others are optional).
QStringList requiredEncounterColumns();

// fileName only labels problems and sources ("visits.csv:12").
ImportBatch readEncounters(const QByteArray& bytes, const QString& fileName);

// Header plus one CRLF-terminated row per encounter; readEncounters() gives the same encounters back.
QByteArray writeEncounters(const QList<ImportedEncounter>& encounters);

} // namespace wcw::csv
