#include "work/WorkStore.h"

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

ImportBatch WorkStore::exportBatch(const ExportFilter& filter) const
{
    ImportBatch batch;
    batch.encounters = exportEncounters(filter);
    QStringList seen;
    for (const ImportedEncounter& e : batch.encounters) {
        if (!seen.contains(e.patientId)) {
            seen.append(e.patientId);
            batch.patients.append({e.patientId, {}, {}, {}});
        }
    }
    return batch;
}

QString roleName(Role r)
{
    switch (r) {
    case Role::Coder:
        return QStringLiteral("coder");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

} // namespace wcw
