// The rules' plain text helpers (rules/TextWords.h) on code titles and Tabular notes must do
// exactly what the regexes and Qt calls they replace do: word boundaries, upper case, apostrophes
// and hyphens, non-ASCII letters and invalid UTF-16.
#include "rules/TextWords.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace wcw::rules;

class TestTextWords : public QObject
{
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minLength");
        QTest::newRow("title") << QStringLiteral("Muscle weakness (generalized)") << 4;
        QTest::newRow("short words") << QStringLiteral("Age-related physical debility of old age") << 3;
        QTest::newRow("apostrophe and hyphen") << QStringLiteral("bell's palsy, post-polio -x 'abc") << 4;
        QTest::newRow("at start and end") << QStringLiteral("fatigue") << 4;
        QTest::newRow("digits split") << QStringLiteral("type2diabetes e11.9 x") << 3;
        QTest::newRow("non-ASCII splits") << QStringLiteral("guillain-barré syndrome étés") << 3;
        QTest::newRow("upper case") << QStringLiteral("CRITICAL ILLNESS Myopathy") << 4;
        QTest::newRow("dotless capital I") << QStringLiteral("İnflammation of muscle") << 4;
        QTest::newRow("empty") << QString() << 3;
    }
    // lowerText/lowerWords do what toLower + the regex [a-z][a-z'-]{n-1,} did.
    void words()
    {
        QFETCH(QString, text);
        QFETCH(int, minLength);
        const QString lower = lowerText(text);
        QCOMPARE(lower, text.toLower());
        const QRegularExpression re(QStringLiteral("[a-z][a-z'-]{%1,}").arg(minLength - 1));
        QStringList expected, got;
        auto it = re.globalMatch(text.toLower());
        while (it.hasNext())
            expected.append(it.next().captured(0));
        for (QStringView w : lowerWords(lower, minLength))
            got.append(w.toString());
        QCOMPARE(got, expected);
    }

    void parentheses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << QStringLiteral("muscle weakness (M62.8-) and more");
        QTest::newRow("two") << QStringLiteral("(a) b (c)d");
        QTest::newRow("nested") << QStringLiteral("x (a (b) c) y");
        QTest::newRow("unclosed") << QStringLiteral("x (a b");
        QTest::newRow("close only") << QStringLiteral("x) y (z)");
        QTest::newRow("empty parens") << QStringLiteral("()()");
    }
    void parentheses()
    {
        QFETCH(QString, text);
        QString expected = text;
        expected.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)")));
        QCOMPARE(withoutParenthesized(text), expected);
    }

    void simplified_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("same") << QStringLiteral("weak x 2 wks") << QStringLiteral("weak x 2 wks");
        QTest::newRow("runs and ends") << QStringLiteral("  weak \n\t x  ") << QStringLiteral("weak x");
        QTest::newRow("space vs none") << QStringLiteral("weak x") << QStringLiteral("weakx");
        QTest::newRow("longer") << QStringLiteral("weak x") << QStringLiteral("weak x y");
        QTest::newRow("trailing word") << QStringLiteral("weak ") << QStringLiteral("weak x");
        QTest::newRow("differs") << QStringLiteral("weak") << QStringLiteral("Weak");
        QTest::newRow("unicode space") << QStringLiteral("weak\u00a0x") << QStringLiteral("weak x");
        QTest::newRow("blank") << QStringLiteral(" \n ") << QString();
    }
    // sameSimplified(a, b) is a.simplified() == b.simplified(), both ways round.
    void simplified()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const bool expected = a.simplified() == b.simplified();
        QCOMPARE(sameSimplified(a, b), expected);
        QCOMPARE(sameSimplified(b, a), expected);
    }

    void utf16_data()
    {
        QTest::addColumn<QString>("text");
        const QString high(QChar(0xd83d)), low(QChar(0xde00));
        QTest::newRow("ascii") << QStringLiteral("weakness x 2 wks, 4/5");
        for (int at = 0; at < 9; ++at)
            QTest::addRow("one non-ASCII letter at %d", at)
                << QString(at, u'a') + QChar(0xe9) + QStringLiteral("bc");
        QTest::newRow("BMP letters") << QStringLiteral("\u00e9t\u00e9 \u2014 \uffff \ud7ff \ue000");
        for (int at = 0; at < 9; ++at) {
            QTest::addRow("pair at %d", at) << QString(at, u'a') + high + low + QStringLiteral("bc");
            QTest::addRow("lone high at %d", at) << QString(at, u'a') + high + QStringLiteral("bcdef");
            QTest::addRow("lone low at %d", at) << QString(at, u'a') + low + QStringLiteral("bcdef");
            QTest::addRow("high at end %d", at) << QString(at, u'a') + high;
        }
        QTest::newRow("empty") << QString();
    }
    void utf16()
    {
        QFETCH(QString, text);
        QCOMPARE(validUtf16(text), QStringView(text).isValidUtf16());
    }

    // textKind() is what the fast paths trust: ASCII only when every unit is, and otherwise
    // valid exactly when Qt says so (the same rows: non-ASCII and surrogates at every offset of
    // the four-unit steps).
    void kind_data() { utf16_data(); }
    void kind()
    {
        QFETCH(QString, text);
        const bool ascii =
            std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        const TextKind expected = ascii                              ? TextKind::Ascii
                                  : QStringView(text).isValidUtf16() ? TextKind::Unicode
                                                                     : TextKind::InvalidUtf16;
        QCOMPARE(int(textKind(text)), int(expected));
    }
};

QTEST_GUILESS_MAIN(TestTextWords)
#include "test_text_words.moc"
