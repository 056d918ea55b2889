#pragma once
// The rule ids of the contract (../shared/docs/contract.md, "Rule ids (fixed)"), in its order:
// the one table every rule, the fix precedence and the engine name them from. A Finding carries
// the id's name, as the contract's JSON does. tests/rules/test_rule_ids checks it against the contract.
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace wcw::rules {

enum class RuleId {
    SymptomAfterConfirmedDx,
    R531VsM6281,
    WeaknessVsFatigue,
    Excludes1Conflict,
    UnsupportedSymptomCode,
    Sequencing,
    StaleSymptomCode,
    LocalizedWeaknessAsR531,
    QueryNeeded,
    MissingSupportingCodes,
    InvalidCode,
    CodeNotValidOnDate,
    PhysiologicalExhaustion,
    UncertainDxCodedOutpatient,
};

const QList<RuleId>& allRuleIds(); // in the contract's order
QString ruleName(RuleId id);       // "r531-vs-m6281"
std::optional<RuleId> ruleFromName(QStringView name);

} // namespace wcw::rules
