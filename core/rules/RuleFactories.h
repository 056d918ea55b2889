#pragma once
// One factory per rule file; RuleSet.cpp lists them in report order.
#include "rules/Rule.h"

namespace wcw::rules {

std::shared_ptr<const Rule> makeInvalidCodeRule();
std::shared_ptr<const Rule> makeCodeNotValidOnDateRule();
std::shared_ptr<const Rule> makeExcludes1ConflictRule();
std::shared_ptr<const Rule> makeSymptomAfterConfirmedDxRule();
std::shared_ptr<const Rule> makeSequencingRule();
std::shared_ptr<const Rule> makeStaleSymptomCodeRule();
std::shared_ptr<const Rule> makeR531VsM6281Rule();
std::shared_ptr<const Rule> makeWeaknessVsFatigueRule();
std::shared_ptr<const Rule> makeUnsupportedSymptomCodeRule();
std::shared_ptr<const Rule> makeLocalizedWeaknessRule();
std::shared_ptr<const Rule> makeQueryNeededRule();
std::shared_ptr<const Rule> makeMissingSupportingCodesRule();
std::shared_ptr<const Rule> makePhysiologicalExhaustionRule();
std::shared_ptr<const Rule> makeUncertainDxOutpatientRule();

// Billable codes below a header on the date of service (CodeFacts::billableDescendants: each
// possible next character is tried; a memoizing CodeFacts keeps the answer).
QStringList billableDescendants(const RuleContext& ctx, const QString& header, int depth = 2);
// The candidate whose title shares most words with the note (ties: fewest words the note lacks).
QString bestTitleMatch(const RuleContext& ctx, const QStringList& candidates);

} // namespace wcw::rules

namespace wcw::rules {
// The assigned code that codes a lexicon cause ("E87.6" for hypokalemia), if any.
QString assignedCauseCode(const RuleContext& ctx, const QString& causeId);
// A code for the cause from the patient's earlier visits (latest first), else the lexicon default
// when billable on the date of service; empty when neither.
QString causeCodeToAdd(const RuleContext& ctx, const QString& causeId);
// Evidence spans of present mentions of a symptom family ("weakness").
QList<EvidenceSpan> symptomEvidence(const RuleContext& ctx, const QString& family);
} // namespace wcw::rules
