#pragma once
// wcw-cli commands register themselves here, one file each (cmd_*.cpp), so adding a
// command never touches main.cpp. Exit codes (contract): 0 ok, 1 not found, 2 bad input/usage.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace wcw::cli {

enum Exit { Ok = 0, NotFound = 1, BadInput = 2 };

// Simple argument access: positional arguments and --name VALUE / --flag options.
class Args
{
public:
    explicit Args(QStringList args);     // args after the command name
    bool flag(const QString& name);      // --name present (consumed)
    QString option(const QString& name); // --name VALUE (consumed); empty if absent
    bool hasOption(const QString& name) const;
    QStringList positionals() const; // what is left that does not start with --
    QString unknownOption() const;   // first leftover --x, after flags/options were consumed
    QString error;                   // set when an option lacks its value
    // What is wrong with the options once a command has consumed the ones it knows: a missing
    // value or a leftover --x; empty when nothing is.
    QString problem() const;

private:
    QStringList m_args;
};

struct Command
{
    QString name;
    QString usage; // one line: "lookup CODE [--date YYYY-MM-DD] [--json] [--db PATH]"
    std::function<int(Args&)> run;
};

QList<Command>& registry();
// The usage line of the command being run: an unknown option names it (Args::problem()).
void setCurrentUsage(const QString& usage);

struct Registrar
{
    Registrar(const QString& name, const QString& usage, std::function<int(Args&)> run);
};

// Print helpers: stdout for results, one line on stderr for errors.
void out(const QString& text);
void outJson(const QJsonObject& obj);
int fail(int code, const QString& message); // prints "wcw-cli: message" on stderr, returns code

} // namespace wcw::cli

#define WCW_CLI_CONCAT2(a, b) a##b
#define WCW_CLI_CONCAT(a, b) WCW_CLI_CONCAT2(a, b)
#define WCW_CLI_COMMAND(name, usage, fn)                                                                     \
    static const ::wcw::cli::Registrar WCW_CLI_CONCAT(wcwCliRegistrar_, __LINE__)(QStringLiteral(name),      \
                                                                                  QStringLiteral(usage), fn)
