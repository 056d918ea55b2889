// wcw-cli check FILE|- [--json] [--db PATH]   |   wcw-cli check --jsonl [--db PATH] < many.jsonl
// Runs every rule on an encounter and prints the findings (contract.md: "wcw-cli check").
#include "domain/CachedCodeFacts.h"
#include "interchange/EncounterJson.h"
#include "ReferenceCli.h"
#include "RulesCli.h"
#include "rules/RulesEngine.h"
#include "rules/RulesJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace wcw::cli {
namespace {

QString findingsText(const Encounter& e, const QList<Finding>& findings)
{
    QStringList lines{QStringLiteral("%1: %2 finding(s)").arg(e.encounterId).arg(findings.size())};
    for (const Finding& f : findings) {
        lines.append(QStringLiteral("  [%1] %2 %3: %4")
                         .arg(severityName(f.severity), f.rule, f.codes.join(u','), f.message));
        if (f.fix)
            lines.append(QStringLiteral("      fix: ") + f.fix->label);
    }
    return lines.join(u'\n');
}

// One result line per input line; a bad line or a failed read of the reference stops the stream
// with its line number (exit 2).
int checkStream(const RulesEngine& engine, const db::ReferenceDb& ref)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(BadInput, QStringLiteral("stdin cannot be read"));
    QTextStream out(stdout);
    int lineNo = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        Encounter e;
        JsonError error;
        if (!encounterFromJson(line, &e, &error)) {
            out.flush();
            return fail(BadInput, QStringLiteral("stdin line %1: %2").arg(lineNo).arg(error.toString()));
        }
        const QList<Finding> findings = engine.check(e);
        if (const std::optional<Error> failed = ref.readError()) {
            out.flush();
            return fail(BadInput, QStringLiteral("stdin line %1: %2").arg(lineNo).arg(failed->text()));
        }
        out << QString::fromUtf8(QJsonDocument(findingsToJson(e.encounterId, findings)).toJson(QJsonDocument::Compact))
            << '\n';
    }
    return Ok;
}

int runCheck(Args& args)
{
    const QString dbPath = args.option(QStringLiteral("db"));
    const bool json = args.flag(QStringLiteral("json"));
    const bool jsonl = args.flag(QStringLiteral("jsonl"));
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    const QStringList pos = args.positionals();
    if (jsonl ? !pos.isEmpty() : pos.size() != 1)
        return fail(BadInput,
                    QStringLiteral("usage: check FILE|- [--json] | check --jsonl < encounters.jsonl"));
    Encounter e;
    if (!jsonl && !readEncounter(pos.first(), &e))
        return BadInput;
    auto ref = openReference(dbPath);
    if (!ref)
        return BadInput;
    const CachedCodeFacts facts(*ref); // a stream asks about the same codes over and over
    const RulesEngine engine(facts);
    if (jsonl)
        return checkStream(engine, *ref);
    const QList<Finding> findings = engine.check(e);
    if (reportReadError(*ref))
        return BadInput;
    if (json)
        outJson(findingsToJson(e.encounterId, findings));
    else
        out(findingsText(e, findings));
    return Ok;
}

} // namespace
} // namespace wcw::cli

WCW_CLI_COMMAND("check", "check FILE|- [--json] | check --jsonl < encounters.jsonl  [--db PATH]",
                wcw::cli::runCheck);
