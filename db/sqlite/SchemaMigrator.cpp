#include "sqlite/SchemaMigrator.h"

#include "sqlite/SqlCheck.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wcw::db {
namespace {

bool recordVersion(QSqlQuery& q, const QString& schema, int version)
{
    if (!q.prepare(
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema', :schema), ('version', :version) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value")))
        return false;
    q.bindValue(QStringLiteral(":schema"), schema);
    q.bindValue(QStringLiteral(":version"), QString::number(version));
    return q.exec();
}

} // namespace

SchemaMigrator::SchemaMigrator(QString schemaName, QList<MigrationStep> steps)
    : m_schemaName(std::move(schemaName)), m_steps(std::move(steps))
{
}

int SchemaMigrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().toVersion;
}

int SchemaMigrator::currentVersion(QSqlDatabase& db, QString* error) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))) {
        if (error)
            *error =
                QStringLiteral("%1: not a SQLite database (%2)").arg(db.databaseName(), q.lastError().text());
        return -1;
    }
    const Result<bool> hasMeta = nextRow(q, db, QStringLiteral("looking for the meta table"));
    if (!hasMeta) {
        if (error)
            *error = hasMeta.error().text();
        return -1;
    }
    if (!*hasMeta)
        return 0;
    if (!q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('schema', 'version')")) ||
        !q.exec()) {
        if (error)
            *error =
                QStringLiteral("%1: unreadable meta table (%2)").arg(db.databaseName(), q.lastError().text());
        return -1;
    }
    QString schema;
    int version = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("schema"))
            schema = q.value(1).toString();
        else
            version = q.value(1).toInt();
    }
    if (Status s = rowsEnded(q, db, QStringLiteral("reading the meta table")); !s) {
        if (error)
            *error = s.error().text();
        return -1;
    }
    if (schema != m_schemaName) {
        if (error)
            *error = QStringLiteral("%1: holds a \"%2\" database, not a \"%3\" one")
                         .arg(db.databaseName(), schema, m_schemaName);
        return -1;
    }
    return version;
}

bool SchemaMigrator::migrate(QSqlDatabase& db, QString* error) const
{
    const int from = currentVersion(db, error);
    if (from < 0)
        return false;
    if (from > latestVersion()) {
        if (error)
            *error = QStringLiteral("%1: schema version %2 is newer than this wcw understands (%3)")
                         .arg(db.databaseName())
                         .arg(from)
                         .arg(latestVersion());
        return false;
    }
    for (const MigrationStep& step : m_steps) {
        if (step.toVersion <= from)
            continue;
        if (!db.transaction()) {
            if (error)
                *error = QStringLiteral("%1: cannot start migration: %2")
                             .arg(db.databaseName(), db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        QStringList statements = step.statements;
        if (step.toVersion == 1)
            statements.prepend(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                if (error)
                    *error = QStringLiteral("%1: migration to version %2 failed: %3")
                                 .arg(db.databaseName())
                                 .arg(step.toVersion)
                                 .arg(why);
                return false;
            }
        }
        const bool recorded = recordVersion(q, m_schemaName, step.toVersion);
        // The statement's own error when it failed, the connection's when the commit did.
        if (!recorded || !db.commit()) {
            const QString why = recorded ? db.lastError().text() : q.lastError().text();
            db.rollback();
            if (error)
                *error = QStringLiteral("%1: recording version %2 failed: %3")
                             .arg(db.databaseName())
                             .arg(step.toVersion)
                             .arg(why);
            return false;
        }
    }
    return true;
}

} // namespace wcw::db
