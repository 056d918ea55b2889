#pragma once
// Where an encounter is in a coder's day. A domain word: the work store keeps it, imports and
// exports carry it as its name.
#include <QString>
#include <QStringView>
#include <optional>

namespace wcw {

enum class EncounterStatus { New, InProgress, QuerySent, OnHold, Done };
QString statusName(EncounterStatus s); // "new" | "in progress" | "query sent" | "on hold" | "done"
std::optional<EncounterStatus> statusFromName(QStringView s);

} // namespace wcw
