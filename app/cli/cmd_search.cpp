// wcw-cli search TEXT [--limit N] [--json] [--db PATH]: search-as-you-type over the newest release.
#include "ReferenceCli.h"

#include <QJsonArray>

namespace wcw::cli {
namespace {

int runSearch(Args& args)
{
    const QString dbPath = args.option(QStringLiteral("db"));
    const QString limitText = args.option(QStringLiteral("limit"));
    const bool json = args.flag(QStringLiteral("json"));
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    bool ok = true;
    const int limit = limitText.isEmpty() ? 20 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return fail(BadInput,
                    QStringLiteral("--limit: \"%1\" is not a number from 1 to 1000").arg(limitText));
    const QString text = args.positionals().join(u' ').trimmed();
    if (text.isEmpty())
        return fail(BadInput, QStringLiteral("usage: search TEXT [--limit N] [--json]"));
    auto ref = openReference(dbPath);
    if (!ref)
        return BadInput;
    const Result<QList<SearchHit>> found = ref->searchChecked(text, limit);
    if (!found)
        return fail(BadInput, found.error().text()); // the database is broken, not the text
    const QList<SearchHit>& hits = found.value();
    if (json) {
        QJsonArray results;
        for (const SearchHit& h : hits) {
            results.append(QJsonObject{{QStringLiteral("code"), h.code},
                                       {QStringLiteral("title"), h.title},
                                       {QStringLiteral("billable"), h.billable},
                                       {QStringLiteral("matched"), h.matched}});
        }
        outJson(QJsonObject{{QStringLiteral("results"), results}});
    } else {
        for (const SearchHit& h : hits)
            out(QStringLiteral("%1  %2%3   [%4]")
                    .arg(h.code, -8)
                    .arg(h.title, h.billable ? QString() : QStringLiteral(" (header)"), h.matched));
    }
    return hits.isEmpty() ? NotFound : Ok;
}

} // namespace
} // namespace wcw::cli

WCW_CLI_COMMAND("search", "search TEXT [--limit N] [--json] [--db PATH]", wcw::cli::runSearch);
