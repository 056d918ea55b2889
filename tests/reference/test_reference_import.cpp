// Importer tests on small hand-written fixtures (tests/data/reference): the tabular, index and
// order readers, seventh-character expansion, bad input (file:line:column, database unchanged),
// re-import as a no-op, order-only releases, cancellation, zip archives and the starter set.
#include "ReferenceFixture.h"
#include "reference/ReferenceDb.h"
#include "release/ReleaseImporter.h"
#include "release/StarterSet.h"
#include "sqlite/SqliteConnection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <zip.h>

using namespace wcw;
using namespace wcw::db;

namespace {

const QString kData = QStringLiteral(WCW_TEST_DATA_DIR "/reference");

ImportOutcome importFolder(const QString& db, const QString& folder, const ImportControl& control = {})
{
    ReleaseSources s;
    QString error;
    if (!loadReleasePath(folder, &s, &error))
        return ImportOutcome{false, false, error, {}, {}, {}, 0, 0, 0, 0, 0};
    return ReleaseImporter(db).import(std::move(s), control);
}

ImportOutcome importFiles(const QString& db, const QString& tabular, const QString& index,
                          const QString& order, QDate from = {})
{
    ReleaseSources s;
    QString error;
    if (!loadReleaseFiles(tabular, index, order, &s, &error))
        return ImportOutcome{false, false, error, {}, {}, {}, 0, 0, 0, 0, 0};
    return ReleaseImporter(db).import(std::move(s), {}, from);
}

// A fingerprint of everything in the database, to prove a failed import changed nothing.
QString snapshot(const QString& path)
{
    QSqlDatabase db = openSqlite(path, QStringLiteral("reference")).db;
    QSqlQuery q(db);
    QStringList parts;
    for (const char* table : {"releases", "codes", "notes", "note_refs", "index_terms", "search_fts"}) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        parts << QString::fromLatin1(table) + u'=' + (q.next() ? q.value(0).toString() : QStringLiteral("?"));
    }
    q.exec(QStringLiteral("SELECT group_concat(id || ':' || source_digest || ':' || IFNULL(effective_to, "
                          "'-'), ',') FROM releases"));
    parts << (q.next() ? q.value(0).toString() : QString());
    return parts.join(u' ');
}

} // namespace

