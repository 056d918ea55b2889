#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

struct Entry
{
    RuleId id;
    const char16_t* name;
};

constexpr Entry kRules[] = {
    {RuleId::SymptomAfterConfirmedDx, u"symptom-after-confirmed-dx"},
    {RuleId::R531VsM6281, u"r531-vs-m6281"},
    {RuleId::WeaknessVsFatigue, u"weakness-vs-fatigue"},
    {RuleId::Excludes1Conflict, u"excludes1-conflict"},
    {RuleId::UnsupportedSymptomCode, u"unsupported-symptom-code"},
    {RuleId::Sequencing, u"sequencing"},
    {RuleId::StaleSymptomCode, u"stale-symptom-code"},
    {RuleId::LocalizedWeaknessAsR531, u"localized-weakness-as-r531"},
    {RuleId::QueryNeeded, u"query-needed"},
    {RuleId::MissingSupportingCodes, u"missing-supporting-codes"},
    {RuleId::InvalidCode, u"invalid-code"},
    {RuleId::CodeNotValidOnDate, u"code-not-valid-on-date"},
    {RuleId::PhysiologicalExhaustion, u"physiological-exhaustion"},
    {RuleId::UncertainDxCodedOutpatient, u"uncertain-dx-coded-outpatient"},
};

} // namespace

const QList<RuleId>& allRuleIds()
{
    static const QList<RuleId> ids = [] {
        QList<RuleId> out;
        for (const Entry& e : kRules)
            out.append(e.id);
        return out;
    }();
    return ids;
}

QString ruleName(RuleId id)
{
    for (const Entry& e : kRules) {
        if (e.id == id)
            return QString::fromUtf16(e.name);
    }
    return {};
}

std::optional<RuleId> ruleFromName(QStringView name)
{
    for (const Entry& e : kRules) {
        if (name == QStringView(e.name))
            return e.id;
    }
    return std::nullopt;
}

} // namespace wcw::rules
