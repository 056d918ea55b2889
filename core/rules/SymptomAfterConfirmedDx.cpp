// symptom-after-confirmed-dx: a weakness/fatigue/malaise code although the note confirms a
// diagnosis of which the symptom is a routine manifestation (OCG I.B.5, I.C.18.b).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

class SymptomAfterConfirmedDx final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::SymptomAfterConfirmedDx); }
    QString citation() const override { return QStringLiteral("OCG I.B.5, I.C.18.b"); }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        for (const QString& code : ctx.encounter.codes) {
            const QString family = CodingTerms::instance().symptomKind(code);
            if (family.isEmpty())
                continue;
            const auto causes = ctx.chart.causesExplaining(family);
            if (causes.isEmpty())
                continue;
            const QString causeId = causes.first().first;
            const QString coded = assignedCauseCode(ctx, causeId);
            Finding f = finding(
                Severity::Error, {code},
                QStringLiteral("The note confirms %1 (\"%2\"), which explains the %3; %4 is a symptom code "
                               "and is not coded when a related definitive diagnosis is established "
                               "(OCG I.B.5, I.C.18.b).")
                    .arg(causeId, causes.first().second.quote, family, ctx.title(code)));
            for (const auto& c : causes)
                f.evidence.append(c.second);
            f.evidence += symptomEvidence(ctx, family);
            if (!coded.isEmpty()) {
                f.codes.append(coded);
                f.fix = removeFix(code);
            } else {
                const QString add = causeCodeToAdd(ctx, causeId);
                f.fix = add.isEmpty() ? removeFix(code) : replaceFix(code, add);
            }
            out.append(f);
        }
        return out;
    }
};

} // namespace

QString assignedCauseCode(const RuleContext& ctx, const QString& causeId)
{
    const CauseTerm* cause = CodingTerms::instance().cause(causeId);
    if (!cause)
        return {};
    for (const QString& code : ctx.encounter.codes) {
        for (const QString& p : cause->codes) {
            if (codeCovers(p, code))
                return code;
        }
    }
    return {};
}

QString causeCodeToAdd(const RuleContext& ctx, const QString& causeId)
{
    const CauseTerm* cause = CodingTerms::instance().cause(causeId);
    if (!cause)
        return {};
    const QList<PriorVisit> visits = ctx.encounter.sortedHistory();
    for (auto v = visits.crbegin(); v != visits.crend(); ++v) {
        for (const QString& code : v->codes) {
            for (const QString& p : cause->codes) {
                if (codeCovers(p, code) && ctx.billableOnDate(code))
                    return code;
            }
        }
    }
    return !cause->defaultCode.isEmpty() && ctx.billableOnDate(cause->defaultCode) ? cause->defaultCode
                                                                                   : QString();
}

QList<EvidenceSpan> symptomEvidence(const RuleContext& ctx, const QString& family)
{
    return ctx.chart.fact(family + QStringLiteral("-documented")).evidence;
}

std::shared_ptr<const Rule> makeSymptomAfterConfirmedDxRule()
{
    return std::make_shared<SymptomAfterConfirmedDx>();
}

} // namespace wcw::rules
