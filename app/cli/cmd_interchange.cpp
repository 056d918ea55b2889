// wcw-cli import-encounters / export: encounters into and out of the work store as CSV, the
// contract's encounter JSON (one, an array or JSON Lines) and FHIR R4 bundles (docs/interchange.md).
#include "CliCommand.h"
#include "interchange/CsvEncounters.h"
#include "domain/DataPaths.h"
#include "interchange/EncounterFile.h"
#include "interchange/FhirR4.h"
#include "reference/ReferenceDb.h"
#include "ReferenceCli.h"
#include "StoreOption.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <cstdio>

namespace {

using namespace wcw::cli;

// Who the audit trail names for an import: --user, else the login, else "import".
QString importUser(Args& args)
{
    const QString user = args.option(QStringLiteral("user"));
    if (!user.isEmpty())
        return user;
    return qEnvironmentVariable("USER", QStringLiteral("import"));
}

void listProblems(const QList<wcw::ImportProblem>& problems, const QString& prefix)
{
    for (const wcw::ImportProblem& p : problems)
        fail(BadInput, prefix + p.toString());
}

// One file: read it whole, refuse it whole (store untouched) unless --skip-bad, then store it
// in one transaction. Returns the exit code for this file.
int importFile(const QString& path, bool skipBad, const QString& user, Args& storeArgs,
               std::unique_ptr<wcw::SqliteWorkStore>* store)
{
    wcw::EncounterFormat format = wcw::EncounterFormat::Csv;
    const wcw::ImportBatch batch = wcw::readEncounterFile(path, &format);
    if (!batch.problems.isEmpty() && !skipBad) {
        listProblems(batch.problems, QString());
        return fail(BadInput, QStringLiteral("%1: %2 bad record(s) in this %3 file; nothing imported from it "
                                             "(--skip-bad imports the good records)")
                                  .arg(path)
                                  .arg(batch.problems.size())
                                  .arg(wcw::formatName(format)));
    }
    if (!*store) {
        *store = openStore(storeArgs);
        if (!*store)
            return BadInput;
    }
    wcw::ImportSummary summary;
    if (!(*store)->importBatch(batch, skipBad, user, &summary))
        return fail(BadInput, QStringLiteral("%1: %2").arg(path, (*store)->lastError()));
    listProblems(summary.skipped, QStringLiteral("skipped "));
    out(QStringLiteral("%1 (%2): %3 added, %4 updated, %5 unchanged, %6 skipped")
            .arg(path, wcw::formatName(format))
            .arg(summary.added)
            .arg(summary.updated)
            .arg(summary.unchanged)
            .arg(summary.skipped.size()));
    return Ok;
}

int runImport(Args& args)
{
    const bool skipBad = args.flag(QStringLiteral("skip-bad"));
    const QString user = importUser(args);
    // --store is consumed only when the store is opened, after the files were read.
    QStringList storeArgs;
    if (args.hasOption(QStringLiteral("store")))
        storeArgs << QStringLiteral("--store") << args.option(QStringLiteral("store"));
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    const QStringList files = args.positionals();
    if (files.isEmpty())
        return fail(BadInput,
                    QStringLiteral("usage: wcw-cli import-encounters FILE.csv|FILE.json|bundle.json ... "
                                   "[--skip-bad] [--user ID] [--store PATH]"));
    Args storeOption(storeArgs);
    std::unique_ptr<wcw::SqliteWorkStore> store;
    int exit = Ok;
    for (const QString& file : files) {
        const int code = importFile(file, skipBad, user, storeOption, &store);
        if (code != Ok)
            exit = code;
    }
    return exit;
}

// ICD-10-CM titles for Condition.code.coding.display, from the reference database when there is one.
wcw::fhir::TitleLookup titleLookup(const QString& dbOption, std::shared_ptr<wcw::db::ReferenceDb>* keep)
{
    const QString path = wcw::paths::referenceDb(dbOption);
    if (!QFile::exists(path))
        return {};
    auto ref = std::make_shared<wcw::db::ReferenceDb>(path);
    QString error;
    if (!ref->open(&error))
        return {};
    *keep = ref;
    return [ref](const QString& code, QDate date) {
        const auto record = ref->record(code, date);
        return record ? record->title : QString();
    };
}

bool writeOutput(const QString& out, const QByteArray& bytes, QString* error)
{
    if (out == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return true;
    }
    // QSaveFile: a failed or interrupted export never leaves half a file under the name.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(out, file.errorString());
        return false;
    }
    return true;
}

int runExport(Args& args)
{
    const QString format = args.option(QStringLiteral("format"));
    const QString statusText = args.option(QStringLiteral("status"));
    const QString sinceText = args.option(QStringLiteral("since"));
    const QString dbOption = args.option(QStringLiteral("db"));
    wcw::ExportFilter filter;
    if (format != QLatin1String("csv") && format != QLatin1String("fhir"))
        return fail(BadInput, QStringLiteral("--format must be csv or fhir"));
    if (!statusText.isEmpty()) {
        filter.status = wcw::statusFromName(statusText);
        if (!filter.status)
            return fail(BadInput,
                        QStringLiteral("--status: unknown status \"%1\" (new, in progress, query sent, "
                                       "on hold, done)")
                            .arg(statusText));
    }
    filter.since = QDate::fromString(sinceText, QStringLiteral("yyyy-MM-dd"));
    if (!sinceText.isEmpty() && !filter.since.isValid())
        return fail(BadInput, QStringLiteral("--since: \"%1\" is not a date YYYY-MM-DD").arg(sinceText));
    auto store = openStore(args);
    if (!store)
        return BadInput;
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    if (args.positionals().size() != 1)
        return fail(BadInput,
                    QStringLiteral("usage: wcw-cli export --format csv|fhir [--status S] [--since DATE] "
                                   "OUT|- [--store PATH] [--db PATH]"));
    const QString outPath = args.positionals().first();
    wcw::ImportBatch batch = store->exportBatch(filter);
    if (!store->lastError().isEmpty())
        return fail(BadInput, store->lastError());
    QHash<QString, QString> names;
    for (const wcw::ImportedPatient& p : batch.patients)
        names.insert(p.patientId, p.name);
    for (wcw::ImportedEncounter& e : batch.encounters)
        e.patientName = names.value(e.patientId);
    std::shared_ptr<wcw::db::ReferenceDb> reference;
    const QByteArray bytes =
        format == QLatin1String("csv")
            ? wcw::csv::writeEncounters(batch.encounters)
            : wcw::fhir::writeBundle(batch.encounters, batch.patients, titleLookup(dbOption, &reference));
    if (reference && reportReadError(*reference)) // titles would be missing, not absent
        return BadInput;
    QString error;
    if (!writeOutput(outPath, bytes, &error))
        return fail(BadInput, error);
    if (outPath != QLatin1String("-"))
        out(QStringLiteral("%1: %2 encounter(s) as %3")
                .arg(outPath)
                .arg(batch.encounters.size())
                .arg(format == QLatin1String("csv") ? QStringLiteral("CSV")
                                                    : QStringLiteral("FHIR R4 Bundle")));
    return Ok;
}

} // namespace

WCW_CLI_COMMAND(
    "import-encounters",
    "import-encounters FILE.csv|FILE.json|FILE.jsonl|bundle.json ... [--skip-bad] [--user ID] [--store PATH]",
    runImport);
WCW_CLI_COMMAND("export",
                "export --format csv|fhir [--status S] [--since YYYY-MM-DD] OUT|- [--store PATH] [--db PATH]",
                runExport);
