// wcw-cli queue / claim / release / status / set-codes / audit: the daily queue from a
// shell, e.g. for scripts and for the two-process claim test.
#include "CliCommand.h"
#include "StoreOption.h"

#include <QJsonArray>

namespace {

using namespace wcw::cli;

QJsonObject itemJson(const wcw::QueueItem& i)
{
    return {{QStringLiteral("encounter_id"), i.encounterId},
            {QStringLiteral("patient_id"), i.patientId},
            {QStringLiteral("patient_name"), i.patientName},
            {QStringLiteral("date_of_service"), i.dateOfService.toString(Qt::ISODate)},
            {QStringLiteral("setting"), wcw::settingName(i.setting)},
            {QStringLiteral("provider"), i.provider},
            {QStringLiteral("status"), wcw::statusName(i.status)},
            {QStringLiteral("claimed_by"), i.claimedBy},
            {QStringLiteral("codes"), QJsonArray::fromStringList(i.codes)}};
}

int runQueue(Args& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    auto store = openStore(args);
    if (!store)
        return BadInput;
    wcw::QueueFilter filter;
    const QString day = args.option(QStringLiteral("day"));
    filter.day = day == QLatin1String("today") ? store->clock().today() : QDate::fromString(day, Qt::ISODate);
    if (!day.isEmpty() && !filter.day.isValid())
        return fail(BadInput, QStringLiteral("--day must be YYYY-MM-DD or \"today\", not \"%1\"").arg(day));
    filter.assignedTo = args.option(QStringLiteral("user"));
    for (QString s = args.option(QStringLiteral("status")); !s.isEmpty();
         s = args.option(QStringLiteral("status"))) {
        const auto st = wcw::statusFromName(s);
        if (!st)
            return fail(BadInput, QStringLiteral("unknown status \"%1\"").arg(s));
        filter.statuses.append(*st);
    }
    if (!intOption(args, QStringLiteral("limit"), &filter.limit, 1))
        return BadInput;
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    const QList<wcw::QueueItem> items = store->queue(filter);
    if (!store->lastError().isEmpty())
        return fail(BadInput, store->lastError());
    QJsonArray list;
    for (const wcw::QueueItem& i : items) {
        if (json)
            list.append(itemJson(i));
        else
            out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                    .arg(i.dateOfService.toString(Qt::ISODate), i.encounterId, i.patientId,
                         wcw::statusName(i.status), i.claimedBy.isEmpty() ? QStringLiteral("-") : i.claimedBy,
                         i.codes.join(u' ')));
    }
    if (json)
        outJson({{QStringLiteral("queue"), list}});
    return Ok;
}

// The shape shared by claim/release/status/set-codes: ENCOUNTER_ID [more] --user ID.
struct Action
{
    std::unique_ptr<wcw::SqliteWorkStore> store;
    qint64 key = 0;
    QString user;
    QStringList rest;
    int exit = Ok;
};

Action prepareAction(Args& args, int minRest, const QString& usage)
{
    Action a;
    a.user = args.option(QStringLiteral("user"));
    a.store = openStore(args);
    if (!a.store) {
        a.exit = BadInput;
        return a;
    }
    QStringList pos = args.positionals();
    if (a.user.isEmpty() || pos.size() < 1 + minRest || !args.unknownOption().isEmpty()) {
        a.exit = fail(BadInput, QStringLiteral("usage: wcw-cli ") + usage);
        return a;
    }
    a.key = encounterKeyOrFail(*a.store, pos.takeFirst());
    a.exit = a.key == 0 ? NotFound : Ok;
    a.rest = pos;
    return a;
}

int runClaim(Args& args)
{
    Action a = prepareAction(args, 0, QStringLiteral("claim ENCOUNTER_ID --user ID [--store PATH]"));
    if (a.exit != Ok)
        return a.exit;
    switch (a.store->claim(a.key, a.user)) {
    case wcw::ClaimResult::Claimed:
        out(QStringLiteral("claimed"));
        return Ok;
    case wcw::ClaimResult::AlreadyYours:
        out(QStringLiteral("already yours"));
        return Ok;
    case wcw::ClaimResult::TakenByOther:
        out(QStringLiteral("taken"));
        return fail(BadInput, a.store->lastError());
    case wcw::ClaimResult::NotFound:
        return fail(NotFound, a.store->lastError());
    case wcw::ClaimResult::Failed:
        break;
    }
    return fail(BadInput, a.store->lastError());
}

int runRelease(Args& args)
{
    Action a = prepareAction(args, 0, QStringLiteral("release ENCOUNTER_ID --user ID [--store PATH]"));
    if (a.exit != Ok)
        return a.exit;
    return a.store->releaseClaim(a.key, a.user) ? Ok : fail(BadInput, a.store->lastError());
}

int runStatus(Args& args)
{
    Action a = prepareAction(args, 1, QStringLiteral("status ENCOUNTER_ID STATUS --user ID [--store PATH]"));
    if (a.exit != Ok)
        return a.exit;
    const auto status = wcw::statusFromName(a.rest.join(u' '));
    if (!status)
        return fail(BadInput,
                    QStringLiteral("unknown status \"%1\" (new, in progress, query sent, on hold, done)")
                        .arg(a.rest.join(u' ')));
    return a.store->setStatus(a.key, *status, a.user) ? Ok : fail(BadInput, a.store->lastError());
}

int runSetCodes(Args& args)
{
    Action a =
        prepareAction(args, 0, QStringLiteral("set-codes ENCOUNTER_ID CODE ... --user ID [--store PATH]"));
    if (a.exit != Ok)
        return a.exit;
    return a.store->setCodes(a.key, a.rest, a.user) ? Ok : fail(BadInput, a.store->lastError());
}

int runAudit(Args& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    auto store = openStore(args);
    if (!store)
        return BadInput;
    const QStringList pos = args.positionals();
    qint64 key = 0;
    if (!pos.isEmpty() && (key = encounterKeyOrFail(*store, pos.first())) == 0)
        return NotFound;
    const QList<wcw::AuditEntry> entries = store->auditTrail(key ? QStringLiteral("encounter") : QString(),
                                                             key ? QString::number(key) : QString());
    QJsonArray list;
    for (const wcw::AuditEntry& e : entries) {
        if (!json) {
            out(QStringLiteral("%1  %2  %3 %4  %5  %6 -> %7")
                    .arg(e.at.toString(Qt::ISODateWithMs), e.user, e.entity, e.entityId, e.action, e.before,
                         e.after));
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("user"), e.user},
                                {QStringLiteral("entity"), e.entity},
                                {QStringLiteral("entity_id"), e.entityId},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("before"), e.before},
                                {QStringLiteral("after"), e.after}});
    }
    if (json)
        outJson({{QStringLiteral("audit"), list}});
    return Ok;
}

} // namespace

WCW_CLI_COMMAND(
    "queue",
    "queue [--day YYYY-MM-DD|today] [--user ID] [--status S ...] [--limit N] [--json] [--store PATH]",
    runQueue);
WCW_CLI_COMMAND("claim", "claim ENCOUNTER_ID --user ID [--store PATH]", runClaim);
WCW_CLI_COMMAND("release", "release ENCOUNTER_ID --user ID [--store PATH]", runRelease);
WCW_CLI_COMMAND("status", "status ENCOUNTER_ID STATUS --user ID [--store PATH]", runStatus);
WCW_CLI_COMMAND("set-codes", "set-codes ENCOUNTER_ID CODE ... --user ID [--store PATH]", runSetCodes);
WCW_CLI_COMMAND("audit", "audit [ENCOUNTER_ID] [--json] [--store PATH]", runAudit);
