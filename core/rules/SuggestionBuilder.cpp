#include "rules/SuggestionBuilder.h"

#include "domain/CodeListEdit.h"
#include "rules/CodingTerms.h"
#include "rules/RuleId.h"

#include <QSet>
#include <algorithm>

namespace wcw::rules {
namespace {

// When two rules propose different fixes for the same code, the more specific one wins:
// an uncertain diagnosis is dropped outright; a confirmed cause replaces its symptom; ...
const QList<RuleId> kFixPrecedence{
    RuleId::UncertainDxCodedOutpatient,
    RuleId::SymptomAfterConfirmedDx,
    RuleId::Excludes1Conflict,
    RuleId::PhysiologicalExhaustion,
    RuleId::LocalizedWeaknessAsR531,
    RuleId::WeaknessVsFatigue,
    RuleId::R531VsM6281,
    RuleId::InvalidCode,
    RuleId::CodeNotValidOnDate,
    RuleId::UnsupportedSymptomCode,
    RuleId::StaleSymptomCode,
    RuleId::MissingSupportingCodes,
    RuleId::Sequencing,
};

int precedence(const Finding& f)
{
    const std::optional<RuleId> id = ruleFromName(f.rule);
    const qsizetype i = id ? kFixPrecedence.indexOf(*id) : -1;
    return i < 0 ? int(kFixPrecedence.size()) : int(i);
}

qsizetype indexOf(const QList<SuggestedCode>& list, const QString& code)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).code == code)
            return i;
    }
    return -1;
}

QString codeOf(const SuggestedCode& sc)
{
    return sc.code;
}

QString treeReason(const RuleContext& ctx, const QString& code)
{
    for (const SuggestedCode& sc : ctx.walk.codes) {
        if (sc.code == code)
            return sc.reason;
    }
    return {};
}

bool isSymptomCode(const SuggestedCode& sc)
{
    return !CodingTerms::instance().symptomKind(sc.code).isEmpty();
}

// The coder's codes, each with the tree's reason when the tree arrives at it too.
QList<SuggestedCode> assignedCodes(const RuleContext& ctx)
{
    QList<SuggestedCode> list;
    for (const QString& code : ctx.encounter.codes) {
        const QString tr = treeReason(ctx, code);
        list.append(
            {code, {}, tr.isEmpty() ? QStringLiteral("Assigned by the coder; no rule objects to it.") : tr});
    }
    return list;
}

// Replacements and removals, the most specific rule first (kFixPrecedence); a code is acted on
// once. Additions and moves to first place are returned for after the tree's answer is in.
void applyReplacements(const RuleContext& ctx, const QList<Finding>& ordered, QList<SuggestedCode>* list,
                       QList<const Finding*>* adds, QList<const Finding*>* moves)
{
    QSet<QString> handled;
    for (const Finding& f : ordered) {
        if (!f.fix)
            continue;
        const CodeFix& fix = *f.fix;
        if (fix.kind == CodeFix::Kind::Add || fix.kind == CodeFix::Kind::MoveFirst) {
            (fix.kind == CodeFix::Kind::Add ? adds : moves)->append(&f);
            continue;
        }
        if (indexOf(*list, fix.code) < 0 || handled.contains(fix.code))
            continue;
        handled.insert(fix.code);
        const bool bringsIn = fix.kind == CodeFix::Kind::Replace && indexOf(*list, fix.replacement) < 0;
        const QString tr = treeReason(ctx, fix.replacement);
        *list = codelist::applyFix(*list, fix, codeOf, [&](QStringView code) {
            return SuggestedCode{
                code.toString(), {}, fix.label + QStringLiteral(": ") + (tr.isEmpty() ? f.message : tr)};
        });
        if (bringsIn)
            handled.insert(fix.replacement);
    }
}

// A tree ending in a query holds the symptom code back until the provider answers; otherwise
// the tree's first code comes in when no symptom code is left.
void applyTreeAnswer(const RuleContext& ctx, QList<SuggestedCode>* list)
{
    if (ctx.walk.endsInQuery()) {
        list->erase(std::remove_if(list->begin(), list->end(), isSymptomCode), list->end());
        return;
    }
    if (ctx.walk.codes.isEmpty() || indexOf(*list, ctx.walk.codes.first().code) >= 0)
        return;
    if (std::none_of(list->cbegin(), list->cend(), isSymptomCode))
        list->append(ctx.walk.codes.first());
}

} // namespace

QList<SuggestedCode> suggestCodes(const RuleContext& ctx, const QList<Finding>& findings)
{
    QList<SuggestedCode> list = assignedCodes(ctx);
    QList<Finding> ordered = findings;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Finding& a, const Finding& b) { return precedence(a) < precedence(b); });
    QList<const Finding*> adds, moves;
    applyReplacements(ctx, ordered, &list, &adds, &moves);
    applyTreeAnswer(ctx, &list);
    for (const Finding* f : std::as_const(adds)) {
        list = codelist::applyFix(list, *f->fix, codeOf, [&](QStringView code) {
            return SuggestedCode{code.toString(), {}, f->fix->label + QStringLiteral(": ") + f->message};
        });
    }
    for (const Finding* f : std::as_const(moves)) {
        const bool moving = indexOf(list, f->fix->code) > 0;
        list = codelist::applyFix(list, *f->fix, codeOf,
                                  [](QStringView code) { return SuggestedCode{code.toString()}; });
        if (moving)
            list[0].reason = f->fix->label + QStringLiteral(": ") + f->message;
    }
    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].role = i == 0 ? QStringLiteral("primary") : QStringLiteral("additional");
    return list;
}

} // namespace wcw::rules
