// Tests on the official releases in ../shared/icd10cm (or $WCW_ICD10CM_DIR): counts from
// PROVENANCE.md, the weakness codes' notes and index entries, date -> release selection,
// re-import as a no-op and crash safety. Skipped, with the reason, when the data is absent.
#include "ReferenceFixture.h"
#include "reference/ReferenceDb.h"
#include "release/ReleaseImporter.h"
#include "sqlite/SqliteConnection.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;
using namespace wcw::db;

class TestReferenceFull : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReferenceDb> m_ref;

    int count(const QString& release, bool billableOnly)
    {
        QSqlDatabase db = openSqlite(m_ref->path(), QStringLiteral("reference")).db;
        QSqlQuery q(db);
        q.prepare(billableOnly
                      ? QStringLiteral("SELECT COUNT(*) FROM codes WHERE release_id = :r AND billable = 1")
                      : QStringLiteral("SELECT COUNT(*) FROM codes WHERE release_id = :r"));
        q.bindValue(QStringLiteral(":r"), release);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        const test::ReferenceFixture fixture = test::fullReferenceDb();
        if (!fixture.ok())
            QFAIL(qPrintable(fixture.skipReason));
        m_ref = std::make_unique<ReferenceDb>(fixture.path);
        QString error;
        QVERIFY2(m_ref->open(&error), qPrintable(error));
    }

    void countsMatchProvenance_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<int>("codes"); // -1: not stated in PROVENANCE.md
        QTest::addColumn<int>("billable");
        QTest::newRow("FY2017 tabular, 7th characters expanded") << "2016-10-01" << -1 << 71486;
        QTest::newRow("Jan 2021 order file") << "2021-01-01" << 95358 << 72621;
        QTest::newRow("FY2023 order file") << "2022-10-01" << 96745 << 73639;
        QTest::newRow("FY2026 order file") << "2025-10-01" << 98186 << 74719;
    }
    void countsMatchProvenance()
    {
        QFETCH(QString, release);
        QFETCH(int, codes);
        QFETCH(int, billable);
        if (codes >= 0)
            QCOMPARE(count(release, false), codes);
        QCOMPARE(count(release, true), billable);
    }

    void releasesSideBySide()
    {
        const QList<Release> all = m_ref->releases();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).effectiveFrom, QDate(2016, 10, 1));
        QCOMPARE(all.at(0).effectiveTo, QDate(2020, 12, 31));
        QCOMPARE(all.at(1).effectiveTo, QDate(2022, 9, 30));
        QCOMPARE(all.at(2).effectiveTo, QDate(2025, 9, 30));
        QVERIFY(all.at(3).effectiveTo.isNull());
        QCOMPARE(all.at(3).kind, ReleaseKind::OrderOnly);
        QCOMPARE(all.at(3).notesFromId, QStringLiteral("2022-10-01"));
    }

    void releaseByDateOfService_data()
    {
        QTest::addColumn<QDate>("dos");
        QTest::addColumn<QString>("release");
        QTest::newRow("before ICD-10-CM FY2017") << QDate(2016, 9, 30) << QString();
        QTest::newRow("first day FY2017") << QDate(2016, 10, 1) << "2016-10-01";
        QTest::newRow("last day before Jan 2021") << QDate(2020, 12, 31) << "2016-10-01";
        QTest::newRow("Jan 2021") << QDate(2021, 1, 1) << "2021-01-01";
        QTest::newRow("FY2023") << QDate(2024, 6, 1) << "2022-10-01";
        QTest::newRow("last day of FY2025") << QDate(2025, 9, 30) << "2022-10-01";
        QTest::newRow("FY2026") << QDate(2025, 10, 1) << "2025-10-01";
    }
    void releaseByDateOfService()
    {
        QFETCH(QDate, dos);
        QFETCH(QString, release);
        const std::optional<Release> r = m_ref->releaseOn(dos);
        QCOMPARE(r ? r->id : QString(), release);
    }

    void validityByDate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("dos");
        QTest::addColumn<int>("validity");
        const int billable = int(CodeValidity::Billable), header = int(CodeValidity::Header),
                  absent = int(CodeValidity::Absent);
        QTest::newRow("G35 billable in FY2023") << "G35" << QDate(2023, 5, 1) << billable;
        QTest::newRow("G35 a header from 2025-10-01") << "G35" << QDate(2025, 10, 1) << header;
        QTest::newRow("R53.1 FY2026") << "R53.1" << QDate(2026, 3, 2) << billable;
        QTest::newRow("M62.81 FY2017") << "M62.81" << QDate(2017, 3, 2) << billable;
        QTest::newRow("M62.8 header") << "M62.8" << QDate(2026, 3, 2) << header;
        QTest::newRow("Z20.822 new in Jan 2021") << "Z20.822" << QDate(2020, 12, 31) << absent;
        QTest::newRow("Z20.822 from Jan 2021") << "Z20.822" << QDate(2021, 1, 1) << billable;
        QTest::newRow("S06 7th D after 6th 7 left out") << "S06.0X7D" << QDate(2023, 1, 1) << absent;
        QTest::newRow("typo") << "R53.9" << QDate(2026, 3, 2) << absent;
    }
    void validityByDate()
    {
        QFETCH(QString, code);
        QFETCH(QDate, dos);
        QFETCH(int, validity);
        QCOMPARE(int(m_ref->validityOn(code, dos)), validity);
    }

    void weaknessNotes()
    {
        const QDate fy2023(2023, 3, 1);
        QVERIFY(m_ref->excludes1(u"R53.1", u"M62.81", fy2023));
        QVERIFY(m_ref->excludes1(u"R53.1", u"M62.81", QDate(2017, 3, 1))); // via "muscle weakness (M62.8-)"
        QVERIFY(m_ref->excludes1(u"R53.1", u"M62.81", QDate(2026, 3, 1))); // order-only: FY2023 notes
        QVERIFY(m_ref->excludes1(u"M62.81", u"M62.84", fy2023));
        QVERIFY(!m_ref->excludes1(u"M62.81", u"R53.1", fy2023));

        const std::optional<CodeRecord> m6284 = m_ref->record(u"M62.84", fy2023);
        QVERIFY(m6284);
        QCOMPARE(m6284->title, QStringLiteral("Sarcopenia"));
        QStringList kinds;
        bool inheritedFromM62 = false;
        for (const CodeNote& n : m6284->notes) {
            if (n.inheritedFrom.isEmpty())
                kinds << n.kind;
            inheritedFromM62 |=
                n.inheritedFrom == QLatin1String("M62") && n.kind == QLatin1String("excludes1");
        }
        QVERIFY(kinds.contains(QStringLiteral("inclusionTerm")));
        QVERIFY(kinds.contains(QStringLiteral("codeFirst")));
        QVERIFY(inheritedFromM62);

        const std::optional<CodeRecord> r531 = m_ref->record(u"R53.1", QDate(2026, 3, 2));
        QVERIFY(r531);
        QCOMPARE(r531->release.id, QStringLiteral("2025-10-01"));
        QCOMPARE(r531->notesReleaseId, QStringLiteral("2022-10-01"));
    }

    void weaknessIndex()
    {
        const std::optional<CodeRecord> r531 = m_ref->record(u"R53.1", QDate(2023, 3, 1));
        const std::optional<CodeRecord> m6281 = m_ref->record(u"M62.81", QDate(2023, 3, 1));
        QVERIFY(r531 && m6281);
        const QString main = QStringLiteral("Weak, weakening, weakness (generalized)");
        bool mainTerm = false, muscle = false;
        for (const IndexEntry& e : r531->index)
            mainTerm |= e.terms == QStringList{main};
        for (const IndexEntry& e : m6281->index)
            muscle |= e.terms == QStringList{main, QStringLiteral("muscle")};
        QVERIFY(mainTerm);
        QVERIFY(muscle);
    }

    // M62.8 and M62 both carry Excludes2 "nontraumatic hematoma of muscle (M79.81)" in the FY2023
    // tabular; M62.81 lists it once, from its nearest owner (M62.8).
    void repeatedAncestorNotesShowOnce()
    {
        const std::optional<CodeRecord> m6281 = m_ref->record(u"M62.81", QDate(2023, 3, 1));
        QVERIFY(m6281);
        QStringList owners;
        QSet<QString> distinct;
        for (const CodeNote& n : m6281->notes) {
            QVERIFY2(!distinct.contains(n.kind + u'|' + n.text), qPrintable(n.kind + u' ' + n.text));
            distinct.insert(n.kind + u'|' + n.text);
            if (n.text.startsWith(QStringLiteral("nontraumatic hematoma of muscle")))
                owners.append(n.inheritedFrom);
        }
        QCOMPARE(owners, QStringList{QStringLiteral("M62.8")});
    }

    void reimportIsANoOpAndAFailedImportKeepsTheOldState()
    {
        QString skip;
        const QString dir2026 = test::releaseDir(QStringLiteral("2025-10-01"), &skip);
        if (dir2026.isEmpty())
            QFAIL(qPrintable(skip));
        QTemporaryDir tmp;
        const QString db = tmp.filePath(QStringLiteral("ref.sqlite"));
        ReleaseSources s;
        QString error;
        QVERIFY(loadReleasePath(dir2026, &s, &error));
        ImportOutcome out = ReleaseImporter(db).import(s);
        QVERIFY2(out.ok, qPrintable(out.error));
        out = ReleaseImporter(db).import(s);
        QVERIFY(out.ok && out.unchanged);

        // A damaged copy of the same release (last line cut short) must fail and leave the old one.
        QFile orig(dir2026 + QStringLiteral("/icd10cm-order-2026.txt"));
        QVERIFY(orig.open(QIODevice::ReadOnly));
        QByteArray bytes = orig.readAll();
        bytes.chop(bytes.size() - bytes.lastIndexOf("\r\n", bytes.size() - 3) - 12);
        const QString damaged = tmp.filePath(QStringLiteral("icd10cm-order-2026.txt"));
        QFile out2(damaged);
        QVERIFY(out2.open(QIODevice::WriteOnly));
        out2.write(bytes);
        out2.close();
        ReleaseSources bad;
        QVERIFY(loadReleaseFiles({}, {}, damaged, &bad, &error));
        out = ReleaseImporter(db).import(bad, {}, QDate(2025, 10, 1));
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(QStringLiteral("icd10cm-order-2026.txt:98186:")), qPrintable(out.error));
        ReferenceDb ref(db);
        QVERIFY(ref.open(&error));
        QCOMPARE(ref.releases().size(), 1);
        QCOMPARE(ref.validityOn(u"R53.1", QDate(2026, 1, 1)), CodeValidity::Billable);
    }
};

QTEST_GUILESS_MAIN(TestReferenceFull)
#include "test_reference_full.moc"
