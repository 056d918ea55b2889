#include "reference/PairGuidance.h"

#include "domain/IcdCode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wcw::db {

std::optional<PairGuidance> guidanceFor(const QString& a, const QString& b)
{
    const QString ca = icd::compact(a);
    const QString cb = icd::compact(b);
    const QStringList files =
        QDir(QStringLiteral(":/guidance")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& name : files) {
        QFile f(QStringLiteral(":/guidance/") + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray codes = doc.value(QLatin1String("codes")).toArray();
        if (codes.size() != 2)
            continue;
        const QString c0 = icd::compact(codes.at(0).toString());
        const QString c1 = icd::compact(codes.at(1).toString());
        if (!((c0 == ca && c1 == cb) || (c0 == cb && c1 == ca)))
            continue;
        PairGuidance g;
        g.title = doc.value(QLatin1String("title")).toString();
        for (const QJsonValue& s : doc.value(QLatin1String("sections")).toArray()) {
            const QJsonObject o = s.toObject();
            g.sections.append(
                {o.value(QLatin1String("heading")).toString(), o.value(QLatin1String("text")).toString()});
        }
        for (const QJsonValue& c : doc.value(QLatin1String("citations")).toArray())
            g.citations.append(c.toString());
        return g;
    }
    return std::nullopt;
}

} // namespace wcw::db
