#include "domain/CodeListEdit.h"

#include <QTest>

using namespace wcw;

Q_DECLARE_METATYPE(wcw::CodeFix)

namespace {
QStringList L(const char* spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}
CodeFix fix(CodeFix::Kind kind, const char* code, const char* replacement = "")
{
    CodeFix f;
    f.kind = kind;
    f.code = QString::fromLatin1(code);
    f.replacement = QString::fromLatin1(replacement);
    return f;
}
} // namespace

class TestCodeListEdit : public QObject
{
    Q_OBJECT
private slots:
    void indexOfIgnoresDotAndCase()
    {
        QCOMPARE(codelist::indexOf(L("E11.9 R53.1"), u"r531"), 1);
        QCOMPARE(codelist::indexOf(L("E11.9 R53.1"), u"M62.81"), -1);
    }

    void add_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("position");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("append, dotted") << L("E11.9") << QStringLiteral("m6281") << -1 << L("E11.9 M62.81");
        QTest::newRow("insert first") << L("E11.9") << QStringLiteral("R54") << 0 << L("R54 E11.9");
        QTest::newRow("already present")
            << L("E11.9 R53.1") << QStringLiteral("R531") << 0 << L("E11.9 R53.1");
        QTest::newRow("position clamped") << L("E11.9") << QStringLiteral("R54") << 9 << L("E11.9 R54");
        QTest::newRow("blank ignored") << L("E11.9") << QStringLiteral(" ") << -1 << L("E11.9");
    }
    void add()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, code);
        QFETCH(int, position);
        QFETCH(QStringList, after);
        QCOMPARE(codelist::added(before, code, position), after);
    }

    void removeAndMove()
    {
        QCOMPARE(codelist::removed(L("R53.1 E11.9"), u"R53.1"), L("E11.9"));
        QCOMPARE(codelist::removed(L("E11.9"), u"R53.1"), L("E11.9"));
        QCOMPARE(codelist::moved(L("A00 B00 C00"), 2, 0), L("C00 A00 B00"));
        QCOMPARE(codelist::moved(L("A00 B00 C00"), 0, 99), L("B00 C00 A00"));
        QCOMPARE(codelist::moved({}, 0, 1), QStringList());
    }

    void withFix_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<CodeFix>("fix");
        QTest::addColumn<QStringList>("after");
        using K = CodeFix::Kind;
        QTest::newRow("replace keeps position")
            << L("E11.9 R53.1 I10") << fix(K::Replace, "R53.1", "M62.81") << L("E11.9 M62.81 I10");
        QTest::newRow("replace, replacement already later")
            << L("R53.1 E11.9 M62.81") << fix(K::Replace, "R53.1", "M62.81") << L("M62.81 E11.9");
        QTest::newRow("replace, replacement earlier")
            << L("M62.81 R53.1") << fix(K::Replace, "R53.1", "M62.81") << L("M62.81");
        QTest::newRow("replace stale") << L("E11.9") << fix(K::Replace, "R53.1", "M62.81") << L("E11.9");
        QTest::newRow("remove") << L("R53.1 G20.A1") << fix(K::Remove, "R53.1") << L("G20.A1");
        QTest::newRow("add") << L("M62.81") << fix(K::Add, "", "R54") << L("M62.81 R54");
        QTest::newRow("move first") << L("R53.1 C18.7") << fix(K::MoveFirst, "C18.7") << L("C18.7 R53.1");
    }
    void withFix()
    {
        QFETCH(QStringList, before);
        QFETCH(CodeFix, fix);
        QFETCH(QStringList, after);
        QCOMPARE(codelist::withFix(before, fix), after);
        QCOMPARE(codelist::fixApplies(before, fix), before != after);
    }
};

QTEST_APPLESS_MAIN(TestCodeListEdit)
#include "test_code_list_edit.moc"
