// The vocabulary file: the shipped one loads and is the one the reader uses; a broken file fails
// with an error that names the entry and the phrase; a word added in a vocabulary is matched.
// (Normal string literals only: moc cannot read raw strings with quotes in this file.)
#include "note/NoteLexicon.h"

#include <QFile>
#include <QTest>

using namespace wcw::note;

namespace {

const QString kSource = QStringLiteral("test-vocabulary.json");

// A vocabulary file of schema 1 with the given sections (JSON text after the schema key).
QByteArray vocabulary(const char* sections)
{
    return QByteArray("{\"schema\": 1") + (*sections ? ", " : "") + sections + "}";
}

// The core hits of `note` as "value:first-last" (token range), in order.
QStringList coreHits(const Lexicon& lexicon, const QString& note)
{
    const NoteText text(note);
    QStringList out;
    for (const Hit& h : lexicon.match(text).core)
        out << QStringLiteral("%1:%2-%3").arg(h.phrase->value).arg(h.first).arg(h.last);
    return out;
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void shippedFileLoads();
    void shippedFileIsTheReadersVocabulary();
    void brokenFileNamesTheEntry_data();
    void brokenFileNamesTheEntry();
    void addedWordIsMatched();
    void exactCasePhraseMatchesOnlyThatCase();
};

void TestVocabulary::shippedFileLoads()
{
    QFile file(QStringLiteral(":/note/vocabulary.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto entries = parseVocabulary(file.readAll(), file.fileName());
    QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().text()));
    int phrases = 0, mentions = 0, cues = 0;
    for (const Lexicon::Entry& e : entries.value()) {
        phrases += int(e.phrases.size());
        mentions += (e.roles & Concept) ? 1 : 0;
        cues += (e.roles & CueRole) ? 1 : 0;
    }
    // The counts of the file when it moved out of the C++ tables; change them with the file.
    QCOMPARE(entries.value().size(), 143);
    QCOMPARE(mentions, 20);
    QCOMPARE(cues, 64);
    QCOMPARE(phrases, 1052);
    // The first entry is the first in the file (order decides ties between equal phrases).
    QCOMPARE(entries.value().first().value, QStringLiteral("weakness"));
    QCOMPARE(entries.value().first().phrases.first().text, QStringLiteral("weakness"));
}

void TestVocabulary::shippedFileIsTheReadersVocabulary()
{
    const NoteText text(QStringLiteral("Denies weakness. MG ruled out, 5 mg daily."));
    const Hits hits = Lexicon::instance().match(text);
    QStringList got;
    for (const Hit& h : hits.core)
        got << QStringLiteral("%1/%2:%3-%4")
                   .arg(h.phrase->roles)
                   .arg(h.phrase->value)
                   .arg(h.first)
                   .arg(h.last);
    const QStringList want = {
        QStringLiteral("%1/:0-1").arg(NegPre), QStringLiteral("%1/weakness:1-2").arg(Concept),
        QStringLiteral("%1/myasthenia-gravis:3-4").arg(Diagnosis), QStringLiteral("%1/:4-6").arg(NegPost)};
    QCOMPARE(got, want); // "mg" (the unit) is not MG: that phrase is {"case": "exact"}
}

void TestVocabulary::brokenFileNamesTheEntry_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArrayList>("named");
    const char* ok = "{\"kind\": \"weakness\", \"phrases\": [\"weak\"]}";
    QTest::newRow("not json") << QByteArray("{\"schema\": 1,") << QByteArrayList{"not JSON"};
    QTest::newRow("no schema") << QByteArray("{\"mentions\": []}") << QByteArrayList{"\"schema\" must be 1"};
    QTest::newRow("unknown top-level key")
        << vocabulary("\"mention\": []") << QByteArrayList{"unknown top-level key \"mention\""};
    QTest::newRow("unknown entry key")
        << vocabulary("\"mentions\": [{\"kind\": \"weakness\", \"phrase\": [\"weak\"]}]")
        << QByteArrayList{"mentions[0]", "unknown key \"phrase\""};
    QTest::newRow("unknown role")
        << vocabulary("\"triggers\": [{\"roles\": [\"negation-pre\"], \"phrases\": [\"no\"]},"
                      " {\"roles\": [\"negation-before\"], \"phrases\": [\"not\"]}]")
        << QByteArrayList{"triggers[1]", "unknown role \"negation-before\""};
    QTest::newRow("unknown cue type")
        << vocabulary(
               "\"cues\": [{\"type\": \"extend\", \"value\": \"generalized\", \"phrases\": [\"diffuse\"]}]")
        << QByteArrayList{"cues[0]", "unknown cue type \"extend\""};
    QTest::newRow("bad diagnosis type")
        << vocabulary("\"diagnoses\": [{\"id\": \"anemia\", \"type\": \"cuase\", \"phrases\": [\"anemia\"]}]")
        << QByteArrayList{"diagnoses[0] (id anemia)", "\"type\" must be"};
    QTest::newRow("empty phrase")
        << vocabulary("\"mentions\": [{\"kind\": \"weakness\", \"phrases\": [\"weak\", \"\"]}]")
        << QByteArrayList{"mentions[0] (kind weakness), phrase 2", "empty phrase"};
    QTest::newRow("trailing space")
        << vocabulary("\"mentions\": [{\"kind\": \"fatigue\", \"phrases\": [\"tired \"]}]")
        << QByteArrayList{"mentions[0] (kind fatigue), phrase 1 \"tired \"", "leading or trailing space"};
    QTest::newRow("double space")
        << vocabulary("\"mentions\": [{\"kind\": \"fatigue\", \"phrases\": [\"worn  out\"]}]")
        << QByteArrayList{"phrase 1 \"worn  out\"", "single spaces"};
    QTest::newRow("upper case")
        << vocabulary(
               "\"cues\": [{\"type\": \"extent\", \"value\": \"generalized\", \"phrases\": [\"Diffuse\"]}]")
        << QByteArrayList{"cues[0] (type extent, value \"generalized\"), phrase 1 \"Diffuse\"", "upper case"};
    QTest::newRow("exact case without upper case")
        << vocabulary("\"diagnoses\": [{\"id\": \"ckd\", \"type\": \"cause\", \"phrases\": "
                      "[{\"phrase\": \"ckd\", \"case\": \"exact\"}]}]")
        << QByteArrayList{"diagnoses[0] (id ckd), phrase 1 \"ckd\"", "no upper case"};
    QTest::newRow("unknown case")
        << vocabulary("\"diagnoses\": [{\"id\": \"ckd\", \"type\": \"cause\", \"phrases\": "
                      "[{\"phrase\": \"CKD\", \"case\": \"upper\"}]}]")
        << QByteArrayList{"diagnoses[0] (id ckd), phrase 1", "\"case\" must be \"exact\""};
    QTest::newRow("character the tokenizer skips")
        << vocabulary("\"mentions\": [{\"kind\": \"malaise\", \"phrases\": [\"doesn`t feel right\"]}]")
        << QByteArrayList{"mentions[0] (kind malaise), phrase 1 \"doesn`t feel right\"", "'`'",
                          "not part of any token"};
    QTest::newRow("leading space")
        << vocabulary("\"triggers\": [{\"roles\": [\"terminator\"], \"phrases\": [\" but\"]}]")
        << QByteArrayList{"triggers[0] (roles terminator), phrase 1", "leading or trailing space"};
    QTest::newRow("doubled dash inside")
        << vocabulary("\"triggers\": [{\"roles\": [\"terminator\"], \"value\": \"x\", \"phrases\": [\"but -- "
                      "yet\"]}]")
        << QByteArrayList{"triggers[0] (roles terminator, value \"x\"), phrase 1 \"but -- yet\"", "'-'"};
    QTest::newRow("duplicate in an entry")
        << vocabulary(
               "\"mentions\": [{\"kind\": \"weakness\", \"phrases\": [\"weak\", \"feeble\", \"weak\"]}]")
        << QByteArrayList{"mentions[0] (kind weakness), phrase 3 \"weak\"", "duplicate phrase in the entry"};
    QTest::newRow("duplicate across entries")
        << vocabulary(QByteArray(QByteArray("\"mentions\": [") + ok + ", " + ok + "]").constData())
        << QByteArrayList{"mentions[1] (kind weakness), phrase 1 \"weak\"",
                          "duplicate of the same phrase in mentions[0]"};
}

