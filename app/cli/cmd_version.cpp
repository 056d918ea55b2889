// wcw-cli version: prints the program version (also proves the command registry works).
#include "CliCommand.h"

#include <QCoreApplication>

namespace {

int runVersion(wcw::cli::Args& args)
{
    if (!args.unknownOption().isEmpty())
        return wcw::cli::fail(wcw::cli::BadInput, QStringLiteral("unknown option ") + args.unknownOption());
    wcw::cli::out(QStringLiteral("wcw-cli 0.1.0"));
    return wcw::cli::Ok;
}

} // namespace

WCW_CLI_COMMAND("version", "version", runVersion);
