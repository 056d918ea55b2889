// wcw-cli lookup CODE [--date YYYY-MM-DD] [--json] [--db PATH]: one code as of a date of service.
#include "domain/IcdCode.h"
#include "ReferenceCli.h"

namespace wcw::cli {
namespace {

int runLookup(Args& args)
{
    const QString dbPath = args.option(QStringLiteral("db"));
    const bool json = args.flag(QStringLiteral("json"));
    QString error;
    const std::optional<QDate> asked = dateOption(args, &error);
    if (error.isEmpty())
        error = args.problem();
    if (!error.isEmpty())
        return fail(BadInput, error);
    const QStringList pos = args.positionals();
    if (pos.size() != 1 || !icd::looksLikeCode(pos.first()))
        return fail(BadInput, pos.size() == 1
                                  ? QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(pos.first())
                                  : QStringLiteral("usage: lookup CODE [--date YYYY-MM-DD] [--json]"));
    auto ref = openReference(dbPath);
    if (!ref)
        return BadInput;
    const QDate date = answerDate(*ref, asked);
    if (!ref->releaseOn(date))
        return fail(NotFound,
                    QStringLiteral("no imported release covers %1").arg(date.toString(Qt::ISODate)));
    const Result<std::optional<CodeRecord>> read = ref->readRecord(pos.first(), date);
    if (!read)
        return fail(BadInput, read.error().text()); // a failed read is not "not in the release"
    const std::optional<CodeRecord>& record = read.value();
    if (!record) {
        const Release release = *ref->releaseOn(date);
        return fail(NotFound, QStringLiteral("%1 is not in %2 (in force on %3)")
                                  .arg(icd::dotted(pos.first()), release.label, date.toString(Qt::ISODate)));
    }
    if (json)
        outJson(recordJson(*record));
    else
        out(recordText(*record));
    return Ok;
}

} // namespace
} // namespace wcw::cli

WCW_CLI_COMMAND("lookup", "lookup CODE [--date YYYY-MM-DD] [--json] [--db PATH]", wcw::cli::runLookup);
