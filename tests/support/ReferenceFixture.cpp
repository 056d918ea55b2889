#include "ReferenceFixture.h"

#include "reference/ReferenceDb.h"
#include "release/ReleaseImporter.h"
#include "release/StarterSet.h"
#include "sqlite/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace wcw::test {

namespace {

const QStringList kReleases{QStringLiteral("2016-10-01"), QStringLiteral("2021-01-01"),
                            QStringLiteral("2022-10-01"), QStringLiteral("2025-10-01")};

// Names the fixture after what it was built from, so a changed importer or data set rebuilds it.
QString stamp(const QString& dataDir)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    const QFileInfo lib(QStringLiteral(WCW_SUPPORT_DB_LIB));
    h.addData(QByteArray::number(lib.lastModified().toMSecsSinceEpoch()));
    h.addData(QByteArray::number(lib.size()));
    for (const QString& r : kReleases) {
        for (const QFileInfo& f : QDir(dataDir + u'/' + r).entryInfoList(QDir::Files, QDir::Name)) {
            h.addData(f.fileName().toUtf8());
            h.addData(QByteArray::number(f.size()));
        }
    }
    return QString::fromLatin1(h.result().toHex().left(12));
}

QString build(const QString& dataDir, const QString& target, QString* error)
{
    const QString temp = target + QStringLiteral(".building");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(temp + suffix);
    for (const QString& r : kReleases) {
        db::ReleaseSources sources;
        if (!db::loadReleasePath(dataDir + u'/' + r, &sources, error))
            return {};
        const db::ImportOutcome out = db::ReleaseImporter(temp).import(std::move(sources));
        if (!out.ok) {
            *error = out.error;
            return {};
        }
    }
    db::closeSqlite(temp, QStringLiteral("reference"));
    if (!QFile::rename(temp, target)) {
        *error = QStringLiteral("cannot move %1 to %2").arg(temp, target);
        return {};
    }
    return target;
}

} // namespace

QString icd10cmDir()
{
    QString dir = qEnvironmentVariable("WCW_ICD10CM_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(WCW_SUPPORT_SHARED_DIR) + QStringLiteral("/icd10cm");
    return QFileInfo(dir).isDir() ? QFileInfo(dir).absoluteFilePath() : QString();
}

QString releaseDir(const QString& release, QString* skipReason)
{
    const QString base = icd10cmDir();
    const QString dir = base + u'/' + release;
    if (base.isEmpty() || !QFileInfo(dir).isDir()) {
        if (skipReason)
            *skipReason =
                QStringLiteral(
                    "ICD-10-CM release %1 not found (set WCW_ICD10CM_DIR or provide ../shared/icd10cm)")
                    .arg(release);
        return {};
    }
    return dir;
}

ReferenceFixture fullReferenceDb()
{
    static ReferenceFixture cached;
    if (cached.ok() || !cached.skipReason.isEmpty())
        return cached;
    const QString dataDir = icd10cmDir();
    for (const QString& r : kReleases) {
        if (!releaseDir(r, &cached.skipReason).isEmpty())
            continue;
        return cached;
    }
    const QString fixtures = QStringLiteral(WCW_SUPPORT_FIXTURE_DIR);
    QDir().mkpath(fixtures);
    const QString target =
        fixtures + QStringLiteral("/reference-full-") + stamp(dataDir) + QStringLiteral(".sqlite");
    QLockFile lock(fixtures + QStringLiteral("/reference-full.lock"));
    lock.setStaleLockTime(15 * 60 * 1000); // a build takes about a minute; a dead builder's lock is reclaimed
    if (!lock.lock()) {
        cached.skipReason = QStringLiteral("cannot lock %1").arg(fixtures);
        return cached;
    }
    if (QFileInfo::exists(target)) {
        cached.path = target;
        return cached;
    }
    for (const QFileInfo& old :
         QDir(fixtures).entryInfoList({QStringLiteral("reference-full-*")}, QDir::Files))
        QFile::remove(old.filePath());
    QString error;
    cached.path = build(dataDir, target, &error);
    if (cached.path.isEmpty())
        cached.skipReason = QStringLiteral("building the full reference fixture failed: ") + error;
    return cached;
}

ReferenceFixture starterReferenceDb(const QString& dir, const QString& name)
{
    ReferenceFixture out;
    const QString path = dir + u'/' + name;
    db::ReferenceDb ref(path);
    QString error;
    if (!ref.open(&error) || !db::ensureStarterSet(ref, &error)) {
        out.skipReason = error;
        return out;
    }
    out.path = path;
    return out;
}

} // namespace wcw::test
