#include "workstore/SqliteWorkStore.h"

#include "sqlite/SqlCheck.h"
#include "sqlite/SqliteConnection.h"
#include "work/ProgressionRefresh.h"
#include "workstore/WorkSchema.h"
#include "workstore/WorkStoreJson.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace wcw {
namespace {

const QString kPurpose = QStringLiteral("work");

// A file with tables but no "work" meta row belongs to something else: never migrate into it.
Result<bool> holdsForeignTables(QSqlDatabase& db)
{
    const QString purpose = QStringLiteral("look for tables of another program");
    QSqlQuery q(db);
    if (Status s = db::execQuery(
            q, db,
            QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "LIMIT 1"),
            purpose);
        !s)
        return s.error();
    return db::nextRow(q, db, purpose);
}

} // namespace

SqliteWorkStore::SqliteWorkStore(QString path, const Clock* clock)
    : m_path(std::move(path)), m_clock(clock ? clock : &Clock::system())
{
}

SqliteWorkStore::~SqliteWorkStore()
{
    db::closeSqlite(m_path, kPurpose);
}

std::unique_ptr<SqliteWorkStore> SqliteWorkStore::open(const QString& path, QString* error,
                                                       const Clock* clock)
{
    auto setError = [&](const QString& e) {
        if (error)
            *error = e;
        return nullptr;
    };
    if (path.isEmpty())
        return setError(QStringLiteral("no work store path given"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return setError(QStringLiteral("%1: not a file").arg(path));
    std::unique_ptr<SqliteWorkStore> store(new SqliteWorkStore(path, clock));
    db::OpenResult opened = db::openSqlite(path, kPurpose);
    if (!opened.ok())
        return setError(opened.error);
    const db::SchemaMigrator migrator(db::kWorkSchemaName, db::workSchemaSteps());
    QString why;
    const int version = migrator.currentVersion(opened.db, &why);
    if (version < 0)
        return setError(why);
    if (version == 0) {
        const Result<bool> foreign = holdsForeignTables(opened.db);
        if (!foreign)
            return setError(foreign.error().text());
        if (*foreign)
            return setError(QStringLiteral("%1: not a wcw work store (it holds other tables)").arg(path));
    }
    if (!migrator.migrate(opened.db, &why))
        return setError(why);
    if (!refreshProgression(*store, &why))
        return setError(why);
    return store;
}

QSqlDatabase SqliteWorkStore::database() const
{
    return db::openSqlite(m_path, kPurpose).db;
}

// Flags computed by another edition of the progression reader are forgotten (set to NULL, computed
// again by refreshProgression()): a store must not keep answers the reader in use would not give.
bool SqliteWorkStore::forgetProgressionUnlessEdition(int edition)
{
    const QString text = QString::number(edition);
    const Result<QString> stored = readSetting(QStringLiteral("progression_reader_edition"), {});
    if (!stored)
        return fail(stored.error());
    if (*stored == text)
        return true;
    return writeTransaction(QStringLiteral("forget outdated progression flags"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("UPDATE encounters SET progression = NULL")))
            return failQuery(q, QStringLiteral("forget progression flags"));
        if (!prepare(q,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     QStringLiteral("store progression reader edition")))
            return false;
        q.bindValue(QStringLiteral(":key"), QStringLiteral("progression_reader_edition"));
        q.bindValue(QStringLiteral(":value"), text);
        return q.exec() || failQuery(q, QStringLiteral("store progression reader edition"));
    });
}

std::optional<QList<WorkStore::UnreadNote>> SqliteWorkStore::notesWithoutProgression() const
{
    m_lastError.clear();
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, note FROM encounters WHERE progression IS NULL"))) {
        failQuery(q, QStringLiteral("read notes without a progression flag"));
        return std::nullopt;
    }
    QList<UnreadNote> notes;
    while (q.next())
        notes.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!rowsEnded(q, QStringLiteral("read notes without a progression flag")))
        return std::nullopt;
    return notes;
}

bool SqliteWorkStore::storeProgression(const QList<QPair<qint64, bool>>& flags)
{
    return writeTransaction(QStringLiteral("store progression of stored notes"), [&](QSqlDatabase& d) {
        QSqlQuery u(d);
        if (!prepare(u, QStringLiteral("UPDATE encounters SET progression = :p WHERE id = :id"),
                     QStringLiteral("prepare progression update")))
            return false;
        for (const auto& [id, progression] : flags) {
            u.bindValue(QStringLiteral(":p"), progression ? 1 : 0);
            u.bindValue(QStringLiteral(":id"), id);
            if (!u.exec())
                return failQuery(u, QStringLiteral("store progression flag"));
        }
        return true;
    });
}

bool SqliteWorkStore::fail(const QString& message) const
{
    m_lastError = message;
    return false;
}

bool SqliteWorkStore::fail(const Error& error) const
{
    return fail(error.text());
}

bool SqliteWorkStore::check(const Status& status) const
{
    return status.ok() || fail(status.error());
}

