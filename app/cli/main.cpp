// wcw-cli: the workstation's functions without a GUI (no Widgets linked).
// Commands are registered by cmd_*.cpp files; see CliCommand.h.
#include "CliCommand.h"

#include <QCoreApplication>
#include <algorithm>

using namespace wcw::cli;

static int usage()
{
    QStringList lines{QStringLiteral("usage: wcw-cli COMMAND [ARGS]"), QString()};
    QList<Command> cmds = registry();
    std::sort(cmds.begin(), cmds.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    for (const Command& c : cmds)
        lines.append(QStringLiteral("  wcw-cli ") + c.usage);
    lines.append(QString());
    lines.append(
        QStringLiteral("Databases: --db PATH or $WCW_DB (reference), --store PATH or $WCW_STORE (work)."));
    lines.append(QStringLiteral("Exit: 0 ok, 1 not found, 2 bad input or usage."));
    fail(BadInput, lines.join(u'\n'));
    return BadInput;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("wcw"));
    QCoreApplication::setApplicationName(QStringLiteral("wcw"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage();
    // The database options may come before the command too ("wcw-cli --db ref.sqlite import ..."):
    // they are handed to the command like its own options.
    QStringList leading;
    while (args.size() >= 2 &&
           (args.first() == QLatin1String("--db") || args.first() == QLatin1String("--store"))) {
        leading.append(args.takeFirst());
        leading.append(args.takeFirst());
    }
    if (args.isEmpty())
        return usage();
    const QString name = args.takeFirst();
    args.append(leading);
    for (const Command& c : registry()) {
        if (c.name == name) {
            Args a(args);
            return c.run(a);
        }
    }
    fail(BadInput, QStringLiteral("unknown command \"%1\"").arg(name));
    return usage();
}
