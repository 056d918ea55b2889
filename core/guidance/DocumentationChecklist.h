#pragma once
// The documentation checklist of a weakness note (domain primer, "Documentation a good weakness note
// holds"): twelve items, each present or absent with the spans that show it. Built from what the
// NoteReader found, so a coder sees which facts the provider still has to document.
#include "note/NoteEvidence.h"
#include "domain/Suggestion.h"

namespace wcw {

// Item ids, in display order: "location", "extent", "body-parts", "symmetry", "onset", "duration",
// "progression", "pattern", "functional-impact", "objective-findings", "symptom-distinguished",
// "cause".
Checklist buildChecklist(const NoteEvidence& evidence, const QString& note);

} // namespace wcw