bool SqliteWorkStore::failQuery(const QSqlQuery& q, const QString& what) const
{
    return fail(db::sqlError(database(), q, what));
}

bool SqliteWorkStore::prepare(QSqlQuery& q, const QString& sql, const QString& what) const
{
    return check(db::prepareQuery(q, database(), sql, what));
}

bool SqliteWorkStore::rowsEnded(const QSqlQuery& q, const QString& what) const
{
    return check(db::rowsEnded(q, database(), what));
}

bool SqliteWorkStore::writeTransaction(const QString& what,
                                       const std::function<bool(QSqlDatabase&)>& body) const
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return fail(QStringLiteral("%1: cannot open the work store: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock before reading, so a read-check-write (a claim) cannot
    // interleave with another process doing the same; the busy timeout makes the other wait.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failQuery(q, what + QStringLiteral(" (start transaction)"));
    // The failure that stopped the transaction is what the caller needs; a rollback that fails
    // too is added to it (the connection may then still be inside the transaction).
    auto rollBack = [&] {
        const QString kept = m_lastError;
        if (!q.exec(QStringLiteral("ROLLBACK")))
            m_lastError =
                kept + QStringLiteral("; ") + db::sqlError(db, q, what + QStringLiteral(" (roll back)")).what;
        else
            m_lastError = kept;
        return false;
    };
    if (!body(db))
        return rollBack();
    if (!q.exec(QStringLiteral("COMMIT"))) {
        failQuery(q, what + QStringLiteral(" (commit)"));
        return rollBack();
    }
    m_lastError.clear();
    return true;
}

bool SqliteWorkStore::appendAudit(QSqlDatabase& db, const AuditRecord& r) const
{
    QSqlQuery q(db);
    if (!prepare(
            q,
            QStringLiteral("INSERT INTO audit_trail (at, user_id, entity, entity_id, action, before_json, "
                           "after_json) VALUES (:at, :user, :entity, :entity_id, :action, :before, :after)"),
            QStringLiteral("write audit entry")))
        return false;
    q.bindValue(QStringLiteral(":at"), nowText());
    q.bindValue(QStringLiteral(":user"), r.user);
    q.bindValue(QStringLiteral(":entity"), r.entity);
    q.bindValue(QStringLiteral(":entity_id"), r.entityId);
    q.bindValue(QStringLiteral(":action"), r.action);
    q.bindValue(QStringLiteral(":before"), r.before.isEmpty() ? QVariant() : QVariant(r.before));
    q.bindValue(QStringLiteral(":after"), r.after.isEmpty() ? QVariant() : QVariant(r.after));
    return q.exec() || failQuery(q, QStringLiteral("write audit entry"));
}

QString SqliteWorkStore::nowText() const
{
    return m_clock->now().toUTC().toString(Qt::ISODateWithMs);
}

Result<QString> SqliteWorkStore::claimCutoff() const
{
    const Result<QString> minutes = readSetting(QStringLiteral("claim_expiry_minutes"), QStringLiteral("30"));
    if (!minutes)
        return minutes.error();
    return m_clock->now().toUTC().addSecs(-60LL * qMax(1, minutes->toInt())).toString(Qt::ISODateWithMs);
}

Result<QString> SqliteWorkStore::readSetting(const QString& key, const QString& fallback) const
{
    const QString purpose = QStringLiteral("read setting ") + key;
    const QSqlDatabase db = database();
    QSqlQuery q(db);
    if (Status s =
            db::prepareQuery(q, db, QStringLiteral("SELECT value FROM settings WHERE key = :key"), purpose);
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":key"), key);
    if (Status s = db::execQuery(q, db, purpose); !s)
        return s.error();
    const Result<bool> row = db::nextRow(q, db, purpose);
    if (!row)
        return row.error();
    return *row ? q.value(0).toString() : fallback;
}

QString SqliteWorkStore::setting(const QString& key, const QString& fallback) const
{
    const Result<QString> value = readSetting(key, fallback);
    if (!value) {
        fail(value.error());
        return fallback;
    }
    return *value;
}

bool SqliteWorkStore::putSetting(const QString& key, const QString& value, const QString& userId)
{
    const Result<QString> before = readSetting(key, {});
    if (!before)
        return fail(before.error());
    return writeTransaction(QStringLiteral("change setting ") + key, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!prepare(q,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     QStringLiteral("store setting ") + key))
            return false;
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), value);
        if (!q.exec())
            return failQuery(q, QStringLiteral("store setting ") + key);
        return appendAudit(
            db, {userId, QStringLiteral("setting"), key, QStringLiteral("change-setting"), *before, value});
    });
}

int SqliteWorkStore::claimExpiryMinutes() const
{
    m_lastError.clear();
    return qMax(1, setting(QStringLiteral("claim_expiry_minutes"), QStringLiteral("30")).toInt());
}

bool SqliteWorkStore::setClaimExpiryMinutes(int minutes, const QString& userId)
{
    if (minutes < 1)
        return fail(QStringLiteral("claim expiry must be at least one minute"));
    return putSetting(QStringLiteral("claim_expiry_minutes"), QString::number(minutes), userId);
}

