// weakness-vs-fatigue and unsupported-symptom-code: does the note support the symptom coded?
// They exclude each other (cases README): if a different one of weakness, fatigue or malaise is
// documented the code is the wrong symptom; if none is, the code is unsupported (OCG III/IV:
// code conditions documented as present; negated and resolved ones are not coded).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

const QStringList kFamilies{QStringLiteral("weakness"), QStringLiteral("fatigue"), QStringLiteral("malaise")};

QString documentedOther(const NoteFacts& c, const QString& family)
{
    const QString primary = c.fact(QStringLiteral("primary-symptom")).detail;
    if (!primary.isEmpty() && primary != family)
        return primary;
    for (const QString& f : kFamilies) {
        if (f != family && c.supportsSymptom(f))
            return f;
    }
    return {};
}

class WeaknessVsFatigue final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::WeaknessVsFatigue); }
    QString citation() const override
    {
        return QStringLiteral(
            "Index: Weak, weakness R53.1; Fatigue R53.83; Malaise R53.81 (Tabular inclusion terms)");
    }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        for (const QString& code : ctx.encounter.codes) {
            const QString family = CodingTerms::instance().symptomKind(code);
            if (family.isEmpty() || ctx.chart.supportsSymptom(family))
                continue;
            const QString other = documentedOther(ctx.chart, family);
            if (other.isEmpty())
                continue;
            Finding f = finding(Severity::Warning, {code},
                                QStringLiteral("%1 is coded, but the note documents %2, not %3 (%4).")
                                    .arg(ctx.title(code), other, family, citation()));
            f.evidence = symptomEvidence(ctx, other) + ctx.chart.negatedEvidence(family);
            for (const SuggestedCode& sc : ctx.walk.codes) {
                if (CodingTerms::instance().symptomKind(sc.code) == other &&
                    !ctx.encounter.codes.contains(sc.code))
                    f.fix = replaceFix(code, sc.code);
            }
            if (!f.fix)
                f.fix = removeFix(code);
            out.append(f);
        }
        return out;
    }
};

class UnsupportedSymptomCode final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::UnsupportedSymptomCode); }
    QString citation() const override
    {
        return QStringLiteral("OCG III, IV.J (code only what the note documents as present)");
    }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        for (const QString& f : kFamilies) {
            if (ctx.chart.supportsSymptom(f))
                return out;
        }
        for (const QString& code : ctx.encounter.codes) {
            const QString family = CodingTerms::instance().symptomKind(code);
            if (family.isEmpty())
                continue;
            const auto negated = ctx.chart.negatedEvidence(family);
            Finding f = finding(
                Severity::Error, {code},
                QStringLiteral("Nothing in the note supports %1: %2. Remove the code or ask the provider "
                               "to document the symptom (%3).")
                    .arg(ctx.title(code),
                         negated.isEmpty()
                             ? QStringLiteral("no weakness, fatigue or malaise is mentioned")
                             : QStringLiteral("every mention is negated (\"%1\")").arg(negated.first().quote),
                         citation()));
            f.evidence = negated;
            f.fix = removeFix(code);
            out.append(f);
        }
        return out;
    }
};

} // namespace

std::shared_ptr<const Rule> makeWeaknessVsFatigueRule()
{
    return std::make_shared<WeaknessVsFatigue>();
}
std::shared_ptr<const Rule> makeUnsupportedSymptomCodeRule()
{
    return std::make_shared<UnsupportedSymptomCode>();
}

} // namespace wcw::rules
