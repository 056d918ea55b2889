#pragma once
// The provider query a coder starts from when no query-needed finding proposed one: still a
// compliant query (AHIMA/ACDIS), never an empty form. The clinical indicators are the clauses
// of the note that mention weakness, fatigue or malaise (not negated), quoted verbatim in note
// order; the question and options are the neutral "default" wording of
// resources/rules/queries.json; "Other (please specify)" and "Unable to determine" close the list.
#include "domain/Suggestion.h"

#include <QString>

namespace wcw {

ProviderQuery blankProviderQuery(const QString& note);

} // namespace wcw
