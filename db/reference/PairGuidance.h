#pragma once
// Curated guidance for confusable pairs (R53.1 vs M62.81 first), read from the JSON files
// embedded under :/guidance/. Hand-written, each citing the guideline sections it rests on.
#include "domain/CodeSearch.h"

#include <optional>

namespace wcw::db {

// Guidance for the pair in either order (dotted codes); nullopt when none is curated.
std::optional<PairGuidance> guidanceFor(const QString& a, const QString& b);

} // namespace wcw::db