StaleCriteria SqliteWorkStore::defaultStaleCriteria() const
{
    m_lastError.clear();
    StaleCriteria c;
    c.days = qMax(1, setting(QStringLiteral("stale_days"), QStringLiteral("180")).toInt());
    c.minVisits = qMax(1, setting(QStringLiteral("stale_min_visits"), QStringLiteral("3")).toInt());
    return c;
}

bool SqliteWorkStore::setStaleThresholds(int days, int minVisits, const QString& userId)
{
    if (days < 1 || minVisits < 2)
        return fail(QStringLiteral("stale thresholds need days >= 1 and at least 2 visits"));
    return putSetting(QStringLiteral("stale_days"), QString::number(days), userId) &&
           putSetting(QStringLiteral("stale_min_visits"), QString::number(minVisits), userId);
}

QList<User> SqliteWorkStore::users() const
{
    m_lastError.clear();
    QList<User> result;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, name, role FROM users ORDER BY id"))) {
        failQuery(q, QStringLiteral("list users"));
        return result;
    }
    while (q.next()) {
        User u{q.value(0).toString(), q.value(1).toString(), Role::Coder};
        for (Role r : {Role::Coder, Role::Trainer, Role::Auditor, Role::Admin}) {
            if (roleName(r) == q.value(2).toString())
                u.role = r;
        }
        result.append(u);
    }
    if (!rowsEnded(q, QStringLiteral("list users")))
        return {};
    return result;
}

bool SqliteWorkStore::addUser(const User& user, const QString& byUserId)
{
    if (user.id.trimmed().isEmpty())
        return fail(QStringLiteral("a user needs a login id"));
    return writeTransaction(QStringLiteral("add user ") + user.id, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!prepare(q, QStringLiteral("INSERT INTO users (id, name, role) VALUES (:id, :name, :role)"),
                     QStringLiteral("add user ") + user.id))
            return false;
        q.bindValue(QStringLiteral(":id"), user.id);
        q.bindValue(QStringLiteral(":name"), user.name.isNull() ? QStringLiteral("") : user.name);
        q.bindValue(QStringLiteral(":role"), roleName(user.role));
        if (!q.exec())
            return failQuery(q, QStringLiteral("add user ") + user.id);
        const QString after = db::jsonText(QJsonObject{{QStringLiteral("id"), user.id},
                                                       {QStringLiteral("name"), user.name},
                                                       {QStringLiteral("role"), roleName(user.role)}});
        return appendAudit(
            db, {byUserId, QStringLiteral("user"), user.id, QStringLiteral("add-user"), {}, after});
    });
}

namespace {

// SELECT count(*) of a fixed statement; -1 and *error when it fails.
qint64 countRows(const QSqlDatabase& db, const QString& sql, const QString& purpose, Error* error)
{
    QSqlQuery q(db);
    if (Status s = db::execQuery(q, db, sql, purpose); !s) {
        *error = s.error();
        return -1;
    }
    const Result<bool> row = db::nextRow(q, db, purpose);
    if (!row || !*row) {
        *error = row ? db::sqlError(db, q, purpose) : row.error();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

qint64 SqliteWorkStore::encounterCount() const
{
    m_lastError.clear();
    Error error;
    const qint64 n = countRows(database(), QStringLiteral("SELECT count(*) FROM encounters"),
                               QStringLiteral("count encounters"), &error);
    if (n < 0)
        fail(error);
    return n;
}

qint64 SqliteWorkStore::patientCount() const
{
    m_lastError.clear();
    Error error;
    const qint64 n = countRows(database(), QStringLiteral("SELECT count(*) FROM patients"),
                               QStringLiteral("count patients"), &error);
    if (n < 0)
        fail(error);
    return n;
}

QList<AuditEntry> SqliteWorkStore::auditTrail(const QString& entity, const QString& entityId) const
{
    m_lastError.clear();
    QList<AuditEntry> entries;
    QSqlQuery q(database());
    if (!prepare(q,
                 QStringLiteral("SELECT id, at, user_id, entity, entity_id, action, before_json, after_json "
                                "FROM audit_trail WHERE (coalesce(:any_entity, '') = '' OR entity = :entity) "
                                "AND (coalesce(:any_id, '') = '' OR entity_id = :entity_id) ORDER BY id"),
                 QStringLiteral("read audit trail")))
        return entries;
    q.bindValue(QStringLiteral(":any_entity"), entity);
    q.bindValue(QStringLiteral(":entity"), entity);
    q.bindValue(QStringLiteral(":any_id"), entityId);
    q.bindValue(QStringLiteral(":entity_id"), entityId);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("read audit trail"));
        return entries;
    }
    while (q.next()) {
        entries.append({q.value(0).toLongLong(),
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    if (!rowsEnded(q, QStringLiteral("read audit trail")))
        return {};
    return entries;
}

} // namespace wcw
