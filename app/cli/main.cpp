// wcw-cli: the workstation's functions without a GUI (no Widgets linked).
// Commands are registered by cmd_*.cpp files; see CliCommand.h. The command line is read with
// QCommandLineParser: the global options (--help, --version, --db, --store) before the command,
// then the command and its own arguments, which the command reads (and checks) itself.
#include "CliCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

using namespace wcw::cli;

namespace {

QString usageText()
{
    QStringList lines{QStringLiteral("usage: wcw-cli [--db PATH] [--store PATH] COMMAND [ARGS]"),
                      QStringLiteral("       wcw-cli --help | --version | COMMAND --help"), QString(),
                      QStringLiteral("Commands:")};
    QList<Command> cmds = registry();
    std::sort(cmds.begin(), cmds.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    for (const Command& c : cmds)
        lines.append(QStringLiteral("  wcw-cli ") + c.usage);
    lines.append(QString());
    lines.append(
        QStringLiteral("Databases: --db PATH or $WCW_DB (reference), --store PATH or $WCW_STORE (work)."));
    lines.append(QStringLiteral("Exit: 0 ok, 1 not found, 2 bad input or usage."));
    return lines.join(u'\n');
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : registry()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

bool asksForHelp(const QStringList& args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("wcw"));
    QCoreApplication::setApplicationName(QStringLiteral("wcw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WCW_VERSION));

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show the usage."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    // The database options may come before the command too ("wcw-cli --db ref.sqlite import ..."):
    // they are handed to the command like its own options.
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Reference database."), QStringLiteral("PATH"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Work store."), QStringLiteral("PATH"));
    parser.addOptions({help, version, db, store});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    if (!parser.parse(app.arguments()))
        return fail(BadInput, parser.errorText() + QStringLiteral(" (see 'wcw-cli --help')"));
    if (parser.isSet(help)) {
        out(usageText());
        return Ok;
    }
    if (parser.isSet(version)) {
        out(QStringLiteral("wcw-cli ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(BadInput, usageText());
    const QString name = args.takeFirst();
    const Command* command = findCommand(name);
    if (!command)
        return fail(BadInput, QStringLiteral("unknown command \"%1\" (see 'wcw-cli --help')").arg(name));
    if (asksForHelp(args)) {
        out(QStringLiteral("usage: wcw-cli ") + command->usage);
        out(QStringLiteral("Databases: --db PATH or $WCW_DB (reference), --store PATH or $WCW_STORE (work)."));
        return Ok;
    }
    for (const QCommandLineOption* o : {&db, &store}) {
        if (parser.isSet(*o))
            args << QStringLiteral("--") + o->names().first() << parser.value(*o);
    }
    setCurrentUsage(command->usage);
    Args a(args);
    return command->run(a);
}
