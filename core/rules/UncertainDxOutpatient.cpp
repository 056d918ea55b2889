// uncertain-dx-coded-outpatient: in outpatient encounters a "probable/suspected/rule out" diagnosis
// is not coded as if established; code the documented symptoms (OCG IV.H). Inpatient discharge
// diagnoses documented as probable are coded as established (OCG II.H), so inpatients are skipped.
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

class UncertainDxOutpatient final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::UncertainDxCodedOutpatient); }
    QString citation() const override { return QStringLiteral("OCG IV.H"); }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        if (ctx.encounter.setting != Setting::Outpatient)
            return out;
        for (const QString& code : ctx.encounter.codes) {
            if (!CodingTerms::instance().symptomKind(code).isEmpty() || code.startsWith(u'R') ||
                code.startsWith(u'Z'))
                continue; // symptoms and factors are what IV.H asks for
            EvidenceSpan span;
            if (!uncertainOnly(ctx, code, &span))
                continue;
            Finding f = finding(
                Severity::Error, {code},
                QStringLiteral("%1 is documented as uncertain (\"%2\"). In an outpatient encounter an "
                               "uncertain diagnosis is not coded as if it existed; code the symptoms "
                               "the note documents instead (OCG IV.H).")
                    .arg(ctx.title(code), span.quote));
            f.evidence.append(span);
            f.fix = removeFix(code);
            out.append(f);
        }
        return out;
    }

private:
    // The condition is mentioned only with an uncertainty cue: via the lexicon's cause terms
    // ("Probable MS" for G35), or by the code's title in an uncertain clause.
    static bool uncertainOnly(const RuleContext& ctx, const QString& code, EvidenceSpan* span)
    {
        for (const CauseTerm& cause : CodingTerms::instance().causes()) {
            bool covers = false;
            for (const QString& p : cause.codes)
                covers = covers || codeCovers(p, code);
            if (!covers)
                continue;
            bool uncertain = false, confirmed = false;
            for (const Mention& m : ctx.chart.mentions()) {
                if (m.kind != u"cause:" + cause.id || m.negated)
                    continue;
                if (m.uncertain && !uncertain) {
                    uncertain = true;
                    *span = m.span;
                }
                confirmed = confirmed || !m.uncertain;
            }
            return uncertain && !confirmed;
        }
        const CodeRecord* r = ctx.record(code);
        return r && !r->title.isEmpty() && ctx.chart.uncertainMentionOf(significantWords(r->title, 3), span);
    }
};

} // namespace

std::shared_ptr<const Rule> makeUncertainDxOutpatientRule()
{
    return std::make_shared<UncertainDxOutpatient>();
}

} // namespace wcw::rules
