#include "reference/ReferenceSchema.h"

namespace wcw::db {

namespace {

// The releases and the files each was imported from.
QStringList releaseTables()
{
    return {
        // One row per imported release. source_digest is the sha256 over the imported files,
        // so importing the same files again is recognised and skipped.
        QStringLiteral("CREATE TABLE releases ("
                       " id TEXT PRIMARY KEY,"
                       " label TEXT NOT NULL,"
                       " effective_from TEXT NOT NULL,"
                       " effective_to TEXT,"
                       " kind TEXT NOT NULL CHECK (kind IN ('full', 'order-only', 'starter')),"
                       " notes_from TEXT,"
                       " index_from TEXT,"
                       " version TEXT,"
                       " source_digest TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE release_files ("
                       " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " bytes INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " PRIMARY KEY (release_id, role))"),
    };
}

// The tabular list: chapters, sections (blocks) and codes.
QStringList tabularTables()
{
    return {
        QStringLiteral("CREATE TABLE chapters ("
                       " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " num TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " first_code TEXT,"
                       " last_code TEXT,"
                       " PRIMARY KEY (release_id, num))"),
        QStringLiteral("CREATE TABLE blocks ("
                       " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " chapter TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " first_code TEXT NOT NULL,"
                       " last_code TEXT NOT NULL,"
                       " PRIMARY KEY (release_id, id))"),
        // Codes are stored once per release (about 95,000 rows each); code is compact ("R531").
        QStringLiteral("CREATE TABLE codes ("
                       " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " code TEXT NOT NULL,"
                       " dotted TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " short_title TEXT,"
                       " billable INTEGER NOT NULL,"
                       " parent TEXT,"
                       " chapter TEXT,"
                       " block TEXT,"
                       " depth INTEGER NOT NULL,"
                       " PRIMARY KEY (release_id, code)) WITHOUT ROWID"),
    };
}

// The tabular's notes and the codes they point to.
QStringList noteTables()
{
    return {
        // owner: a compact code, "chapter:18" or "block:R50-R69".
        QStringLiteral("CREATE TABLE notes ("
                       " id INTEGER PRIMARY KEY,"
                       " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " owner TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX notes_by_owner ON notes (release_id, owner, seq)"),
        // The codes a note points to: ref_from..ref_to (equal for a single code, compact);
        // subtree = 1 for "M62.8-" (the code and everything below it).
        QStringLiteral("CREATE TABLE note_refs ("
                       " note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,"
                       " ref_from TEXT NOT NULL,"
                       " ref_to TEXT NOT NULL,"
                       " subtree INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX note_refs_by_note ON note_refs (note_id)"),
        QStringLiteral("CREATE INDEX note_refs_by_code ON note_refs (ref_from)"),
    };
}

// The alphabetic index and the full-text search rows built from codes and index.
QStringList indexTables()
{
    return {
        // Alphabetic index: main terms (parent_id NULL) and nested subterms.
        QStringLiteral("CREATE TABLE index_terms ("
                       " release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,"
                       " id INTEGER NOT NULL,"
                       " parent_id INTEGER,"
                       " level INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " nemod TEXT,"
                       " code TEXT,"
                       " code_key TEXT,"
                       " manif TEXT,"
                       " see TEXT,"
                       " see_also TEXT,"
                       " PRIMARY KEY (release_id, id))"),
        QStringLiteral("CREATE INDEX index_terms_by_code ON index_terms (release_id, code_key)"),
        // Search rows for the newest release: one per code (title + inclusion terms) and one
        // per index path that leads to a code. Rebuilt after each import.
        QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5("
                       " code, title, terms, kind UNINDEXED, target UNINDEXED,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
    };
}

// The statements run in this order, as one step.
QStringList version1()
{
    return releaseTables() + tabularTables() + noteTables() + indexTables();
}

} // namespace

const SchemaMigrator& referenceMigrator()
{
    static const SchemaMigrator migrator(QStringLiteral("reference"), {MigrationStep{1, version1()}});
    return migrator;
}

} // namespace wcw::db
