#pragma once
// Symptom codes carried from visit to visit, and when such a carry-over becomes stale.
// Pure logic over a patient's visits in date order: the work store feeds it both for one
// patient's history and, in a single ordered pass, for the store-wide stale scan.
//
// A run of visits carrying a symptom code S is broken (a new run starts) when
//  - a visit carrying S documents progression or re-evaluation (core/Progression): S was
//    looked at again there, so copies count from that visit on;
//  - a definitive diagnosis that was not coded before appears (a confirmed cause was coded).
// A run is stale when at least `minVisits` of its visits fall within `days` days:
// OCG IV.J (code the conditions documented at each encounter, not those that no longer
// exist) and IV.D (symptom codes only while no diagnosis is established); payers and
// auditors flag symptom codes cloned forward without documentation as an audit risk.
#include "work/WorkStore.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wcw {

// Chapter 18 (R00-R99) signs and symptoms, plus M62.81, which the weakness primer treats as
// the muscle-weakness symptom code.
bool isSymptomCode(const QString& code);
// A code that can stand as a confirmed cause: not a symptom and not a Z (factors/status) code.
bool isDefinitiveDiagnosis(const QString& code);
// The weakness/fatigue codes scanned when StaleCriteria::symptomCodes is empty.
QStringList defaultStaleSymptomCodes();

struct VisitFacts
{
    QDate date;
    QStringList codes;
    bool progression = false;
};

class CarryOver
{
public:
    explicit CarryOver(StaleCriteria criteria);

    // For each visit (oldest first): does it code a definitive diagnosis not coded at an earlier visit?
    static QList<bool> newDefinitiveDx(const QList<VisitFacts>& visits);

    // Every symptom code of the patient with first/last seen, visit count and staleness.
    QList<CarriedSymptom> carried(const QList<VisitFacts>& visits) const;

    // Stale findings for the criteria's codes (one per code: the latest stale run).
    QList<StaleFinding> staleFindings(const QString& patientId, const QList<VisitFacts>& visits) const;

    const StaleCriteria& criteria() const { return m_criteria; }

private:
    std::optional<StaleFinding> latestStaleRun(const QString& code, const QList<VisitFacts>& visits,
                                               const QList<bool>& newDx) const;
    StaleCriteria m_criteria;
};

} // namespace wcw
