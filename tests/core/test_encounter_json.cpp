#include "interchange/EncounterJson.h"

#include <QTest>

using namespace wcw;

class TestEncounterJson : public QObject
{
    Q_OBJECT
private slots:
    void parsesContractExample()
    {
        const QByteArray json = R"({"encounter_id":"E1001","patient_id":"P100","date_of_service":"2026-03-02",
            "setting":"outpatient","note":"weak","codes":["R53.1","e119"],
            "history":[{"encounter_id":"E0990","date_of_service":"2026-01-10","codes":["R53.1"],"note":"x"}],
            "answers":{"location":"generalized"},"expect":{"ignored":true}})";
        Encounter e;
        JsonError err;
        QVERIFY2(encounterFromJson(json, &e, &err), qPrintable(err.toString()));
        QCOMPARE(e.encounterId, QStringLiteral("E1001"));
        QCOMPARE(e.dateOfService, QDate(2026, 3, 2));
        QCOMPARE(e.codes, (QStringList{QStringLiteral("R53.1"), QStringLiteral("E11.9")}));
        QCOMPARE(e.history.size(), 1);
        QCOMPARE(e.answers.value(QStringLiteral("location")), QStringLiteral("generalized"));
        // Round trip keeps the meaning.
        Encounter back;
        QVERIFY(encounterFromJson(encounterToJson(e), &back, &err));
        QCOMPARE(back.codes, e.codes);
        QCOMPARE(back.history.first().dateOfService, QDate(2026, 1, 10));
    }

    void namesTheBadField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray base = R"("encounter_id":"E1","date_of_service":"2026-03-02","note":"n")";
        QTest::newRow("missing setting") << QByteArray("{" + base + R"(,"codes":[]})") << QStringLiteral("setting");
        QTest::newRow("unknown setting") << QByteArray("{" + base + R"(,"setting":"er","codes":[]})")
                                         << QStringLiteral("setting");
        QTest::newRow("impossible date")
            << QByteArray(R"({"encounter_id":"E1","date_of_service":"2026-02-30","note":"n","setting":"inpatient","codes":[]})")
            << QStringLiteral("date_of_service");
        QTest::newRow("code not a string") << QByteArray("{" + base + R"(,"setting":"outpatient","codes":["R53.1",7]})")
                                           << QStringLiteral("codes[1]");
        QTest::newRow("history date after visit")
            << QByteArray("{" + base +
                          R"(,"setting":"outpatient","codes":[],"history":[{"date_of_service":"2027-01-01","codes":[]}]})")
            << QStringLiteral("history[0].date_of_service");
        QTest::newRow("missing codes") << QByteArray("{" + base + R"(,"setting":"outpatient"})") << QStringLiteral("codes");
    }
    void namesTheBadField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        Encounter e;
        JsonError err;
        QVERIFY(!encounterFromJson(json, &e, &err));
        QCOMPARE(err.field, field);
    }

    void malformedJsonGivesOffset()
    {
        Encounter e;
        JsonError err;
        QVERIFY(!encounterFromJson(QByteArray("{\"encounter_id\": "), &e, &err));
        QVERIFY(err.message.contains(QStringLiteral("byte")));
    }
};

QTEST_APPLESS_MAIN(TestEncounterJson)
#include "test_encounter_json.moc"
