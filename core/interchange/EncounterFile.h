#pragma once
// One file of encounters to import, whatever its format: CSV by extension, FHIR R4 when the JSON
// has a "resourceType", the contract's encounter JSON / JSON Lines otherwise.
#include "domain/ImportBatch.h"

#include <QByteArray>
#include <QString>

namespace wcw {

enum class EncounterFormat { Csv, EncounterJson, FhirR4 };
QString formatName(EncounterFormat format); // "CSV", "encounter JSON", "FHIR R4"

EncounterFormat detectFormat(const QString& fileName, const QByteArray& bytes);

// Problems are labelled with the file's name as given (not made absolute), so messages match what the user
// typed.
ImportBatch readEncounterFile(const QString& path, EncounterFormat* format = nullptr);

} // namespace wcw
