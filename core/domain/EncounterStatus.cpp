#include "domain/EncounterStatus.h"

namespace wcw {

QString statusName(EncounterStatus s)
{
    switch (s) {
    case EncounterStatus::New:
        return QStringLiteral("new");
    case EncounterStatus::InProgress:
        return QStringLiteral("in progress");
    case EncounterStatus::QuerySent:
        return QStringLiteral("query sent");
    case EncounterStatus::OnHold:
        return QStringLiteral("on hold");
    case EncounterStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<EncounterStatus> statusFromName(QStringView s)
{
    for (EncounterStatus st : {EncounterStatus::New, EncounterStatus::InProgress, EncounterStatus::QuerySent,
                               EncounterStatus::OnHold, EncounterStatus::Done}) {
        if (s == statusName(st))
            return st;
    }
    return std::nullopt;
}

} // namespace wcw
