// The blank provider query offered when no query-needed finding proposed one: still compliant
// (indicators quoted from the note, a neutral question, the two closing options), never empty.
#include "guidance/BlankProviderQuery.h"
#include "guidance/ProviderQueryBuilder.h"

#include <QTest>

using namespace wcw;

class TestBlankQuery : public QObject
{
    Q_OBJECT
private slots:
    void indicatorsComeFromTheNote_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("indicators");
        QTest::newRow("fatigue") << QStringLiteral("CC: fatigue for 3 weeks.\nExam: normal.")
                                 << QStringList{QStringLiteral("\"fatigue for 3 weeks\"")};
        QTest::newRow("negated mention is no indicator")
            << QStringLiteral("Denies weakness. Feels tired all day.")
            << QStringList{QStringLiteral("\"Feels tired all day\"")};
        QTest::newRow("nothing documented") << QStringLiteral("Follow-up for hypertension.") << QStringList{};
    }
    void indicatorsComeFromTheNote()
    {
        QFETCH(QString, note);
        QFETCH(QStringList, indicators);
        const ProviderQuery q = blankProviderQuery(note);
        QCOMPARE(q.indicators, indicators);
        for (const QString& quote : q.indicators)
            QVERIFY2(note.contains(quote.mid(1, quote.size() - 2)), qPrintable(quote)); // verbatim
    }

    void isCompliant_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("with indicators") << QStringLiteral("Generalized weakness for 2 weeks.");
        QTest::newRow("without") << QString();
    }
    void isCompliant()
    {
        QFETCH(QString, note);
        const ProviderQuery q = blankProviderQuery(note);
        QVERIFY(!q.topic.isEmpty());
        QVERIFY(q.question.contains(QStringLiteral("clinical judgment")));
        QVERIFY(q.options.size() >= 4); // choices, then the two that let the provider answer freely
        QCOMPARE(q.options.at(q.options.size() - 2), ProviderQueryBuilder::kOther);
        QCOMPARE(q.options.last(), ProviderQueryBuilder::kUndetermined);
        QCOMPARE(q.options.count(ProviderQueryBuilder::kOther), 1);
        // Indicators, when there are any, are restated in the question (the provider sees why).
        for (const QString& quote : q.indicators)
            QVERIFY(q.question.contains(quote));
        // Never about payment or leading to one code.
        for (const char* word : {"reimburse", "payment", "DRG", "R53.1", "M62.81"})
            QVERIFY2(!q.question.contains(QLatin1String(word), Qt::CaseInsensitive), word);
    }
};

QTEST_GUILESS_MAIN(TestBlankQuery)
#include "test_blank_query.moc"
