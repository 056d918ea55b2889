#pragma once
// Versioned schema, after qBittorrent's dbresumedatastorage: a `meta` table holds the
// schema version; each step from version N to N+1 runs in one transaction, so a crash
// leaves the database at N or N+1, never between.
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace wcw::db {

struct MigrationStep
{
    int toVersion;          // 1, 2, 3, ... in order
    QStringList statements; // SQL with no user data (DDL)
};

class SchemaMigrator
{
public:
    SchemaMigrator(QString schemaName, QList<MigrationStep> steps);

    int latestVersion() const;
    // Version stored in the database (0 for an empty file). -1 and *error when unreadable,
    // or when the file belongs to another schema (e.g. a work store opened as the reference db).
    int currentVersion(QSqlDatabase& db, QString* error) const;
    // Brings the database to latestVersion(). False and *error (naming the step) on failure;
    // the failed step is rolled back.
    bool migrate(QSqlDatabase& db, QString* error) const;

private:
    QString m_schemaName;
    QList<MigrationStep> m_steps;
};

} // namespace wcw::db