void TestVocabulary::brokenFileNamesTheEntry()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArrayList, named);
    const auto entries = parseVocabulary(json, kSource);
    QVERIFY2(!entries.ok(), json.constData());
    QCOMPARE(entries.error().where, kSource);
    for (const QByteArray& part : named) {
        QVERIFY2(entries.error().what.contains(QString::fromUtf8(part)),
                 qPrintable(entries.error().what + QStringLiteral(" lacks ") + QString::fromUtf8(part)));
    }
    const auto lexicon = Lexicon::load(json, kSource);
    QVERIFY(!lexicon.ok());
    QCOMPARE(lexicon.error().text(), entries.error().text());
}

void TestVocabulary::addedWordIsMatched()
{
    // The same phrase in two entries with different roles is not a duplicate ("falls" is a
    // mention and a function cue in the shipped file).
    const QByteArray json = vocabulary(
        "\"mentions\": [{\"kind\": \"fatigue\", \"phrases\": [\"tired\", \"zonked out\"]}],"
        " \"triggers\": [{\"roles\": [\"negation-pre\"], \"phrases\": [\"denies\"]}],"
        " \"cues\": [{\"type\": \"function\", \"value\": \"falls\", \"phrases\": [\"zonked out\"]}]");
    const auto lexicon = Lexicon::load(json, kSource);
    QVERIFY2(lexicon.ok(), lexicon.ok() ? "" : qPrintable(lexicon.error().text()));
    QCOMPARE(coreHits(lexicon.value(), QStringLiteral("Pt denies feeling zonked-out today.")),
             (QStringList{QStringLiteral(":1-2"), QStringLiteral("fatigue:3-5")}));
    const NoteText text(QStringLiteral("zonked out"));
    const Hits hits = lexicon.value().match(text);
    QCOMPARE(hits.cues.size(), 1);
    QCOMPARE(hits.cues.first().phrase->cueType, int(CueFunction));
    // The shipped vocabulary does not know the word, so the match above is the test file's.
    QVERIFY(Lexicon::instance().match(text).core.isEmpty());
}

void TestVocabulary::exactCasePhraseMatchesOnlyThatCase()
{
    const QByteArray json =
        vocabulary("\"diagnoses\": [{\"id\": \"ms\", \"type\": \"cause\", \"phrases\": "
                   "[\"multiple sclerosis\", {\"phrase\": \"MS\", \"case\": \"exact\"}]}]");
    const auto lexicon = Lexicon::load(json, kSource);
    QVERIFY(lexicon.ok());
    QCOMPARE(coreHits(lexicon.value(), QStringLiteral("Known MS; 20 ms delay; Multiple Sclerosis")),
             (QStringList{QStringLiteral("ms:1-2"), QStringLiteral("ms:7-9")}));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
