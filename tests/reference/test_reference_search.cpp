// Search ranking and two-code comparison, on the small fixture release (always) and on the
// full FY2026/FY2023 data when present.
#include "ReferenceFixture.h"
#include "reference/ReferenceDb.h"
#include "release/ReleaseImporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wcw;
using namespace wcw::db;

class TestReferenceSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ReferenceDb> m_mini;
    std::unique_ptr<ReferenceDb> m_full;
    QString m_fullSkip;

    ReferenceDb* pick(bool full) { return full ? m_full.get() : m_mini.get(); }

private slots:
    void initTestCase()
    {
        const QString db = m_dir.filePath(QStringLiteral("mini.sqlite"));
        ReleaseSources s;
        QString error;
        QVERIFY(loadReleasePath(QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023"), &s, &error));
        const ImportOutcome out = ReleaseImporter(db).import(std::move(s));
        QVERIFY2(out.ok, qPrintable(out.error));
        m_mini = std::make_unique<ReferenceDb>(db);
        QVERIFY(m_mini->open(&error));
        const test::ReferenceFixture full = test::fullReferenceDb();
        m_fullSkip = full.skipReason;
        if (full.ok()) {
            m_full = std::make_unique<ReferenceDb>(full.path);
            QVERIFY(m_full->open(&error));
        }
    }

    void ranking_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("matched"); // start of SearchHit::matched for the first hit
        QTest::addColumn<QString>("alsoInTop5");
        QTest::newRow("mini: code without dot") << false << "r531"
                                                << "R53.1"
                                                << "code"
                                                << "";
        QTest::newRow("mini: code prefix") << false << "M62.8"
                                           << "M62.8"
                                           << "code"
                                           << "M62.84";
        QTest::newRow("mini: main term + subterm") << false << "weakness muscle"
                                                   << "M62.81"
                                                   << "index: Weak"
                                                   << "";
        QTest::newRow("mini: main term") << false << "weakness"
                                         << "R53.1"
                                         << "index: Weak"
                                         << "M62.81";
        QTest::newRow("mini: half-typed word") << false << "sarcop"
                                               << "M62.84"
                                               << ""
                                               << "";
        QTest::newRow("mini: inclusion term") << false << "asthenia nos"
                                              << "R53.1"
                                              << ""
                                              << "";
        QTest::newRow("full: code without dot") << true << "r531"
                                                << "R53.1"
                                                << "code"
                                                << "";
        QTest::newRow("full: code prefix") << true << "M62.8"
                                           << "M62.8"
                                           << "code"
                                           << "M62.81";
        QTest::newRow("full: main term + subterm") << true << "weakness muscle"
                                                   << "M62.81"
                                                   << "index: Weak"
                                                   << "";
        QTest::newRow("full: main term") << true << "weakness"
                                         << "R53.1"
                                         << "index: Weak"
                                         << "";
        QTest::newRow("full: title words") << true << "critical illness myopathy"
                                           << "G72.81"
                                           << ""
                                           << "";
        QTest::newRow("full: half-typed") << true << "sarcop"
                                          << "M62.84"
                                          << ""
                                          << "";
        QTest::newRow("full: facial weakness") << true << "weakness facial"
                                               << "R29.810"
                                               << ""
                                               << "";
    }
    void ranking()
    {
        QFETCH(bool, full);
        QFETCH(QString, query);
        QFETCH(QString, first);
        QFETCH(QString, matched);
        QFETCH(QString, alsoInTop5);
        if (full && !m_full)
            QFAIL(qPrintable(m_fullSkip));
        const QList<SearchHit> hits = pick(full)->search(query, 10);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().code, first);
        QVERIFY2(hits.first().matched.startsWith(matched), qPrintable(hits.first().matched));
        if (!alsoInTop5.isEmpty()) {
            bool found = false;
            for (qsizetype i = 0; i < std::min<qsizetype>(5, hits.size()); ++i)
                found |= hits.at(i).code == alsoInTop5;
            QVERIFY2(found, qPrintable(alsoInTop5));
        }
    }

    // "weakness": after Weak itself (R53.1), the subterm codes whose own title says weakness
    // (muscle M62.81, facial R29.810, ...) come before subterms that do not (mind F70, newborn P96.89).
    void subtermCodesNamedLikeTheQueryComeFirst()
    {
        if (!m_full)
            QFAIL(qPrintable(m_fullSkip));
        const QList<SearchHit> hits = m_full->search(QStringLiteral("weakness"), 10);
        QVERIFY(hits.size() >= 4);
        QCOMPARE(hits.first().code, QStringLiteral("R53.1"));
        bool otherSeen = false;
        for (qsizetype i = 1; i < hits.size(); ++i) {
            const bool named = hits.at(i).title.contains(QStringLiteral("weak"), Qt::CaseInsensitive);
            QVERIFY2(!(named && otherSeen), qPrintable(hits.at(i).code + u' ' + hits.at(i).title));
            otherSeen = otherSeen || !named;
        }
        QVERIFY(!hits.at(1).code.startsWith(u'F')); // F70 "Mild intellectual disabilities" was second
    }

    // Real FTS5 syntax typed by a coder is searched as the literal words: no error, and never
    // "everything" (an OR or a bare * that reached FTS would match every row).
    void userInputIsNeverFtsSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expect"); // a code that must be found; "" = must find nothing
        QTest::newRow("quote inside a word") << "weak\"ness" << "";
        QTest::newRow("OR and prefix star") << "\"R53*\" OR x" << "";
        QTest::newRow("NEAR(") << "NEAR(" << "";
        QTest::newRow("NEAR( with words") << "NEAR(weakness muscle" << "";
        QTest::newRow("dangling AND") << "weak AND" << "";
        QTest::newRow("unbalanced open quote") << "\"weak" << "R53.1";
        QTest::newRow("code with a stray quote") << "R53.1\"" << "R53.1";
        QTest::newRow("bare star") << "*" << "";
        QTest::newRow("bare minus") << "-" << "";
        QTest::newRow("column filter") << "col:value" << "";
        QTest::newRow("column filter on a real column") << "title:weakness" << "";
        QTest::newRow("operators") << "weakness OR NOT muscle*" << "";
        QTest::newRow("parentheses") << "(weakness" << "R53.1";
        QTest::newRow("only punctuation") << "--- ***" << "";
    }
    void userInputIsNeverFtsSyntax()
    {
        QFETCH(QString, query);
        QFETCH(QString, expect);
        const Result<QList<SearchHit>> hits = m_mini->searchChecked(query, 10);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().text()));
        const QList<SearchHit> all = m_mini->searchChecked(QStringLiteral("weakness"), 10).value();
        QVERIFY(!all.isEmpty());
        if (expect.isEmpty()) {
            // The literal words are in no entry together ("or" with "r53", "near", "col value"...).
            QVERIFY2(hits.value().isEmpty(), qPrintable(hits.value().isEmpty() ? QString() : hits.value().first().code));
        } else {
            QVERIFY(!hits.value().isEmpty());
            QCOMPARE(hits.value().first().code, expect);
        }
    }

    void compareR531AndM6281()
    {
        const std::optional<CodeComparison> c = m_mini->compare(u"R53.1", u"M62.81", QDate(2023, 1, 1));
        QVERIFY(c);
        QCOMPARE(c->a.code, QStringLiteral("R53.1"));
        QCOMPARE(c->b.code, QStringLiteral("M62.81"));
        QCOMPARE(c->aExcludesB.size(), 1);
        QCOMPARE(c->aExcludesB.first().kind, QStringLiteral("excludes1"));
        QCOMPARE(c->aExcludesB.first().noteText, QStringLiteral("muscle weakness (M62.8-)"));
        QVERIFY(c->aExcludesB.first().inheritedFrom.isEmpty());
        // M62.81 does not exclude R53.1 with an Excludes1; chapter 13's Excludes2 (R00-R94) does apply.
        QCOMPARE(c->bExcludesA.size(), 1);
        QCOMPARE(c->bExcludesA.first().kind, QStringLiteral("excludes2"));
        QCOMPARE(c->bExcludesA.first().inheritedFrom, QStringLiteral("Chapter 13"));
        QVERIFY(c->guidance);
        QVERIFY(c->guidance->sections.size() >= 4);
        QVERIFY(c->guidance->citations.join(u' ').contains(QStringLiteral("I.A.12.a")));
        // The same guidance either way round.
        QVERIFY(m_mini->compare(u"M62.81", u"R53.1", QDate(2023, 1, 1))->guidance);
        QVERIFY(!m_mini->compare(u"M62.81", u"M62.84", QDate(2023, 1, 1))->guidance);
    }

    void compareFindsInheritedExclusions()
    {
        if (!m_full)
            QFAIL(qPrintable(m_fullSkip));
        // M62's Excludes1 "myalgia (M79.1-)" applies to M62.84 by inheritance.
        const std::optional<CodeComparison> c = m_full->compare(u"M62.84", u"M79.10", QDate(2023, 1, 1));
        QVERIFY(c);
        bool inherited = false;
        for (const ExclusionLink& l : c->aExcludesB)
            inherited |= l.kind == QLatin1String("excludes1") && l.inheritedFrom == QLatin1String("M62");
        QVERIFY(inherited);
        QVERIFY(!m_full->compare(u"R53.1", u"Z99.99", QDate(2023, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestReferenceSearch)
#include "test_reference_search.moc"
