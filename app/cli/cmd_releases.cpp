// wcw-cli releases [--db PATH] [--json]: the imported releases, oldest first.
#include "ReferenceCli.h"

#include <QJsonArray>

namespace wcw::cli {
namespace {

int runReleases(Args& args)
{
    const QString dbPath = args.option(QStringLiteral("db"));
    const bool json = args.flag(QStringLiteral("json"));
    if (!args.error.isEmpty())
        return fail(BadInput, args.error);
    if (!args.unknownOption().isEmpty() || !args.positionals().isEmpty())
        return fail(BadInput, QStringLiteral("usage: releases [--db PATH] [--json]"));
    auto ref = openReference(dbPath);
    if (!ref)
        return BadInput;
    const QList<Release> releases = ref->releases();
    if (json) {
        QJsonArray list;
        for (const Release& r : releases)
            list.append(releaseJson(r));
        outJson(QJsonObject{{QStringLiteral("releases"), list}});
        return Ok;
    }
    for (const Release& r : releases) {
        QString line = QStringLiteral("%1  %2 .. %3  %4  %5")
                           .arg(r.id, -10)
                           .arg(r.effectiveFrom.toString(Qt::ISODate),
                                r.effectiveTo.isNull() ? QStringLiteral("(in force)  ")
                                                       : r.effectiveTo.toString(Qt::ISODate),
                                releaseKindName(r.kind), r.label);
        if (r.kind == ReleaseKind::OrderOnly)
            line += QStringLiteral("; notes and index from %1")
                        .arg(r.notesFromId.isEmpty() ? QStringLiteral("(none)") : r.notesFromId);
        out(line);
    }
    return Ok;
}

} // namespace
} // namespace wcw::cli

WCW_CLI_COMMAND("releases", "releases [--db PATH] [--json]", wcw::cli::runReleases);
