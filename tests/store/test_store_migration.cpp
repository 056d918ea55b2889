// Opening work stores: migrations from every earlier schema version keep the data, and
// files that are corrupt, not a work store, too new or locked give errors naming the file.
#include "sqlite/SqliteConnection.h"
#include "workstore/SqliteWorkStore.h"
#include "workstore/WorkSchema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;

namespace {

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return !q.lastError().isValid();
}

// Builds a store at schema `version` by hand, with the rows that version could hold.
bool buildOldStore(const QString& path, int version)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
    db.setDatabaseName(path);
    bool ok = db.open();
    QString error;
    ok = ok && db::SchemaMigrator(db::kWorkSchemaName, db::workSchemaStepsUpTo(version)).migrate(db, &error);
    ok = ok && exec(db, QStringLiteral("INSERT INTO users VALUES ('mlopez', 'Maria Lopez', 'coder'), "
                                       "('jchen', 'Jun Chen', 'coder')"));
    ok = ok && exec(db, QStringLiteral(
                            "INSERT INTO patients (id, external_id, name) VALUES (1, 'P1', 'Old Patient')"));
    ok =
        ok && exec(db, QStringLiteral(
                           "INSERT INTO encounters (id, external_id, patient_id, date_of_service, setting, "
                           "note, status, claimed_by) VALUES "
                           "(1, 'E1', 1, '2026-01-02', 'outpatient', 'Generalized weakness.', 'done', NULL), "
                           "(2, 'E2', 1, '2026-01-09', 'outpatient', 'Weakness worsening, EMG ordered.', "
                           "'in progress', 'mlopez')"));
    // From v2 on, claims carry their time: this one is a minute old, so still held.
    if (version >= 2)
        ok =
            ok && exec(db, QStringLiteral(
                               "UPDATE encounters SET claimed_at = '2026-01-15T08:59:00.000Z' WHERE id = 2"));
    ok =
        ok && exec(db, QStringLiteral(
                           "INSERT INTO encounter_codes VALUES (1, 1, 'R53.1', 'mlopez', '2026-01-02'), "
                           "(2, 2, 'I10', 'mlopez', '2026-01-09'), (2, 1, 'R53.1', 'mlopez', '2026-01-09')"));
    ok = ok &&
         exec(db, QStringLiteral("INSERT INTO audit_trail (at, user_id, entity, entity_id, action) VALUES "
                                 "('2026-01-02T10:00:00.000Z', 'mlopez', 'encounter', '1', 'set-codes')"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

class TestStoreMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockClock m_clock;

private slots:
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        const int latest = db::workSchemaSteps().last().toVersion;
        for (int v = 1; v < latest; ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(QStringLiteral("old-v%1.sqlite").arg(version));
        QVERIFY(buildOldStore(path, version));
        QString error;
        auto store = SqliteWorkStore::open(path, &error, &m_clock);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) && q.next());
        QCOMPARE(q.value(0).toInt(), db::workSchemaSteps().last().toVersion);
        // Data kept, new columns filled from it.
        const auto e2 = store->encounter(2);
        QVERIFY(e2);
        QCOMPARE(e2->encounter.codes,
                 QStringList({QStringLiteral("R53.1"), QStringLiteral("I10")})); // by seq
        QCOMPARE(e2->encounter.history.size(), 1);
        const VisitHistory h = store->visitHistory(QStringLiteral("P1"));
        QCOMPARE(h.patientName, QStringLiteral("Old Patient"));
        QCOMPARE(h.visits.size(), 2);
        QVERIFY(!h.visits[0].progressionDocumented);
        QVERIFY(h.visits[1].progressionDocumented); // read from the note once, at open
        QCOMPARE(store->users().size(), 2);
        QCOMPARE(store->auditTrail(QStringLiteral("encounter"), QStringLiteral("1")).size(), 1);
        QCOMPARE(store->claimExpiryMinutes(), 30);
        // v1 claims had no time and count as expired; later ones keep their holder.
        QCOMPARE(store->claim(2, QStringLiteral("jchen")),
                 version == 1 ? ClaimResult::Claimed : ClaimResult::TakenByOther);
        QCOMPARE(store->defaultStaleCriteria().minVisits, 3);
        // The audit trail is still append-only after migrating.
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_trail")));
        // Opening again migrates nothing and keeps everything.
        q = QSqlQuery();
        store.reset();
        store = SqliteWorkStore::open(path, &error, &m_clock);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->encounterCount(), 2);
    }

    // Flags written under another edition of the progression reader are read again on open;
    // under the same edition they are left alone (no note parsing at every start).
    void rereadsProgressionWrittenByAnotherReaderEdition()
    {
        const QString path = m_dir.filePath(QStringLiteral("edition.sqlite"));
        QVERIFY(buildOldStore(path, db::workSchemaSteps().last().toVersion - 1));
        QString error;
        {
            auto store = SqliteWorkStore::open(path, &error, &m_clock);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->visitHistory(QStringLiteral("P1")).visits[1].progressionDocumented);
            // Pretend a wrong answer was stored under the current edition: kept as is.
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE encounters SET progression = 0")));
        }
        {
            auto store = SqliteWorkStore::open(path, &error, &m_clock);
            QVERIFY(!store->visitHistory(QStringLiteral("P1")).visits[1].progressionDocumented);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'progression_reader_edition'")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        auto store = SqliteWorkStore::open(path, &error, &m_clock);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->visitHistory(QStringLiteral("P1")).visits[1].progressionDocumented);
    }

    void refusesFilesThatAreNotWorkStores_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("corrupt") << "corrupt"
                                 << "not";
        QTest::newRow("other app's database") << "foreign"
                                              << "not a wcw work store";
        QTest::newRow("reference database") << "reference"
                                            << "\"reference\" database";
        QTest::newRow("newer schema") << "newer"
                                      << "newer than this wcw";
        QTest::newRow("directory") << "directory"
                                   << "not a file";
    }
    void refusesFilesThatAreNotWorkStores()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("corrupt")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        } else if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            if (kind == QLatin1String("foreign"))
                QVERIFY(exec(db, QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
            if (kind == QLatin1String("reference"))
                QVERIFY(exec(db, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")) &&
                        exec(db, QStringLiteral(
                                     "INSERT INTO meta VALUES ('schema', 'reference'), ('version', '1')")));
            if (kind == QLatin1String("newer"))
                QVERIFY(exec(db, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")) &&
                        exec(db, QStringLiteral(
                                     "INSERT INTO meta VALUES ('schema', 'work'), ('version', '99')")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(kind);
        }
        QString error;
        auto store = SqliteWorkStore::open(path, &error, &m_clock);
        QVERIFY(!store);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        if (kind == QLatin1String("foreign")) { // nothing was written into someone else's file
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
            q = QSqlQuery();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
        }
    }

    // Another process holds the write lock: the action fails after the busy timeout with
    // an error naming the file, and changes nothing.
    void lockedStoreGivesAClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        QString error;
        auto store = SqliteWorkStore::open(path, &error, &m_clock);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->addUser({QStringLiteral("mlopez"), QStringLiteral("Maria"), Role::Coder},
                               QStringLiteral("admin")));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(exec(other, QStringLiteral("BEGIN IMMEDIATE")));
        QSqlQuery shorter(store->database());
        QVERIFY(shorter.exec(QStringLiteral("PRAGMA busy_timeout = 200")));
        shorter = QSqlQuery();
        QVERIFY(!store->addUser({QStringLiteral("jchen"), QStringLiteral("Jun"), Role::Coder},
                                QStringLiteral("admin")));
        QVERIFY2(store->lastError().contains(path), qPrintable(store->lastError()));
        QVERIFY2(store->lastError().contains(QStringLiteral("locked")), qPrintable(store->lastError()));
        QVERIFY(exec(other, QStringLiteral("ROLLBACK")));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(store->users().size(), 1);
        QVERIFY(store->addUser({QStringLiteral("jchen"), QStringLiteral("Jun"), Role::Coder},
                               QStringLiteral("admin")));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "test_store_migration.moc"
