#include "CliCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace wcw::cli {

Args::Args(QStringList args) : m_args(std::move(args)) {}

bool Args::flag(const QString& name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

bool Args::hasOption(const QString& name) const
{
    return m_args.contains(QStringLiteral("--") + name);
}

QString Args::option(const QString& name)
{
    const QString key = QStringLiteral("--") + name;
    const qsizetype i = m_args.indexOf(key);
    if (i < 0)
        return {};
    if (i + 1 >= m_args.size()) {
        error = key + QStringLiteral(" needs a value");
        m_args.removeAt(i);
        return {};
    }
    const QString value = m_args.at(i + 1);
    m_args.remove(i, 2);
    return value;
}

QStringList Args::positionals() const
{
    QStringList out;
    for (const QString& a : m_args) {
        if (!a.startsWith(QStringLiteral("--")))
            out.append(a);
    }
    return out;
}

QString Args::unknownOption() const
{
    for (const QString& a : m_args) {
        if (a.startsWith(QStringLiteral("--")))
            return a;
    }
    return {};
}

namespace {
QString& currentUsage()
{
    static QString usage;
    return usage;
}
} // namespace

void setCurrentUsage(const QString& usage)
{
    currentUsage() = usage;
}

QString Args::problem() const
{
    if (!error.isEmpty())
        return error;
    const QString unknown = unknownOption();
    if (unknown.isEmpty())
        return {};
    const QString usage = currentUsage();
    return QStringLiteral("unknown option ") + unknown +
           (usage.isEmpty() ? QString() : QStringLiteral(" (usage: wcw-cli ") + usage + u')');
}

QList<Command>& registry()
{
    static QList<Command> commands;
    return commands;
}

Registrar::Registrar(const QString& name, const QString& usage, std::function<int(Args&)> run)
{
    registry().append(Command{name, usage, std::move(run)});
}

void out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void outJson(const QJsonObject& obj)
{
    const QByteArray bytes = QJsonDocument(obj).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

int fail(int code, const QString& message)
{
    const QByteArray bytes = (QStringLiteral("wcw-cli: ") + message).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    return code;
}

} // namespace wcw::cli
