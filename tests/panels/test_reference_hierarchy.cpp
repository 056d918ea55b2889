// db::ReferenceHierarchy on the mini fixture releases: chapters > blocks > categories > codes
// as the code browser walks them, the path down to a code, and the structure an order-only
// release borrows from the release its notes come from.
#include "reference/ReferenceDb.h"
#include "reference/ReferenceHierarchy.h"
#include "release/ReleaseImporter.h"
#include "release/ReleaseSource.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace wcw;

class TestReferenceHierarchy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void children_data();
    void children();
    void pathTo_data();
    void pathTo();
    void noReleaseNoTree();

private:
    void importFolder(const QString& name);

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<db::ReferenceDb> m_reference;
};

void TestReferenceHierarchy::importFolder(const QString& name)
{
    db::ReleaseSources sources;
    QString error;
    QVERIFY2(db::loadReleasePath(QStringLiteral(WCW_TEST_DATA_DIR "/reference/") + name, &sources, &error),
             qPrintable(error));
    const db::ImportOutcome outcome = db::ReleaseImporter(m_dbPath).import(std::move(sources));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
}

void TestReferenceHierarchy::initTestCase()
{
    if (!QFileInfo::exists(QStringLiteral(WCW_TEST_DATA_DIR "/reference/mini-2023")))
        QFAIL("tests/data/reference/mini-2023 is missing: it is part of the repository");
    m_dbPath = m_dir.filePath(QStringLiteral("reference.sqlite"));
    m_reference = std::make_unique<db::ReferenceDb>(m_dbPath);
    QString error;
    QVERIFY2(m_reference->open(&error), qPrintable(error));
    importFolder(QStringLiteral("mini-2023"));
    importFolder(QStringLiteral("mini-2026"));
    QVERIFY2(m_reference->reload(&error), qPrintable(error));
}

void TestReferenceHierarchy::children_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("firstTitle");
    const QDate fy2023(2023, 3, 1);
    const QDate fy2026(2026, 3, 2);
    QTest::newRow("chapters") << fy2023 << QString()
                              << QStringList{QStringLiteral("chapter:13"), QStringLiteral("chapter:18"),
                                             QStringLiteral("chapter:19")}
                              << QStringLiteral(
                                     "Diseases of the musculoskeletal system and connective tissue");
    QTest::newRow("blocks") << fy2023 << QStringLiteral("chapter:18")
                            << QStringList{QStringLiteral("block:R50-R69")} << QString();
    QTest::newRow("categories") << fy2023 << QStringLiteral("block:M60-M63")
                                << QStringList{QStringLiteral("M62")} << QString();
    QTest::newRow("codes") << fy2023 << QStringLiteral("M62.8")
                           << QStringList{QStringLiteral("M62.81"), QStringLiteral("M62.84")} << QString();
    // FY2026 is order-only: chapters from FY2023, codes from FY2026 (M62.84 is not in that mini file).
    QTest::newRow("order-only chapters")
        << fy2026 << QString()
        << QStringList{QStringLiteral("chapter:13"), QStringLiteral("chapter:18"),
                       QStringLiteral("chapter:19")}
        << QString();
    QTest::newRow("order-only codes")
        << fy2026 << QStringLiteral("M62.8") << QStringList{QStringLiteral("M62.81")} << QString();
}

void TestReferenceHierarchy::children()
{
    QFETCH(QDate, date);
    QFETCH(QString, parent);
    QFETCH(QStringList, ids);
    QFETCH(QString, firstTitle);
    db::ReferenceHierarchy tree(*m_reference);
    const QList<HierarchyNode> kids = tree.children(parent, date);
    QStringList got;
    for (const HierarchyNode& n : kids)
        got.append(n.id);
    QCOMPARE(got, ids);
    if (!firstTitle.isEmpty())
        QCOMPARE(kids.first().title, firstTitle);
    for (const HierarchyNode& n : kids) {
        if (n.kind == HierarchyNode::Kind::Code || n.kind == HierarchyNode::Kind::Category)
            QCOMPARE(n.hasChildren, !n.billable);
    }
}

void TestReferenceHierarchy::pathTo_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("path");
    QTest::newRow("M62.81") << QStringLiteral("M62.81")
                            << QStringList{QStringLiteral("chapter:13"), QStringLiteral("block:M60-M63"),
                                           QStringLiteral("M62"), QStringLiteral("M62.8"),
                                           QStringLiteral("M62.81")};
    QTest::newRow("compact r531") << QStringLiteral("r531")
                                  << QStringList{QStringLiteral("chapter:18"),
                                                 QStringLiteral("block:R50-R69"), QStringLiteral("R53"),
                                                 QStringLiteral("R53.1")};
    QTest::newRow("absent") << QStringLiteral("Z99.99") << QStringList{};
}

void TestReferenceHierarchy::pathTo()
{
    QFETCH(QString, code);
    QFETCH(QStringList, path);
    db::ReferenceHierarchy tree(*m_reference);
    QCOMPARE(tree.pathTo(code, QDate(2023, 3, 1)), path);
}

void TestReferenceHierarchy::noReleaseNoTree()
{
    db::ReferenceHierarchy tree(*m_reference);
    QVERIFY(tree.children({}, QDate(2010, 1, 1)).isEmpty());
    QVERIFY(tree.pathTo(u"R53.1", QDate(2010, 1, 1)).isEmpty());
}

QTEST_MAIN(TestReferenceHierarchy)
#include "test_reference_hierarchy.moc"
