#pragma once
// Which two codes the workspace's comparison panel shows for an encounter: the code a rule
// proposes to replace and its replacement; else the first assigned code the suggestion drops
// and the first suggested code not yet assigned; else the classic pair R53.1 vs M62.81
// (the tabular Excludes1 pair coders mix up most, see ../shared/docs/domain.md).
#include "domain/Finding.h"
#include "domain/Suggestion.h"

#include <QPair>
#include <QStringList>

namespace wcw {

QPair<QString, QString> comparisonPair(const QStringList& codes, const QList<Finding>& findings,
                                       const Suggestion& suggestion);

} // namespace wcw
