// CachedCodeFacts answers exactly what the CodeFacts behind it answers, whether a question is asked
// for the first time or again: codes are keyed by their packed characters, so keys must never
// collide (prefixes, case) and codes that cannot be packed must still be answered.
#include "MemoryReference.h"
#include "domain/CachedCodeFacts.h"

#include <QTest>

using namespace wcw;

namespace {

// The same questions, asked in a fixed order, of one CodeFacts; the answers as one line each.
QStringList answers(const CodeFacts& facts, const QStringList& codes, const QList<QDate>& dates)
{
    QStringList out;
    for (const QDate d : dates) {
        for (const QString& c : codes) {
            const std::optional<CodeRecord> r = facts.record(c, d);
            out.append(QStringLiteral("%1 %2: validity %3 anywhere %4 record %5 %6")
                           .arg(c, d.toString(Qt::ISODate))
                           .arg(int(facts.validityOn(c, d)))
                           .arg(facts.billableInAnyRelease(c))
                           .arg(r ? r->code : QStringLiteral("-"), r ? r->release.id : QString()));
            out.append(QStringLiteral("  descendants %1").arg(facts.billableDescendants(c, d, 2).join(u',')));
            for (const QString& o : codes)
                out.append(QStringLiteral("  excludes1 %1 %2").arg(o).arg(facts.excludes1(c, o, d)));
        }
    }
    return out;
}

} // namespace

class TestCachedCodeFacts : public QObject
{
    Q_OBJECT
private slots:
    void sameAnswers_data()
    {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QList<QDate>>("dates");
        const QList<QDate> dates{QDate(2025, 3, 1), QDate(2026, 1, 15), QDate(2025, 10, 1),
                                 QDate(2020, 1, 1)};
        QTest::newRow("weakness codes") << QStringList{QStringLiteral("R53.1"), QStringLiteral("M62.81"),
                                                       QStringLiteral("R53.81"), QStringLiteral("R53")}
                                        << dates;
        QTest::newRow("prefixes and case")
            << QStringList{QStringLiteral("R53"), QStringLiteral("R53."), QStringLiteral("r53.1"),
                           QStringLiteral("R53.1"), QStringLiteral("")}
            << dates;
        QTest::newRow("changed between releases")
            << QStringList{QStringLiteral("G35"), QStringLiteral("G35.A")} << dates;
        QTest::newRow("not packable: long or non-Latin-1")
            << QStringList{QStringLiteral("M62.81XXXX"), QStringLiteral("M62.81XX"),
                           QStringLiteral("M62.8") + QChar(0x0401), QStringLiteral("M62.81")}
            << dates;
    }
    void sameAnswers()
    {
        QFETCH(QStringList, codes);
        QFETCH(QList<QDate>, dates);
        const test::MemoryReference source = test::MemoryReference::weaknessSet();
        const QStringList expected = answers(source, codes, dates);
        CachedCodeFacts cached(source);
        QCOMPARE(answers(cached, codes, dates), expected); // first asked: from the source
        QCOMPARE(answers(cached, codes, dates), expected); // asked again: from the cache
        cached.clear();
        QCOMPARE(answers(cached, codes, dates), expected);
    }

    void packedKeys_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("packable");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("category") << QStringLiteral("R53") << true;
        QTest::newRow("eight characters") << QStringLiteral("S12.000A") << true;
        QTest::newRow("nine characters") << QStringLiteral("S12.000AX") << false;
        QTest::newRow("Latin-1 letter") << QStringLiteral("R53.") + QChar(0xE9) << true;
        QTest::newRow("beyond Latin-1") << QStringLiteral("R53.") + QChar(0x0401) << false;
        QTest::newRow("NUL") << QStringLiteral("R53") + QChar(0) << false;
    }
    void packedKeys()
    {
        QFETCH(QString, code);
        QFETCH(bool, packable);
        const std::optional<quint64> key = CachedCodeFacts::packCode(code);
        QCOMPARE(key.has_value(), packable);
        if (!key)
            return;
        // Distinct strings, distinct keys: a longer or shorter code and the other case never share one.
        const QStringList others{code + u'0', code.left(code.size() - 1), code.toLower(), code.toUpper()};
        for (const QString& other : others) {
            if (other != code)
                QVERIFY(CachedCodeFacts::packCode(other) != key);
        }
    }
};

QTEST_GUILESS_MAIN(TestCachedCodeFacts)
#include "test_cached_code_facts.moc"
