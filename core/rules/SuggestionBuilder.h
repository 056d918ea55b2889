#pragma once
// From findings and the decision tree's answer to the code set a coder should end with:
// the assigned codes in their places, the fixes of the rules applied, the tree's weakness code
// added where nothing codes it yet, companions added, and the order corrected.
#include "rules/Rule.h"
#include "domain/Suggestion.h"

namespace wcw::rules {

QList<SuggestedCode> suggestCodes(const RuleContext& ctx, const QList<Finding>& findings);

} // namespace wcw::rules
