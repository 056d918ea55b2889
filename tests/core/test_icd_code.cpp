#include "domain/IcdCode.h"

#include <QTest>

using namespace wcw;

class TestIcdCode : public QObject
{
    Q_OBJECT
private slots:
    void compactAndDotted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("compact");
        QTest::addColumn<QString>("dotted");
        QTest::newRow("dotted") << QStringLiteral("R53.1") << QStringLiteral("R531") << QStringLiteral("R53.1");
        QTest::newRow("lower no dot") << QStringLiteral("r531") << QStringLiteral("R531") << QStringLiteral("R53.1");
        QTest::newRow("category") << QStringLiteral("R53") << QStringLiteral("R53") << QStringLiteral("R53");
        QTest::newRow("seven chars") << QStringLiteral(" s72.001a ") << QStringLiteral("S72001A")
                                     << QStringLiteral("S72.001A");
    }
    void compactAndDotted()
    {
        QFETCH(QString, input);
        QFETCH(QString, compact);
        QFETCH(QString, dotted);
        QCOMPARE(icd::compact(input), compact);
        QCOMPARE(icd::dotted(input), dotted);
    }
    void looksLikeCode()
    {
        QVERIFY(icd::looksLikeCode(u"M62.81"));
        QVERIFY(icd::looksLikeCode(u"G35.A"));
        QVERIFY(!icd::looksLikeCode(u"62.81"));
        QVERIFY(!icd::looksLikeCode(u"R5"));
        QVERIFY(!icd::looksLikeCode(u"R53.1; DROP TABLE"));
    }
};

QTEST_APPLESS_MAIN(TestIcdCode)
#include "test_icd_code.moc"
