#include "domain/Encounter.h"

#include <algorithm>

namespace wcw {

QString settingName(Setting s)
{
    return s == Setting::Inpatient ? QStringLiteral("inpatient") : QStringLiteral("outpatient");
}

QList<PriorVisit> Encounter::sortedHistory() const
{
    QList<PriorVisit> visits = history;
    std::stable_sort(visits.begin(), visits.end(),
                     [](const PriorVisit& a, const PriorVisit& b) { return a.dateOfService < b.dateOfService; });
    return visits;
}

} // namespace wcw
