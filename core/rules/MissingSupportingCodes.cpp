// missing-supporting-codes: conditions documented in this note that have their own codes (falls
// Z91.81, unsteadiness R26.81, functional quadriplegia R53.2, sarcopenia M62.84, frailty R54), and
// the Tabular "use additional code" / "code first" companions of assigned codes when the companion
// condition is documented (OCG I.A.13, III.B other diagnoses affecting care).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"
#include "rules/TextWords.h"

#include <algorithm>

namespace wcw::rules {
namespace {

class MissingSupportingCodes final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::MissingSupportingCodes); }
    QString citation() const override { return QStringLiteral("OCG I.A.13, III.B"); }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        documentedConditions(ctx, &out);
        tabularCompanions(ctx, &out);
        return out;
    }

private:
    bool excludedByAny(const RuleContext& ctx, const QString& code, const QStringList& others) const
    {
        const QDate dos = ctx.encounter.dateOfService;
        for (const QString& o : others) {
            if (o != code && (ctx.codeFacts.excludes1(code, o, dos) || ctx.codeFacts.excludes1(o, code, dos)))
                return true;
        }
        return false;
    }

    void documentedConditions(const RuleContext& ctx, QList<Finding>* out) const
    {
        QStringList candidates;
        QList<const SupportingTerm*> terms;
        for (const SupportingTerm& t : CodingTerms::instance().supporting()) {
            if (!ctx.chart.is(t.kind))
                continue;
            bool coded = false;
            for (const QString& code : ctx.encounter.codes) {
                for (const QString& p : t.covers)
                    coded = coded || codeCovers(p, code);
            }
            if (!coded && ctx.billableOnDate(t.code)) {
                candidates.append(t.code);
                terms.append(&t);
            }
        }
        // A candidate that an assigned code or the tree's answer excludes (e.g. R54 "frailty NOS" beside
        // R53.2) is not missing: Excludes1 codes are never reported together. Between two candidates
        // the one listed first in the lexicon (the more specific condition) stays.
        QStringList context = ctx.encounter.codes;
        for (const SuggestedCode& sc : ctx.walk.codes)
            context.append(sc.code);
        QStringList kept;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QString& code = candidates.at(i);
            if (excludedByAny(ctx, code, context) || excludedByAny(ctx, code, kept))
                continue;
            kept.append(code);
            Finding f = finding(
                Severity::Warning, {code},
                QStringLiteral("The note documents %1 (\"%2\"), which is coded as %3; it is not among the "
                               "assigned codes (OCG III.B: code conditions that affect care).")
                    .arg(terms.at(i)->why, ctx.chart.fact(terms.at(i)->kind).evidence.first().quote,
                         ctx.title(code)));
            f.evidence = ctx.chart.fact(terms.at(i)->kind).evidence;
            f.fix = addFix(code);
            out->append(f);
        }
    }

    // Notes of one owner and kind are alternatives ("dementia with/without behavioral disturbance"):
    // one assigned companion satisfies the group.
    void tabularCompanions(const RuleContext& ctx, QList<Finding>* out) const
    {
        for (const QString& code : ctx.encounter.codes) {
            const CodeRecord* r = ctx.record(code);
            if (!r)
                continue;
            // In the order the record lists the notes (own first, then inherited, nearest first):
            // the findings of two groups come out in the same order on every run.
            QList<QList<const CodeNote*>> groups;
            for (const CodeNote& n : r->notes) {
                if ((n.kind != u"useAdditionalCode" && n.kind != u"codeFirst") || n.codes.isEmpty())
                    continue;
                auto same = std::find_if(groups.begin(), groups.end(), [&n](const QList<const CodeNote*>& g) {
                    return g.first()->kind == n.kind && g.first()->inheritedFrom == n.inheritedFrom;
                });
                if (same == groups.end())
                    groups.append({&n});
                else
                    same->append(&n);
            }
            for (const auto& group : std::as_const(groups)) {
                if (satisfied(ctx, code, group))
                    continue;
                for (const CodeNote* n : group) {
                    if (!documented(ctx, n->text))
                        continue;
                    Finding f = finding(
                        Severity::Warning, {code},
                        QStringLiteral("The Tabular List says at %1: \"%2 %3\", and the note documents it; "
                                       "no such code is assigned (OCG I.A.13).")
                            .arg(n->inheritedFrom.isEmpty() ? code : n->inheritedFrom,
                                 n->kind == u"codeFirst" ? QStringLiteral("Code first")
                                                         : QStringLiteral("Use additional code for"),
                                 n->text));
                    if (n->codes.size() == 1 && ctx.billableOnDate(n->codes.first()))
                        f.fix = addFix(n->codes.first());
                    out->append(f);
                    break;
                }
            }
        }
    }

    static bool satisfied(const RuleContext& ctx, const QString& owner, const QList<const CodeNote*>& group)
    {
        for (const CodeNote* n : group) {
            for (const QString& c : n->codes) {
                for (const QString& assigned : ctx.encounter.codes) {
                    if (assigned != owner && codeCovers(c, assigned))
                        return true;
                }
            }
        }
        return false;
    }

    // Every significant word of the note text (without its code references) appears in the note.
    static bool documented(const RuleContext& ctx, const QString& noteText)
    {
        const QStringList words = significantWords(noteText, 4, true);
        for (const QString& w : words) {
            if (!ctx.noteContains(w))
                return false;
        }
        return !words.isEmpty();
    }
};

} // namespace

std::shared_ptr<const Rule> makeMissingSupportingCodesRule()
{
    return std::make_shared<MissingSupportingCodes>();
}

} // namespace wcw::rules
