#include "workstore/SqliteWorkStore.h"

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
bool holdsForeignTables(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(
               QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "LIMIT 1")) &&
           q.next();
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
    if (version == 0 && holdsForeignTables(opened.db))
        return setError(QStringLiteral("%1: not a wcw work store (it holds other tables)").arg(path));
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
    if (setting(QStringLiteral("progression_reader_edition"), {}) == text)
        return true;
    return writeTransaction(QStringLiteral("forget outdated progression flags"), [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("UPDATE encounters SET progression = NULL")))
            return failQuery(q, QStringLiteral("forget progression flags"));
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":key"), QStringLiteral("progression_reader_edition"));
        q.bindValue(QStringLiteral(":value"), text);
        return q.exec() || failQuery(q, QStringLiteral("store progression reader edition"));
    });
}

std::optional<QList<WorkStore::UnreadNote>> SqliteWorkStore::notesWithoutProgression() const
{
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
    return notes;
}

bool SqliteWorkStore::storeProgression(const QList<QPair<qint64, bool>>& flags)
{
    return writeTransaction(QStringLiteral("store progression of stored notes"), [&](QSqlDatabase& d) {
        QSqlQuery u(d);
        if (!u.prepare(QStringLiteral("UPDATE encounters SET progression = :p WHERE id = :id")))
            return failQuery(u, QStringLiteral("prepare progression update"));
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

bool SqliteWorkStore::failQuery(const QSqlQuery& q, const QString& what) const
{
    return fail(QStringLiteral("%1: %2 failed: %3").arg(m_path, what, q.lastError().text()));
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
    if (!body(db)) {
        const QString kept = m_lastError;
        q.exec(QStringLiteral("ROLLBACK"));
        m_lastError = kept;
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        failQuery(q, what + QStringLiteral(" (commit)"));
        const QString kept = m_lastError;
        q.exec(QStringLiteral("ROLLBACK"));
        m_lastError = kept;
        return false;
    }
    m_lastError.clear();
    return true;
}

bool SqliteWorkStore::appendAudit(QSqlDatabase& db, const AuditRecord& r) const
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO audit_trail (at, user_id, entity, entity_id, action, before_json, "
                       "after_json) VALUES (:at, :user, :entity, :entity_id, :action, :before, :after)"));
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

QString SqliteWorkStore::claimCutoffText() const
{
    return m_clock->now().toUTC().addSecs(-60LL * claimExpiryMinutes()).toString(Qt::ISODateWithMs);
}

QString SqliteWorkStore::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SqliteWorkStore::putSetting(const QString& key, const QString& value, const QString& userId)
{
    const QString before = setting(key, {});
    return writeTransaction(QStringLiteral("change setting ") + key, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), value);
        if (!q.exec())
            return failQuery(q, QStringLiteral("store setting ") + key);
        return appendAudit(
            db, {userId, QStringLiteral("setting"), key, QStringLiteral("change-setting"), before, value});
    });
}

int SqliteWorkStore::claimExpiryMinutes() const
{
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
    return result;
}

bool SqliteWorkStore::addUser(const User& user, const QString& byUserId)
{
    if (user.id.trimmed().isEmpty())
        return fail(QStringLiteral("a user needs a login id"));
    return writeTransaction(QStringLiteral("add user ") + user.id, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO users (id, name, role) VALUES (:id, :name, :role)"));
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

qint64 SqliteWorkStore::encounterCount() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM encounters")) && q.next() ? q.value(0).toLongLong()
                                                                                 : 0;
}

qint64 SqliteWorkStore::patientCount() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM patients")) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<AuditEntry> SqliteWorkStore::auditTrail(const QString& entity, const QString& entityId) const
{
    QList<AuditEntry> entries;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, at, user_id, entity, entity_id, action, before_json, after_json "
                             "FROM audit_trail WHERE (coalesce(:any_entity, '') = '' OR entity = :entity) "
                             "AND (coalesce(:any_id, '') = '' OR entity_id = :entity_id) ORDER BY id"));
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
    return entries;
}

} // namespace wcw
