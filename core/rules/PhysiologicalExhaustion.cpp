// physiological-exhaustion: a weakness/fatigue code for the expected tiredness after normal
// exercise, which is a normal state and not a clinical symptom (OCG I.C.18); documented excessive
// exertion is T73.3- (Excludes1 at R53.8).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

class PhysiologicalExhaustion final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::PhysiologicalExhaustion); }
    QString citation() const override
    {
        return QStringLiteral("OCG I.C.18; Tabular R53.8 Excludes1 (T73.3)");
    }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        const bool normal = ctx.chart.is(QStringLiteral("exertion-normal"));
        const bool excessive = ctx.chart.is(QStringLiteral("excessive-exertion"));
        if (!normal && !excessive)
            return out;
        for (const QString& code : ctx.encounter.codes) {
            if (CodingTerms::instance().symptomKind(code).isEmpty())
                continue;
            Finding f = finding(
                Severity::Warning, {code},
                normal ? QStringLiteral("The note documents the expected tiredness after normal exertion "
                                        "(\"%1\"); that is a normal physiological state, not the symptom "
                                        "coded by %2 (%3).")
                             .arg(ctx.chart.fact(QStringLiteral("exertion-normal")).evidence.first().quote,
                                  ctx.title(code), citation())
                       : QStringLiteral("The note documents exhaustion due to excessive exertion; the "
                                        "Tabular sends it to T73.3 (Excludes1 at R53.8: \"%1\"), not %2.")
                             .arg(ctx.noteText(QStringLiteral("R53.8"), QStringLiteral("excludes1"),
                                               QStringLiteral("T73.3")),
                                  ctx.title(code)));
            f.evidence =
                ctx.chart
                    .fact(normal ? QStringLiteral("exertion-normal") : QStringLiteral("excessive-exertion"))
                    .evidence;
            const QString target =
                ctx.walk.noSymptomCode && !ctx.walk.codes.isEmpty() ? ctx.walk.codes.first().code : QString();
            f.fix = target.isEmpty() || ctx.encounter.codes.contains(target) ? removeFix(code)
                                                                             : replaceFix(code, target);
            out.append(f);
        }
        return out;
    }
};

} // namespace

std::shared_ptr<const Rule> makePhysiologicalExhaustionRule()
{
    return std::make_shared<PhysiologicalExhaustion>();
}

} // namespace wcw::rules
