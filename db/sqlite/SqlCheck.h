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

} // namespace wcw::db
