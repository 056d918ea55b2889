#include "sqlite/SqlCheck.h"

#include <QSqlError>

namespace wcw::db {

Error sqlError(const QSqlDatabase& db, const QSqlQuery& q, const QString& purpose)
{
    const QSqlError e = q.lastError();
    // A query whose prepare failed reports nothing of its own on exec: fall back to the
    // connection's message, then to a plain statement of the failure.
    QString cause = e.isValid() ? e.text() : db.lastError().text();
    if (cause.trimmed().isEmpty())
        cause = QStringLiteral("the statement failed");
    return Error{purpose + QStringLiteral(": ") + cause, db.databaseName()};
}

Status prepareQuery(QSqlQuery& q, const QSqlDatabase& db, const QString& sql, const QString& purpose)
{
    if (q.prepare(sql))
        return {};
    return sqlError(db, q, purpose);
}

Status execQuery(QSqlQuery& q, const QSqlDatabase& db, const QString& purpose)
{
    if (q.exec())
        return {};
    return sqlError(db, q, purpose);
}

Status execQuery(QSqlQuery& q, const QSqlDatabase& db, const QString& sql, const QString& purpose)
{
    if (q.exec(sql))
        return {};
    return sqlError(db, q, purpose);
}

Result<bool> nextRow(QSqlQuery& q, const QSqlDatabase& db, const QString& purpose)
{
    if (q.next())
        return true;
    if (q.lastError().isValid())
        return sqlError(db, q, purpose);
    return false;
}

Status rowsEnded(const QSqlQuery& q, const QSqlDatabase& db, const QString& purpose)
{
    // A step that fails sets the query's error; reaching the end sets none (exec cleared it).
    if (q.lastError().isValid())
        return sqlError(db, q, purpose);
    return {};
}

} // namespace wcw::db
