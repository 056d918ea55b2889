#include "work/WorkStore.h"

namespace wcw {

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
