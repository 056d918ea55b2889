#include "sqlite/SqliteConnection.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace wcw::db {
namespace {

QString connectionName(const QString& path, const QString& purpose)
{
    return QStringLiteral("wcw-%1-%2-%3")
        .arg(purpose, QFileInfo(path).absoluteFilePath())
        .arg(quintptr(QThread::currentThreadId()));
}

} // namespace

OpenResult openSqlite(const QString& path, const QString& purpose, bool readOnly)
{
    const QString name = connectionName(path, purpose);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return {db, {}};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return {db,
                QStringLiteral("%1: cannot open %2 database: %3").arg(path, purpose, db.lastError().text())};

    QSqlQuery q(db);
    // WAL lets readers (GUI, other wcw processes) go on while a writer commits.
    const char* pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                             "PRAGMA busy_timeout = 5000"};
    if (!readOnly && !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return {db, QStringLiteral("%1: not a usable SQLite database: %2").arg(path, q.lastError().text())};
    for (const char* p : pragmas) {
        if (!q.exec(QString::fromLatin1(p)))
            return {
                db,
                QStringLiteral("%1: %2 failed: %3").arg(path, QString::fromLatin1(p), q.lastError().text())};
    }
    return {db, {}};
}

void closeSqlite(const QString& path, const QString& purpose)
{
    const QString name = connectionName(path, purpose);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace wcw::db
