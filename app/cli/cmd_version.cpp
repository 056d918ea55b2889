// wcw-cli version: prints the program version (also proves the command registry works).
#include "CliCommand.h"

#include <QCoreApplication>

namespace {

int runVersion(wcw::cli::Args& args)
{
    if (const QString problem = args.problem(); !problem.isEmpty())
        return wcw::cli::fail(wcw::cli::BadInput, problem);
    wcw::cli::out(QStringLiteral("wcw-cli ") + QCoreApplication::applicationVersion());
    return wcw::cli::Ok;
}

} // namespace

WCW_CLI_COMMAND("version", "version", runVersion);
