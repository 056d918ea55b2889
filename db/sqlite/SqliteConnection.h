#pragma once
// Opening SQLite databases the way every wcw store wants them: one named connection
// per thread (Qt SQL connections must not cross threads), WAL, foreign keys, busy timeout.
#include <QSqlDatabase>
#include <QString>

namespace wcw::db {

struct OpenResult
{
    QSqlDatabase db;
    QString error; // empty on success; names the file
    bool ok() const { return error.isEmpty(); }
};

// `purpose` distinguishes databases ("reference", "work"); the connection name also
// carries the file path and the current thread, so each thread gets its own.
OpenResult openSqlite(const QString& path, const QString& purpose, bool readOnly = false);
// Removes the connection for this thread, if any (call before the QSqlDatabase goes away).
void closeSqlite(const QString& path, const QString& purpose);

} // namespace wcw::db
