// r531-vs-m6281: R53.1 (Weakness, asthenia NOS) for documented muscle weakness, or M62.81 for
// general asthenia without a statement of muscle weakness. The provider's diagnostic statement
// decides (Index: Weak, weakness, muscle M62.81; Tabular R53.1 Excludes1).
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

const QString kWeakness = QStringLiteral("R53.1");
const QString kMuscle = QStringLiteral("M62.81");

class R531VsM6281 final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::R531VsM6281); }
    QString citation() const override
    {
        return QStringLiteral("Index: Weak, weakness, muscle; Tabular R53.1 Excludes1");
    }
    // The decision tree (note facts, overridden by the coder's answers) says which of the two the
    // documentation supports; a localized weakness or a pending query never ends on either.
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        const NoteFacts& c = ctx.chart;
        const QStringList& codes = ctx.encounter.codes;
        if (ctx.walk.outcome == u"muscle-weakness" && codes.contains(kWeakness)) {
            Finding f =
                finding(Severity::Warning, {kWeakness},
                        QStringLiteral("The provider documents muscle weakness, which the Index sends to %1 "
                                       "(Weak, weakness, muscle); %2 has Excludes1 \"%3\".")
                            .arg(ctx.title(kMuscle), kWeakness,
                                 ctx.noteText(kWeakness, QStringLiteral("excludes1"), kMuscle)));
            f.evidence = c.fact(QStringLiteral("muscle-weakness-stated")).evidence +
                         c.fact(QStringLiteral("reduced-strength")).evidence;
            f.fix = codes.contains(kMuscle) ? removeFix(kWeakness) : replaceFix(kWeakness, kMuscle);
            out.append(f);
        }
        if (ctx.walk.outcome == u"weakness" && codes.contains(kMuscle)) {
            Finding f = finding(
                Severity::Warning, {kMuscle},
                QStringLiteral("The provider states generalized weakness/asthenia, not muscle weakness; "
                               "%1 requires documented muscle weakness, and exam findings alone do not "
                               "change the diagnostic statement. Asthenia NOS is %2.")
                    .arg(ctx.title(kMuscle), ctx.title(kWeakness)));
            f.evidence = c.fact(QStringLiteral("generalized-weakness-stated")).evidence +
                         c.fact(QStringLiteral("negated-muscle-weakness")).evidence;
            f.fix = codes.contains(kWeakness) ? removeFix(kMuscle) : replaceFix(kMuscle, kWeakness);
            out.append(f);
        }
        return out;
    }
};

} // namespace

std::shared_ptr<const Rule> makeR531VsM6281Rule()
{
    return std::make_shared<R531VsM6281>();
}

} // namespace wcw::rules
