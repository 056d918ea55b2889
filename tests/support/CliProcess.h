#pragma once
// Runs the built wcw-cli as a user would (a child process), for the CLI tests of every area.
// Header-only: WCW_CLI_PATH is defined per test target by wcw_add_test().
#include <QProcess>
#include <QStringList>

namespace wcw::test {

struct CliRun
{
    int exit = -1; // -1 when the process crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

// The environment a CLI test starts from: the user's own, minus the variables that would point
// the CLI at the user's real databases, plus any `extra` settings.
inline QProcessEnvironment cliEnvironment(const QList<QPair<QString, QString>>& extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WCW_DB"));
    env.remove(QStringLiteral("WCW_STORE"));
    for (const auto& [name, value] : extra)
        env.insert(name, value);
    return env;
}

inline CliRun runCli(const QStringList& args, const QProcessEnvironment& env = cliEnvironment(),
                     const QByteArray& input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WCW_CLI_PATH), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The same run with stdout and stderr decoded, for tests that read what a user reads.
struct CliTextRun
{
    int exit = -1;
    QString out;
    QString err;
};

inline CliTextRun runCliText(const QStringList& args, const QProcessEnvironment& env = cliEnvironment(),
                             const QByteArray& input = {}, int timeoutMs = 120000)
{
    const CliRun r = runCli(args, env, input, timeoutMs);
    return {r.exit, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

} // namespace wcw::test
