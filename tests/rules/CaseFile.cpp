#include "CaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace wcw::test {

QList<RuleCase> readCases(const QString& path, QString* error)
{
    QList<RuleCase> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be opened");
        return out;
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QJsonParseError perr;
        QJsonObject o = QJsonDocument::fromJson(line, &perr).object();
        const QString where = QFileInfo(path).fileName() + u':' + QString::number(lineNo);
        if (perr.error != QJsonParseError::NoError || !o.value(QStringLiteral("expect")).isObject()) {
            *error = where + QStringLiteral(": not a case (") + perr.errorString() + u')';
            return {};
        }
        const QJsonObject expect = o.take(QStringLiteral("expect")).toObject();
        RuleCase c;
        c.source = where;
        c.encounter = o;
        for (const QJsonValue& r : expect.value(QStringLiteral("findings")).toArray())
            c.findings.append(r.toString());
        c.findings.sort();
        c.suggestFirst = expect.value(QStringLiteral("suggest_first")).toString();
        c.query = expect.value(QStringLiteral("query")).toBool();
        out.append(c);
    }
    return out;
}

} // namespace wcw::test
