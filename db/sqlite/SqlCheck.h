#pragma once
// Checked SQL steps: every prepare and exec in db/ goes through these (or checks the same way),
// so a failed statement becomes an Error naming what the statement was for and the database
// file, instead of an empty answer.
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace wcw::db {

// Error{"<purpose>: <SQLite's message>", "<database file>"}.
Error sqlError(const QSqlDatabase& db, const QSqlQuery& q, const QString& purpose);

// q.prepare(sql), checked.
Status prepareQuery(QSqlQuery& q, const QSqlDatabase& db, const QString& sql, const QString& purpose);
// q.exec() of a prepared (and bound) query, checked.
Status execQuery(QSqlQuery& q, const QSqlDatabase& db, const QString& purpose);
// q.exec(sql) of a statement with nothing to bind, checked.
Status execQuery(QSqlQuery& q, const QSqlDatabase& db, const QString& sql, const QString& purpose);
// q.next(), checked: true on a row, false after the last row, an Error when the step failed (a
// locked, corrupt or changed file), so "no such row" is never a failure in disguise.
Result<bool> nextRow(QSqlQuery& q, const QSqlDatabase& db, const QString& purpose);
// After a `while (q.next())` loop: an Error when the loop stopped on a failed step rather than
// after the last row.
Status rowsEnded(const QSqlQuery& q, const QSqlDatabase& db, const QString& purpose);

} // namespace wcw::db
