// localized-weakness-as-r531: R53.1/M62.81 are for generalized weakness. Facial weakness (R29.810),
// one-sided weakness (G81.9-, or I69.35- after a stroke: OCG I.C.9.d, dominance I.C.6.a) and
// weakness of one limb (Index: Monoplegia) have their own codes.
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

class LocalizedWeakness final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::LocalizedWeaknessAsR531); }
    QString citation() const override
    {
        return QStringLiteral("Index: Weak, facial R29.810; Hemiplegia; Monoplegia; OCG I.C.6.a, I.C.9.d");
    }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        const NoteFacts& c = ctx.chart;
        // The tree's location answer (from the note, or the coder's answer) decides; a pending query does
        // not.
        bool localized = false;
        for (const PathStep& step : ctx.walk.path)
            localized = localized || (step.node == u"location" && step.answer != u"generalized");
        if (!localized)
            return out;
        for (const QString& code : {QStringLiteral("R53.1"), QStringLiteral("M62.81")}) {
            if (!ctx.encounter.codes.contains(code))
                continue;
            const QString target = ctx.walk.codes.isEmpty() ? QString() : ctx.walk.codes.first().code;
            const QList<EvidenceSpan> spans = c.fact(QStringLiteral("localized-weakness")).evidence;
            const QString quote = spans.isEmpty() ? QStringLiteral("answered by coder") : spans.first().quote;
            Finding f = finding(
                Severity::Warning, {code},
                QStringLiteral("%1 is for generalized weakness, but the note documents localized weakness "
                               "(\"%2\").%3")
                    .arg(ctx.title(code), quote,
                         target.isEmpty() ? QString()
                                          : QStringLiteral(" Code %1 instead (%2).")
                                                .arg(ctx.title(target), ctx.walk.codes.first().reason)));
            f.evidence = spans;
            if (!target.isEmpty() && !ctx.encounter.codes.contains(target))
                f.fix = replaceFix(code, target);
            else
                f.fix = removeFix(code);
            out.append(f);
        }
        return out;
    }
};

} // namespace

std::shared_ptr<const Rule> makeLocalizedWeaknessRule()
{
    return std::make_shared<LocalizedWeakness>();
}

} // namespace wcw::rules
