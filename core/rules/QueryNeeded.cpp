// query-needed: the note conflicts (location, side, statement vs exam) or the coder's answers lead
// the decision tree to a query; the provider must clarify before a code is chosen
// (OCG I.A.19, III.B; AHIMA/ACDIS Guidelines for Achieving a Compliant Query Practice).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

namespace wcw::rules {
namespace {

class QueryNeeded final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::QueryNeeded); }
    QString citation() const override
    {
        return QStringLiteral("OCG I.A.19, III.B; AHIMA/ACDIS compliant query practice");
    }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        const Fact conflict = ctx.chart.fact(QStringLiteral("documentation-conflict"));
        // The tree's conflict node reads the same fact; a coder's answer there settles the conflict.
        if (!ctx.walk.endsInQuery())
            return {};
        QString what;
        if (conflict.detail == u"location-conflict")
            what = QStringLiteral(
                       "the diagnostic statement calls the weakness generalized, but the exam finds reduced "
                       "strength on the %1 side only")
                       .arg(ctx.chart.fact(QStringLiteral("location-conflict")).detail);
        else if (conflict.detail == u"laterality-conflict")
            what = QStringLiteral(
                "the side named in the statement differs from the side with reduced strength on exam");
        else if (conflict.detail == u"statement-exam-conflict")
            what = QStringLiteral(
                "the statement documents muscle weakness, but the exam documents full strength");
        else
            what = QStringLiteral("the documentation does not settle the decision-tree question \"%1\"")
                       .arg(ctx.walk.path.isEmpty() ? QString() : ctx.walk.path.last().question);
        QStringList codes;
        for (const QString& code : ctx.encounter.codes) {
            if (!CodingTerms::instance().symptomKind(code).isEmpty())
                codes.append(code);
        }
        Finding f = finding(
            Severity::Warning, codes,
            QStringLiteral("Query the provider: %1. The code depends on the provider's clarification, "
                           "not on the coder's reading (%2).")
                .arg(what, citation()));
        f.evidence = conflict.evidence;
        return {f};
    }
};

} // namespace

std::shared_ptr<const Rule> makeQueryNeededRule()
{
    return std::make_shared<QueryNeeded>();
}

} // namespace wcw::rules
