// wcw-cli suggest FILE|- [--json] [--db PATH]: the decision tree's code set for an encounter, the
// path walked, provider queries and the documentation checklist (contract.md: "wcw-cli suggest").
#include "ReferenceCli.h"
#include "RulesCli.h"
#include "rules/RulesEngine.h"
#include "rules/RulesJson.h"

namespace wcw::cli {
namespace {

QString suggestionText(const Encounter& e, const Suggestion& s)
{
    QStringList lines{e.encounterId + QStringLiteral(": suggested codes")};
    for (const SuggestedCode& c : s.codes)
        lines.append(QStringLiteral("  %1 (%2) - %3").arg(c.code, c.role, c.reason));
    if (s.codes.isEmpty())
        lines.append(QStringLiteral("  (none until the provider answers the query)"));
    lines.append(QStringLiteral("path:"));
    for (const PathStep& p : s.path)
        lines.append(
            QStringLiteral("  %1 -> %2%3")
                .arg(p.node, p.answer,
                     p.evidence.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(p.evidence)));
    for (const ProviderQuery& q : s.queries) {
        lines.append(QStringLiteral("query (%1): %2").arg(q.topic, q.question));
        for (const QString& o : q.options)
            lines.append(QStringLiteral("  [ ] ") + o);
    }
    lines.append(
        QStringLiteral("checklist: %1/%2 complete").arg(s.checklist.complete()).arg(s.checklist.total()));
    for (const QString& n : s.notes)
        lines.append(QStringLiteral("note: ") + n);
    return lines.join(u'\n');
}

int runSuggest(Args& args)
{
    const QString dbPath = args.option(QStringLiteral("db"));
    const bool json = args.flag(QStringLiteral("json"));
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    const QStringList pos = args.positionals();
    if (pos.size() != 1)
        return fail(BadInput, QStringLiteral("usage: suggest FILE|- [--json]"));
    Encounter e;
    if (!readEncounter(pos.first(), &e))
        return BadInput;
    auto ref = openReference(dbPath);
    if (!ref)
        return BadInput;
    const Suggestion s = RulesEngine(*ref).suggest(e);
    if (reportReadError(*ref))
        return BadInput;
    if (json)
        outJson(suggestionToJson(e.encounterId, s));
    else
        out(suggestionText(e, s));
    return Ok;
}

} // namespace
} // namespace wcw::cli

WCW_CLI_COMMAND("suggest", "suggest FILE|- [--json] [--db PATH]", wcw::cli::runSuggest);
