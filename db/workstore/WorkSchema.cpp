#include "workstore/WorkSchema.h"

namespace wcw::db {
namespace {

MigrationStep version1()
{
    return {
        1,
        {QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                        "role TEXT NOT NULL CHECK (role IN ('coder', 'trainer', 'auditor', 'admin')))"),
         QStringLiteral("CREATE TABLE patients (id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, "
                        "name TEXT NOT NULL DEFAULT '', birth_date TEXT, sex TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE TABLE encounters (id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, "
                        "patient_id INTEGER NOT NULL REFERENCES patients(id), date_of_service TEXT NOT NULL, "
                        "setting TEXT NOT NULL CHECK (setting IN ('outpatient', 'inpatient')), "
                        "provider TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                        "status TEXT NOT NULL DEFAULT 'new' "
                        "CHECK (status IN ('new', 'in progress', 'query sent', 'on hold', 'done')), "
                        "claimed_by TEXT REFERENCES users(id), updated_at TEXT)"),
         QStringLiteral("CREATE INDEX encounters_patient ON encounters(patient_id)"),
         QStringLiteral(
             "CREATE TABLE encounter_codes (encounter_id INTEGER NOT NULL REFERENCES encounters(id) "
             "ON DELETE CASCADE, seq INTEGER NOT NULL, code TEXT NOT NULL, assigned_by TEXT, "
             "assigned_at TEXT, PRIMARY KEY (encounter_id, seq)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE findings (encounter_id INTEGER NOT NULL REFERENCES encounters(id) "
                        "ON DELETE CASCADE, seq INTEGER NOT NULL, rule TEXT NOT NULL, "
                        "severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')), "
                        "json TEXT NOT NULL, computed_at TEXT NOT NULL, PRIMARY KEY (encounter_id, seq)) "
                        "WITHOUT ROWID"),
         QStringLiteral(
             "CREATE TABLE provider_queries (id INTEGER PRIMARY KEY, encounter_id INTEGER NOT NULL "
             "REFERENCES encounters(id), json TEXT NOT NULL, author TEXT NOT NULL, "
             "sent_at TEXT NOT NULL, answer TEXT, answered_by TEXT, answered_at TEXT)"),
         QStringLiteral("CREATE INDEX provider_queries_encounter ON provider_queries(encounter_id)"),
         QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         // The audit trail is append-only: the triggers make SQLite itself refuse any change,
         // so neither the app nor a stray UPDATE through another tool can rewrite history.
         QStringLiteral("CREATE TABLE audit_trail (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                        "user_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                        "action TEXT NOT NULL, before_json TEXT, after_json TEXT)"),
         QStringLiteral("CREATE INDEX audit_trail_entity ON audit_trail(entity, entity_id)"),
         QStringLiteral("CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail "
                        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         QStringLiteral("CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail "
                        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")}};
}

MigrationStep version2()
{
    return {
        2,
        {QStringLiteral("ALTER TABLE encounters ADD COLUMN claimed_at TEXT"),
         // Claims from v1 carry no time: they count as expired (claimed_at NULL), so nothing stays locked.
         QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES ('claim_expiry_minutes', '30')"),
         QStringLiteral("CREATE INDEX encounters_queue ON encounters(date_of_service, status)"),
         QStringLiteral(
             "CREATE INDEX encounters_claimant ON encounters(claimed_by) WHERE claimed_by IS NOT NULL")}};
}

MigrationStep version3()
{
    return {
        3,
        {QStringLiteral("ALTER TABLE encounters ADD COLUMN codes_text TEXT NOT NULL DEFAULT ''"),
         // NULL = not read yet; SqliteWorkStore::open() reads the notes of such visits once.
         QStringLiteral("ALTER TABLE encounters ADD COLUMN progression INTEGER"),
         QStringLiteral("UPDATE encounters SET codes_text = coalesce((SELECT group_concat(code, ',') FROM "
                        "(SELECT code FROM encounter_codes c WHERE c.encounter_id = encounters.id "
                        "ORDER BY c.seq)), '')"),
         QStringLiteral("DROP INDEX encounters_patient"),
         QStringLiteral("CREATE INDEX encounters_patient_date ON encounters(patient_id, date_of_service)"),
         // Non-ICD-10-CM codings (SNOMED CT from FHIR): kept and shown, never checked.
         QStringLiteral(
             "CREATE TABLE encounter_other_codings (encounter_id INTEGER NOT NULL REFERENCES "
             "encounters(id) ON DELETE CASCADE, seq INTEGER NOT NULL, system TEXT NOT NULL, "
             "code TEXT NOT NULL, display TEXT NOT NULL DEFAULT '', PRIMARY KEY (encounter_id, seq)) "
             "WITHOUT ROWID"),
         QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES ('stale_days', '180'), "
                        "('stale_min_visits', '3')")}};
}

} // namespace

QList<MigrationStep> workSchemaSteps()
{
    return {version1(), version2(), version3()};
}

QList<MigrationStep> workSchemaStepsUpTo(int version)
{
    QList<MigrationStep> steps;
    for (const MigrationStep& s : workSchemaSteps()) {
        if (s.toVersion <= version)
            steps.append(s);
    }
    return steps;
}

} // namespace wcw::db
