#include "domain/DataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace wcw::paths {

QString dataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    dir += QStringLiteral("/wcw");
    QDir().mkpath(dir);
    return dir;
}

static QString pick(const QString& explicitPath, const char* env, const QString& fileName)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnv = qEnvironmentVariable(env);
    if (!fromEnv.isEmpty())
        return fromEnv;
    return dataDir() + u'/' + fileName;
}

QString referenceDb(const QString& explicitPath)
{
    return pick(explicitPath, "WCW_DB", QStringLiteral("reference.sqlite"));
}

QString workStore(const QString& explicitPath)
{
    return pick(explicitPath, "WCW_STORE", QStringLiteral("work.sqlite"));
}

} // namespace wcw::paths
