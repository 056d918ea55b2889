#pragma once
// Hand-written core/ data the panel tests feed in: a weakness note's checklist,
// a decision-tree path and suggestion, a visit history and a provider query.
#include "domain/Suggestion.h"
#include "work/WorkStore.h"

namespace wcw::test {

QString sampleNote();
Checklist sampleChecklist(); // 12 items, 7 present
Suggestion sampleSuggestion();
VisitHistory sampleHistory();
ProviderQuery sampleQuery();

} // namespace wcw::test
