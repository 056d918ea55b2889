#pragma once
// Encounters in the contract JSON (core/EncounterJson, ../shared/docs/contract.md) as an import:
// one object, an array of objects, or JSON Lines (one object per line, as the shared cases are).
// Earlier visits listed in "history" are imported as encounters of the same patient too (status
// "done": they were coded at the time), so the visit history survives the trip into the store.
#include "domain/ImportBatch.h"

#include <QByteArray>
#include <QString>

namespace wcw {

ImportBatch readEncounterJson(const QByteArray& bytes, const QString& fileName);

} // namespace wcw
