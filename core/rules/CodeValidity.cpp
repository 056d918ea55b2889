// invalid-code and code-not-valid-on-date: a code must be a billable leaf in the release in force
// on the date of service (OCG I.A.2-3 "codes must be reported to the highest level of detail";
// releases take effect 1 October / 1 April).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"
#include "rules/TextWords.h"

namespace wcw::rules {
namespace {

QString releaseName(const RuleContext& ctx)
{
    const auto r = ctx.codeFacts.releaseOn(ctx.encounter.dateOfService);
    return r ? r->label : QStringLiteral("no imported release");
}

// The billable code to use instead of a header: one the decision tree ends on, else the closest title.
QString replacementFor(const RuleContext& ctx, const QString& code)
{
    const QStringList children = billableDescendants(ctx, code);
    for (const SuggestedCode& sc : ctx.walk.codes) {
        if (children.contains(sc.code))
            return sc.code;
    }
    if (!children.isEmpty())
        return bestTitleMatch(ctx, children);
    // A code newer than the release (G35.A before FY2026): its nearest billable ancestor on the date.
    QString parent = code;
    while (parent.size() > 3) {
        parent.chop(1);
        if (parent.endsWith(u'.'))
            parent.chop(1);
        if (ctx.billableOnDate(parent))
            return parent;
    }
    return {};
}

Finding withFix(Finding f, const RuleContext& ctx, const QString& code)
{
    const QString replacement = replacementFor(ctx, code);
    if (!replacement.isEmpty()) {
        f.fix = replaceFix(code, replacement);
        f.message += QStringLiteral(" The note points to %1.").arg(ctx.title(replacement));
    } else {
        f.fix = removeFix(code); // nothing valid to put in its place; the decision tree suggests what to code
    }
    return f;
}

class InvalidCode final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::InvalidCode); }
    QString citation() const override
    {
        return QStringLiteral("OCG I.A.2, I.B.1 (report billable codes only)");
    }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        for (const QString& code : ctx.encounter.codes) {
            const CodeValidity v = ctx.codeFacts.validityOn(code, ctx.encounter.dateOfService);
            if (v == CodeValidity::Billable || ctx.codeFacts.billableInAnyRelease(code))
                continue;
            const QString what =
                v == CodeValidity::Header
                    ? QStringLiteral("%1 is a category/subcategory header in %2, not a billable code, "
                                     "and it is not billable in any imported release.")
                          .arg(ctx.title(code), releaseName(ctx))
                    : QStringLiteral("%1 is not an ICD-10-CM code in %2 or any other imported release.")
                          .arg(code, releaseName(ctx));
            out.append(withFix(finding(Severity::Error, {code},
                                       what + QStringLiteral(" Code to the highest level of "
                                                             "detail (%1).")
                                                  .arg(citation())),
                               ctx, code));
        }
        return out;
    }
};

class CodeNotValidOnDate final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::CodeNotValidOnDate); }
    QString citation() const override
    {
        return QStringLiteral("OCG I.A (code set in force on the date of service)");
    }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        for (const QString& code : ctx.encounter.codes) {
            const CodeValidity v = ctx.codeFacts.validityOn(code, ctx.encounter.dateOfService);
            if (v == CodeValidity::Billable || !ctx.codeFacts.billableInAnyRelease(code))
                continue;
            const QString state = v == CodeValidity::Header ? QStringLiteral("is a header (not billable)")
                                                            : QStringLiteral("does not exist");
            const QString msg =
                QStringLiteral("%1 was billable in an earlier release but %2 in %3, the release in force "
                               "on %4 (%5).")
                    .arg(code, state, releaseName(ctx), isoDate(ctx.encounter.dateOfService), citation());
            out.append(withFix(finding(Severity::Error, {code}, msg), ctx, code));
        }
        return out;
    }
};

} // namespace

QStringList billableDescendants(const RuleContext& ctx, const QString& header, int depth)
{
    return ctx.codeFacts.billableDescendants(header, ctx.encounter.dateOfService, depth);
}

QString bestTitleMatch(const RuleContext& ctx, const QStringList& candidates)
{
    QString best;
    int bestHits = 0, bestMisses = 0;
    for (const QString& code : candidates) {
        const CodeRecord* r = ctx.record(code);
        if (!r)
            continue;
        int hits = 0, misses = 0;
        for (const QString& w : significantWords(r->title, 3))
            (ctx.noteContains(w) ? hits : misses) += 1;
        if (hits > bestHits || (hits == bestHits && hits > 0 && misses < bestMisses)) {
            best = code;
            bestHits = hits;
            bestMisses = misses;
        }
    }
    return best;
}

std::shared_ptr<const Rule> makeInvalidCodeRule()
{
    return std::make_shared<InvalidCode>();
}
std::shared_ptr<const Rule> makeCodeNotValidOnDateRule()
{
    return std::make_shared<CodeNotValidOnDate>();
}

} // namespace wcw::rules
