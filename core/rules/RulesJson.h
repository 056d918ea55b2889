#pragma once
// The JSON shapes of `wcw-cli check` and `wcw-cli suggest` (../shared/docs/contract.md).
#include "domain/Finding.h"
#include "domain/Suggestion.h"

#include <QJsonObject>

namespace wcw {

QJsonObject findingsToJson(const QString& encounterId, const QList<Finding>& findings);
QJsonObject suggestionToJson(const QString& encounterId, const Suggestion& s);

} // namespace wcw