class TestReferenceImport : public QObject
{
    Q_OBJECT

private slots:
    void importsTabularIndexAndOrder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        const ImportOutcome out = importFolder(db, kData + QStringLiteral("/mini-2023"));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.releaseId, QStringLiteral("2022-10-01"));
        QCOMPARE(out.kind, QStringLiteral("full"));
        QCOMPARE(out.codes, 18); // the order file decides the code set
        QCOMPARE(out.billable, 10);
        QCOMPARE(out.indexTerms, 6);

        ReferenceDb ref(db);
        QString error;
        QVERIFY2(ref.open(&error), qPrintable(error));
        const QDate dos(2023, 3, 1);
        QCOMPARE(ref.validityOn(u"R53.1", dos), CodeValidity::Billable);
        QCOMPARE(ref.validityOn(u"r531", dos), CodeValidity::Billable);
        QCOMPARE(ref.validityOn(u"M62.8", dos), CodeValidity::Header);
        QCOMPARE(ref.validityOn(u"S06.0X0A", dos), CodeValidity::Billable);
        QCOMPARE(ref.validityOn(u"S06.0X0", dos), CodeValidity::Header);
        QCOMPARE(ref.validityOn(u"Z99.99", dos), CodeValidity::Absent);
        QCOMPARE(ref.validityOn(u"R53.1", QDate(2022, 9, 30)), CodeValidity::Absent); // before the release

        const std::optional<CodeRecord> r531 = ref.record(u"R53.1", dos);
        QVERIFY(r531);
        QCOMPARE(r531->title, QStringLiteral("Weakness"));
        QCOMPARE(r531->parents, QStringList{QStringLiteral("R53")});
        QCOMPARE(r531->block, QStringLiteral("R50-R69 General symptoms and signs"));
        QVERIFY(r531->chapter.startsWith(QStringLiteral("18 Symptoms, signs")));
        bool muscle = false;
        for (const CodeNote& n : r531->notes)
            muscle |= n.kind == QLatin1String("excludes1") && n.codes == QStringList{QStringLiteral("M62.8")};
        QVERIFY(muscle);
        QCOMPARE(r531->index.size(), 2);

        const std::optional<CodeRecord> m6281 = ref.record(u"M62.81", dos);
        QVERIFY(m6281);
        bool inherited = false, chapterNote = false, muscleIndex = false;
        for (const CodeNote& n : m6281->notes) {
            inherited |= n.kind == QLatin1String("excludes1") && n.inheritedFrom == QLatin1String("M62");
            chapterNote |=
                n.kind == QLatin1String("excludes2") && n.inheritedFrom == QLatin1String("Chapter 13");
        }
        for (const IndexEntry& e : m6281->index)
            muscleIndex |= e.terms == QStringList{QStringLiteral("Weak, weakening, weakness (generalized)"),
                                                  QStringLiteral("muscle")};
        QVERIFY(inherited);
        QVERIFY(chapterNote);
        QVERIFY(muscleIndex);
    }

    void excludes1FollowsSubtreesAndInheritance_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("expected");
        QTest::newRow("R53.1 -> M62.81 via M62.8-") << "R53.1"
                                                    << "M62.81" << true;
        QTest::newRow("R53.1 -> M62.84 via M62.8-") << "R53.1"
                                                    << "M62.84" << true;
        QTest::newRow("R53.1 -> R54 exact") << "R53.1"
                                            << "R54" << true;
        QTest::newRow("one direction only") << "M62.81"
                                            << "R53.1" << false;
        QTest::newRow("M62.81 -> M62.84 direct") << "M62.81"
                                                 << "M62.84" << true;
        QTest::newRow("M62.84 -> M79.11 inherited from M62") << "M62.84"
                                                             << "M79.11" << true;
        QTest::newRow("unrelated") << "R54"
                                   << "M62.81" << false;
        QTest::newRow("no dot") << "r531"
                                << "m6281" << true;
    }
    void excludes1FollowsSubtreesAndInheritance()
    {
        QFETCH(QString, code);
        QFETCH(QString, other);
        QFETCH(bool, expected);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        QVERIFY(importFolder(db, kData + QStringLiteral("/mini-2023")).ok);
        ReferenceDb ref(db);
        QString error;
        QVERIFY2(ref.open(&error), qPrintable(error));
        QCOMPARE(ref.excludes1(code, other, QDate(2023, 1, 1)), expected);
    }

    void expandsSeventhCharactersWithoutOrderFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        const ImportOutcome out = importFiles(
            db, kData + QStringLiteral("/mini-2023/icd10cm_tabular_2023.xml"), {}, {}, QDate(2022, 10, 1));
        QVERIFY2(out.ok, qPrintable(out.error));
        ReferenceDb ref(db);
        QString error;
        QVERIFY(ref.open(&error));
        const QDate dos(2023, 1, 1);
        // Placeholder X pads S06.9 to six characters before the 7th character.
        QCOMPARE(ref.validityOn(u"S06.9XXA", dos), CodeValidity::Billable);
        QCOMPARE(ref.validityOn(u"S06.9", dos), CodeValidity::Header);
        QCOMPARE(ref.validityOn(u"S06.0X0D", dos), CodeValidity::Billable);
        QCOMPARE(ref.record(u"S06.0X0S", dos)->title,
                 QStringLiteral("Concussion without loss of consciousness, sequela"));
        QCOMPARE(ref.record(u"S06.0X0S", dos)->parents.first(), QStringLiteral("S06.0X0"));
        QCOMPARE(out.billable, 4 + 6); // 4 plain leaves + 2 leaves x 3 extensions
    }

    void badInputNamesFileLineColumnAndChangesNothing_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where"); // ":line:" expected in the message
        QTest::addColumn<QString>("what");
        QTest::newRow("malformed") << "tabular"
                                   << "tabular_malformed.xml"
                                   << ":62:"
                                   << "mismatch";
        QTest::newRow("truncated") << "tabular"
                                   << "tabular_truncated.xml"
                                   << ":"
                                   << "Premature end of document";
        QTest::newRow("unknown element") << "tabular"
                                         << "tabular_unknown_element.xml"
                                         << ":63:"
                                         << "<mystery>";
        QTest::newRow("index as tabular") << "tabular"
                                          << "mini-2023/icd10cm_index_2023.xml"
                                          << ":3:"
                                          << "not an ICD-10-CM tabular file";
        QTest::newRow("order file as tabular") << "tabular"
                                               << "mini-2023/icd10cm-order-2023.txt"
                                               << ":1:"
                                               << "";
        QTest::newRow("unknown index element") << "index"
                                               << "index_unknown_element.xml"
                                               << ":7:"
                                               << "<kode>";
        QTest::newRow("bad billable flag") << "order"
                                           << "order_bad_flag.txt"
                                           << ":2:15:"
                                           << "billable flag";
        QTest::newRow("xml as order file") << "order"
                                           << "mini-2023/icd10cm_index_2023.xml"
                                           << ":1:1:"
                                           << "not an ICD-10-CM order file";
    }
    void badInputNamesFileLineColumnAndChangesNothing()
    {
        QFETCH(QString, role);
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        QVERIFY(importFolder(db, kData + QStringLiteral("/mini-2023")).ok);
        const QString before = snapshot(db);
        const QString path = kData + u'/' + file;
        const QString tab = kData + QStringLiteral("/mini-2023/icd10cm_tabular_2023.xml");
        const ImportOutcome out =
            role == QLatin1String("tabular") ? importFiles(db, path, {}, {}, QDate(2023, 4, 1))
            : role == QLatin1String("index") ? importFiles(db, tab, path, {}, QDate(2023, 4, 1))
                                             : importFiles(db, {}, {}, path, QDate(2023, 4, 1));
        QVERIFY(!out.ok);
        QVERIFY2(out.error.startsWith(path + where), qPrintable(out.error));
        QVERIFY2(out.error.contains(what), qPrintable(out.error));
        QCOMPARE(snapshot(db), before);
    }

    void reimportIsANoOp()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        QVERIFY(importFolder(db, kData + QStringLiteral("/mini-2023")).ok);
        const QString before = snapshot(db);
        const ImportOutcome again = importFolder(db, kData + QStringLiteral("/mini-2023"));
        QVERIFY(again.ok);
        QVERIFY(again.unchanged);
        QCOMPARE(snapshot(db), before);
    }

    void cancelledImportChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        QVERIFY(importFolder(db, kData + QStringLiteral("/mini-2023")).ok);
        const QString before = snapshot(db);
        std::atomic_bool cancel{false};
        ImportControl control;
        control.cancel = &cancel;
        control.progress = [&](const QString& stage, qint64, qint64) {
            if (stage == QLatin1String("search"))
                cancel = true; // after every row is written, before commit
        };
        const ImportOutcome out = importFolder(db, kData + QStringLiteral("/mini-2026"), control);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(QStringLiteral("cancelled")), qPrintable(out.error));
        QCOMPARE(snapshot(db), before);
    }

    void orderOnlyReleaseBorrowsNotes()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        QVERIFY(importFolder(db, kData + QStringLiteral("/mini-2023")).ok);
        const ImportOutcome out = importFolder(db, kData + QStringLiteral("/mini-2026"));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.kind, QStringLiteral("order-only"));
        QCOMPARE(out.releaseId, QStringLiteral("2025-10-01"));

        ReferenceDb ref(db);
        QString error;
        QVERIFY(ref.open(&error));
        QCOMPARE(ref.releases().size(), 2);
        QCOMPARE(ref.releases().first().effectiveTo, QDate(2025, 9, 30));
        QCOMPARE(ref.releases().last().kind, ReleaseKind::OrderOnly);
        QCOMPARE(ref.releases().last().notesFromId, QStringLiteral("2022-10-01"));
        QCOMPARE(ref.releaseOn(QDate(2025, 9, 30))->id, QStringLiteral("2022-10-01"));
        QCOMPARE(ref.releaseOn(QDate(2025, 10, 1))->id, QStringLiteral("2025-10-01"));

        const std::optional<CodeRecord> r = ref.record(u"R53.1", QDate(2026, 1, 5));
        QVERIFY(r);
        QCOMPARE(r->release.id, QStringLiteral("2025-10-01"));
        QCOMPARE(r->notesReleaseId, QStringLiteral("2022-10-01"));
        QVERIFY(!r->notes.isEmpty());
        QVERIFY(ref.excludes1(u"R53.1", u"M62.81", QDate(2026, 1, 5)));
        QCOMPARE(ref.validityOn(u"M62.84", QDate(2026, 1, 5)), CodeValidity::Absent);
        QCOMPARE(ref.validityOn(u"M62.84", QDate(2025, 1, 5)), CodeValidity::Billable);
        QVERIFY(ref.billableInAnyRelease(u"M62.84"));
        QVERIFY(!ref.billableInAnyRelease(u"M62.8"));
        QCOMPARE(ref.validityOn(u"G35", QDate(2026, 1, 5)), CodeValidity::Header);
        QCOMPARE(ref.record(u"G35.A", QDate(2026, 1, 5))->parents, QStringList{QStringLiteral("G35")});
    }

    void effectiveDates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("folder") << "2022-10-01" << QDate(2022, 10, 1);
        QTest::newRow("FY tabular") << "icd10cm_tabular_2017.xml" << QDate(2016, 10, 1);
        QTest::newRow("Jan update") << "icd10cm-order-Jan-2021.txt" << QDate(2021, 1, 1);
        QTest::newRow("April update") << "icd10cm-April-1-2026-XML.zip" << QDate(2026, 4, 1);
        QTest::newRow("FY zip") << "ICD10CM_FY2017_Full_XML.zip" << QDate(2016, 10, 1);
        QTest::newRow("order 2026") << "icd10cm-order-2026.txt" << QDate(2025, 10, 1);
        QTest::newRow("no year") << "tabular.xml" << QDate();
    }
    void effectiveDates()
    {
        QFETCH(QString, name);
        QFETCH(QDate, expected);
        QCOMPARE(effectiveDateFromName(name), expected);
    }

    void importsZipArchive()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("icd10cm-2023-mini.zip"));
        int err = 0;
        zip_t* z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
        QVERIFY(z);
        for (const char* member :
             {"icd10cm_tabular_2023.xml", "icd10cm_index_2023.xml", "icd10cm-order-2023.txt"}) {
            const QByteArray path =
                QFile::encodeName(kData + QStringLiteral("/mini-2023/") + QString::fromLatin1(member));
            zip_source_t* src = zip_source_file(z, path.constData(), 0, -1);
            QVERIFY(src);
            QVERIFY(zip_file_add(z, member, src, ZIP_FL_OVERWRITE) >= 0);
        }
        QCOMPARE(zip_close(z), 0);
        const QString db = dir.filePath(QStringLiteral("ref.sqlite"));
        const ImportOutcome out = importFolder(db, zipPath);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.releaseId, QStringLiteral("2022-10-01"));
        QCOMPARE(out.codes, 18);
        QCOMPARE(out.indexTerms, 6);
        // The same files from the folder are the same release: nothing to do.
        QVERIFY(importFolder(db, kData + QStringLiteral("/mini-2023")).unchanged);
    }

    void starterSetOnAFreshMachine()
    {
        QTemporaryDir dir;
        const test::ReferenceFixture starter = test::starterReferenceDb(dir.path());
        QVERIFY2(starter.ok(), qPrintable(starter.skipReason));
        ReferenceDb ref(starter.path);
        QString error;
        QVERIFY(ref.open(&error));
        QCOMPARE(ref.releases().size(), 1);
        QCOMPARE(ref.releases().first().kind, ReleaseKind::Starter);
        const QDate today = QDate::currentDate();
        QCOMPARE(ref.validityOn(u"R53.1", today), CodeValidity::Billable);
        QCOMPARE(ref.validityOn(u"G81.9", today), CodeValidity::Header);
        QVERIFY(ref.excludes1(u"R53.1", u"M62.81", today));
        QVERIFY(db::ensureStarterSet(ref, &error)); // a second call has nothing to do
        QCOMPARE(ref.releases().size(), 1);
        // The first real import replaces the starter set.
        QVERIFY(importFolder(starter.path, kData + QStringLiteral("/mini-2023")).ok);
        QVERIFY(ref.reload(&error));
        QCOMPARE(ref.releases().size(), 1);
        QCOMPARE(ref.releases().first().kind, ReleaseKind::Full);
    }
};

QTEST_GUILESS_MAIN(TestReferenceImport)
#include "test_reference_import.moc"
