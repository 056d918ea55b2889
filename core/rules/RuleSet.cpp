#include "rules/RuleFactories.h"

namespace wcw::rules {

QList<std::shared_ptr<const Rule>> allRules()
{
    static const QList<std::shared_ptr<const Rule>> rules{
        makeInvalidCodeRule(),
        makeCodeNotValidOnDateRule(),
        makeExcludes1ConflictRule(),
        makeSymptomAfterConfirmedDxRule(),
        makeSequencingRule(),
        makeStaleSymptomCodeRule(),
        makeR531VsM6281Rule(),
        makeWeaknessVsFatigueRule(),
        makeUnsupportedSymptomCodeRule(),
        makeLocalizedWeaknessRule(),
        makeQueryNeededRule(),
        makeMissingSupportingCodesRule(),
        makePhysiologicalExhaustionRule(),
        makeUncertainDxOutpatientRule(),
    };
    return rules;
}

} // namespace wcw::rules
