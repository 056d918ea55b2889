// A reference database that breaks under a running ReferenceDb: record, search and the
// in-memory code tables must report an Error naming what was being read and the file, not an
// empty answer that looks like "no such code".
#include "reference/ReferenceDb.h"
#include "release/ReleaseImporter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;
using namespace wcw::db;

class TestReferenceErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A fresh copy of the mini release, opened.
    std::unique_ptr<ReferenceDb> openMini(QString* path)
    {
        *path = m_dir.filePath(QStringLiteral("mini-%1.sqlite").arg(++m_n));
        ReleaseSources s;
        QString error;
        if (!loadReleasePath(QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023"), &s, &error))
            return nullptr;
        if (!ReleaseImporter(*path).import(std::move(s)).ok)
            return nullptr;
        auto ref = std::make_unique<ReferenceDb>(*path);
        if (!ref->open(&error))
            return nullptr;
        return ref;
    }

    // Drops a table through a connection of our own (the ReferenceDb's stays open).
    static void drop(const QString& path, const QString& table)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            if (table == QLatin1String("codes"))
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS codes_ad")));
            QVERIFY2(q.exec(QStringLiteral("DROP TABLE ") + table), qPrintable(table));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
    }

private slots:
    void recordReadFailureIsAnError()
    {
        QString path;
        auto ref = openMini(&path);
        QVERIFY(ref);
        QVERIFY(ref->readRecord(u"R53.1", QDate(2023, 1, 1)).ok());
        drop(path, QStringLiteral("notes"));
        const Result<std::optional<CodeRecord>> r = ref->readRecord(u"R53.1", QDate(2023, 1, 1));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().text().contains(QStringLiteral("reading the notes of R53.1")), qPrintable(r.error().text()));
        QVERIFY2(r.error().where == path, qPrintable(r.error().where));
        // The interface form gives nullopt and keeps the failure.
        QVERIFY(!ref->record(u"R53.1", QDate(2023, 1, 1)));
        QVERIFY(ref->readError());
        QVERIFY(ref->readError()->text().contains(path));
    }

    void searchReadFailureIsAnError()
    {
        QString path;
        auto ref = openMini(&path);
        QVERIFY(ref);
        QVERIFY(!ref->searchChecked(QStringLiteral("weakness"), 10).value().isEmpty());
        drop(path, QStringLiteral("search_fts"));
        const Result<QList<SearchHit>> hits = ref->searchChecked(QStringLiteral("weakness"), 10);
        QVERIFY(!hits.ok());
        QVERIFY2(hits.error().what.startsWith(QStringLiteral("searching titles, terms and the index for \"weakness\"")),
                 qPrintable(hits.error().text()));
        QCOMPARE(hits.error().where, path);
        QVERIFY(ref->search(QStringLiteral("weakness"), 10).isEmpty());
        QVERIFY(ref->readError());
    }

    void cacheReadFailureIsKept()
    {
        QString path;
        auto ref = openMini(&path);
        QVERIFY(ref);
        QVERIFY(!ref->readError());
        drop(path, QStringLiteral("codes"));
        // The code table is loaded on the first question: it fails, the code looks absent, and
        // the failure is there for whoever ran the rules.
        QCOMPARE(ref->validityOn(u"R53.1", QDate(2023, 1, 1)), CodeValidity::Absent);
        const std::optional<Error> e = ref->readError();
        QVERIFY(e);
        QVERIFY2(e->what.startsWith(QStringLiteral("reading the codes of release")), qPrintable(e->text()));
        QCOMPARE(e->where, path);
    }
};

QTEST_GUILESS_MAIN(TestReferenceErrors)
#include "test_reference_errors.moc"
