#include "rules/SuggestionBuilder.h"

#include "rules/Lexicon.h"

namespace wcw::rules {
namespace {

// When two rules propose different fixes for the same code, the more specific one wins:
// an uncertain diagnosis is dropped outright; a confirmed cause replaces its symptom; ...
const QStringList kFixPrecedence{
    QStringLiteral("uncertain-dx-coded-outpatient"),
    QStringLiteral("symptom-after-confirmed-dx"),
    QStringLiteral("excludes1-conflict"),
    QStringLiteral("physiological-exhaustion"),
    QStringLiteral("localized-weakness-as-r531"),
    QStringLiteral("weakness-vs-fatigue"),
    QStringLiteral("r531-vs-m6281"),
    QStringLiteral("invalid-code"),
    QStringLiteral("code-not-valid-on-date"),
    QStringLiteral("unsupported-symptom-code"),
    QStringLiteral("stale-symptom-code"),
    QStringLiteral("missing-supporting-codes"),
    QStringLiteral("sequencing"),
};

int precedence(const Finding& f)
{
    const qsizetype i = kFixPrecedence.indexOf(f.rule);
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

QString treeReason(const RuleContext& ctx, const QString& code)
{
    for (const SuggestedCode& sc : ctx.walk.codes) {
        if (sc.code == code)
            return sc.reason;
    }
    return {};
}

} // namespace

QList<SuggestedCode> suggestCodes(const RuleContext& ctx, const QList<Finding>& findings)
{
    QList<SuggestedCode> list;
    for (const QString& code : ctx.encounter.codes) {
        const QString tr = treeReason(ctx, code);
        list.append(
            {code, {}, tr.isEmpty() ? QStringLiteral("Assigned by the coder; no rule objects to it.") : tr});
    }
    QList<Finding> ordered = findings;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Finding& a, const Finding& b) { return precedence(a) < precedence(b); });
    QSet<QString> handled;
    QList<const Finding*> adds, moves;
    for (const Finding& f : std::as_const(ordered)) {
        if (!f.fix)
            continue;
        const CodeFix& fix = *f.fix;
        if (fix.kind == CodeFix::Kind::Add) {
            adds.append(&f);
            continue;
        }
        if (fix.kind == CodeFix::Kind::MoveFirst) {
            moves.append(&f);
            continue;
        }
        const qsizetype at = indexOf(list, fix.code);
        if (at < 0 || handled.contains(fix.code))
            continue;
        handled.insert(fix.code);
        if (fix.kind == CodeFix::Kind::Remove || indexOf(list, fix.replacement) >= 0) {
            list.removeAt(at);
            continue;
        }
        const QString tr = treeReason(ctx, fix.replacement);
        list[at] = {fix.replacement, {}, fix.label + QStringLiteral(": ") + (tr.isEmpty() ? f.message : tr)};
        handled.insert(fix.replacement);
    }
    if (ctx.walk.endsInQuery()) {
        // The weakness code waits for the provider's answer.
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [](const SuggestedCode& sc) {
                                      return !Lexicon::instance().symptomKind(sc.code).isEmpty();
                                  }),
                   list.end());
    } else if (!ctx.walk.codes.isEmpty() && indexOf(list, ctx.walk.codes.first().code) < 0) {
        bool symptomCoded = false;
        for (const SuggestedCode& sc : std::as_const(list))
            symptomCoded = symptomCoded || !Lexicon::instance().symptomKind(sc.code).isEmpty();
        if (!symptomCoded)
            list.append(ctx.walk.codes.first());
    }
    for (const Finding* f : std::as_const(adds)) {
        if (indexOf(list, f->fix->replacement) < 0)
            list.append({f->fix->replacement, {}, f->fix->label + QStringLiteral(": ") + f->message});
    }
    for (const Finding* f : std::as_const(moves)) {
        const qsizetype at = indexOf(list, f->fix->code);
        if (at > 0) {
            SuggestedCode sc = list.takeAt(at);
            sc.reason = f->fix->label + QStringLiteral(": ") + f->message;
            list.prepend(sc);
        }
    }
    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].role = i == 0 ? QStringLiteral("primary") : QStringLiteral("additional");
    return list;
}

} // namespace wcw::rules
