#include "guidance/ComparisonChoice.h"

#include <QTest>

using namespace wcw;

namespace {
QStringList L(const char* s)
{
    return QString::fromLatin1(s).split(u' ', Qt::SkipEmptyParts);
}
Finding replaceFinding(const char* from, const char* to)
{
    Finding f;
    f.rule = QStringLiteral("r531-vs-m6281");
    CodeFix fix;
    fix.kind = CodeFix::Kind::Replace;
    fix.code = QString::fromLatin1(from);
    fix.replacement = QString::fromLatin1(to);
    f.fix = fix;
    return f;
}
using Pair = QPair<QString, QString>;
} // namespace

class TestComparisonChoice : public QObject
{
    Q_OBJECT
private slots:
    void choose_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QList<Finding>>("findings");
        QTest::addColumn<QStringList>("suggested");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("replace fix wins")
            << L("R53.1 E11.9") << QList<Finding>{replaceFinding("R53.1", "M62.81")} << L("R29.810")
            << QStringLiteral("R53.1") << QStringLiteral("M62.81");
        QTest::newRow("stale fix ignored, suggestion used")
            << L("R53.83") << QList<Finding>{replaceFinding("R53.1", "M62.81")} << L("R53.1")
            << QStringLiteral("R53.83") << QStringLiteral("R53.1");
        QTest::newRow("suggestion displaces a code") << L("I10 R53.1") << QList<Finding>{} << L("I10 R29.810")
                                                     << QStringLiteral("R53.1") << QStringLiteral("R29.810");
        QTest::newRow("suggestion agrees: default pair")
            << L("M62.81") << QList<Finding>{} << L("M62.81") << QStringLiteral("R53.1")
            << QStringLiteral("M62.81");
        QTest::newRow("suggestion only adds: default pair")
            << L("M62.81") << QList<Finding>{} << L("M62.81 R54") << QStringLiteral("R53.1")
            << QStringLiteral("M62.81");
        QTest::newRow("nothing: default pair") << QStringList{} << QList<Finding>{} << QStringList{}
                                               << QStringLiteral("R53.1") << QStringLiteral("M62.81");
    }
    void choose()
    {
        QFETCH(QStringList, codes);
        QFETCH(QList<Finding>, findings);
        QFETCH(QStringList, suggested);
        QFETCH(QString, a);
        QFETCH(QString, b);
        Suggestion s;
        for (const QString& c : suggested)
            s.codes << SuggestedCode{c, QStringLiteral("primary"), QString()};
        QCOMPARE(comparisonPair(codes, findings, s), Pair(a, b));
    }
};

QTEST_APPLESS_MAIN(TestComparisonChoice)
#include "test_comparison_choice.moc"
