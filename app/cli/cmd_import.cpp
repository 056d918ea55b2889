// wcw-cli import --tabular FILE [--index FILE] [--order FILE] | ARCHIVE.zip | FOLDER
//                [--effective YYYY-MM-DD] [--db PATH] [--json]
#include "domain/DataPaths.h"
#include "ReferenceCli.h"
#include "release/ReleaseImporter.h"

#include <QElapsedTimer>
#include <cstdio>
#include <unistd.h>

namespace wcw::cli {
namespace {

db::ImportControl progressOnTty()
{
    db::ImportControl control;
    if (!isatty(fileno(stderr)))
        return control;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    control.progress = [timer](const QString& stage, qint64 done, qint64 total) {
        if (timer->elapsed() < 100 && done < total)
            return;
        timer->restart();
        const int percent = total > 0 ? int(100 * done / total) : 0;
        std::fprintf(stderr, "\r%-12s %3d%%", qPrintable(stage), percent);
        std::fflush(stderr);
    };
    return control;
}

int runImport(Args& args)
{
    const QString dbPath = paths::referenceDb(args.option(QStringLiteral("db")));
    const QString tabular = args.option(QStringLiteral("tabular"));
    const QString index = args.option(QStringLiteral("index"));
    const QString order = args.option(QStringLiteral("order"));
    const QString effective = args.option(QStringLiteral("effective"));
    const bool json = args.flag(QStringLiteral("json"));
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    const QStringList pos = args.positionals();
    const bool named = !tabular.isEmpty() || !index.isEmpty() || !order.isEmpty();
    if ((named && !pos.isEmpty()) || (!named && pos.size() != 1))
        return fail(BadInput,
                    QStringLiteral(
                        "usage: import --tabular FILE [--index FILE] [--order FILE] | ARCHIVE.zip | FOLDER"));
    const QDate from = QDate::fromString(effective, Qt::ISODate);
    if (!effective.isEmpty() && !from.isValid())
        return fail(BadInput,
                    QStringLiteral("--effective: \"%1\" is not a date (YYYY-MM-DD)").arg(effective));

    db::ReleaseSources sources;
    QString error;
    const bool loaded = named ? db::loadReleaseFiles(tabular, index, order, &sources, &error)
                              : db::loadReleasePath(pos.first(), &sources, &error);
    if (!loaded)
        return fail(BadInput, error);
    const db::ImportControl control = progressOnTty();
    const db::ImportOutcome result = db::ReleaseImporter(dbPath).import(std::move(sources), control, from);
    if (control.progress)
        std::fputs("\r                    \r", stderr);
    if (!result.ok)
        return fail(BadInput, result.error);
    if (json) {
        outJson(QJsonObject{{QStringLiteral("release"), result.releaseId},
                            {QStringLiteral("label"), result.label},
                            {QStringLiteral("kind"), result.kind},
                            {QStringLiteral("unchanged"), result.unchanged},
                            {QStringLiteral("codes"), result.codes},
                            {QStringLiteral("billable"), result.billable},
                            {QStringLiteral("notes"), result.notes},
                            {QStringLiteral("index_terms"), result.indexTerms},
                            {QStringLiteral("seconds"), result.elapsedMs / 1000.0}});
    } else if (result.unchanged) {
        out(QStringLiteral("release %1 is already imported from the same files; nothing changed")
                .arg(result.releaseId));
    } else {
        out(QStringLiteral("imported %1 (%2, %3): %4 codes, %5 billable, %6 notes, %7 index terms in %8 s")
                .arg(result.label, result.releaseId, result.kind)
                .arg(result.codes)
                .arg(result.billable)
                .arg(result.notes)
                .arg(result.indexTerms)
                .arg(result.elapsedMs / 1000.0, 0, 'f', 1));
    }
    return Ok;
}

} // namespace
} // namespace wcw::cli

WCW_CLI_COMMAND(
    "import",
    "import --tabular FILE [--index FILE] [--order FILE] | ARCHIVE.zip | FOLDER [--effective YYYY-MM-DD] "
    "[--db PATH] [--json]",
    wcw::cli::runImport);
