// Negation measured on an annotated corpus in the NegEx test-set shape (sentence, term,
// Negated/Affirmed): tests/data/negation/*.jsonl, written for this project (realistic clinical
// sentences: pre- and post-triggers, pseudo-triggers, scope terminators, templated ROS lists,
// uncertain and historical phrases, which are not negated). Prints accuracy, precision and recall,
// asserts floors, and checks that `wcw-cli negation --jsonl` answers exactly as the reader does.
#include "note/NoteReader.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Row
{
    QString file;
    QString id;
    QString sentence;
    QString term;
    bool negated = false;
};

QList<Row> loadCorpus()
{
    QList<Row> rows;
    const QDir dir(QStringLiteral(WCW_TEST_DATA_DIR "/negation"));
    for (const QString& name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(f.fileName()));
        int line = 0;
        while (!f.atEnd()) {
            const QByteArray bytes = f.readLine();
            ++line;
            if (bytes.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            const QString label = o.value(QStringLiteral("label")).toString();
            if (label != u"Negated" && label != u"Affirmed")
                qFatal("%s:%d: label must be Negated or Affirmed", qPrintable(name), line);
            rows.append({name, o.value(QStringLiteral("id")).toString(),
                         o.value(QStringLiteral("sentence")).toString(),
                         o.value(QStringLiteral("term")).toString(), label == u"Negated"});
        }
    }
    return rows;
}

} // namespace

class TestNegationCorpus : public QObject
{
    Q_OBJECT
private slots:
    void corpusIsLargeAndVaried();
    void measuresAboveFloor();
    void cliAgreesWithReader();
    void cliRejectsBadLines_data();
    void cliRejectsBadLines();
};

void TestNegationCorpus::corpusIsLargeAndVaried()
{
    const QList<Row> rows = loadCorpus();
    QVERIFY2(rows.size() >= 200, qPrintable(QString::number(rows.size())));
    const auto negated = std::count_if(rows.begin(), rows.end(), [](const Row& r) { return r.negated; });
    QVERIFY(negated >= 80);
    QVERIFY(rows.size() - negated >= 80);
}

void TestNegationCorpus::measuresAboveFloor()
{
    const wcw::NoteReader reader;
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (const Row& r : loadCorpus()) {
        const auto c = reader.contextOf(r.sentence, r.term);
        QVERIFY2(c.found, qPrintable(r.id + QStringLiteral(": term not in sentence")));
        if (c.negated && r.negated)
            ++tp;
        else if (c.negated)
            ++fp, qInfo("false positive %s: %s [%s]", qPrintable(r.id), qPrintable(r.sentence),
                        qPrintable(r.term));
        else if (r.negated)
            ++fn, qInfo("false negative %s: %s [%s]", qPrintable(r.id), qPrintable(r.sentence),
                        qPrintable(r.term));
        else
            ++tn;
    }
    const double total = tp + fp + fn + tn;
    const double accuracy = (tp + tn) / total;
    const double precision = tp / double(tp + fp);
    const double recall = tp / double(tp + fn);
    const double f1 = 2 * precision * recall / (precision + recall);
    qInfo("negation corpus: n=%d tp=%d fp=%d fn=%d tn=%d accuracy=%.3f precision=%.3f recall=%.3f f1=%.3f",
          int(total), tp, fp, fn, tn, accuracy, precision, recall, f1);
    QVERIFY2(accuracy >= 0.95, qPrintable(QString::number(accuracy)));
    QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
}

void TestNegationCorpus::cliAgreesWithReader()
{
    const QList<Row> rows = loadCorpus();
    QByteArray input;
    for (const Row& r : rows) {
        const QJsonObject o{{QStringLiteral("id"), r.id},
                            {QStringLiteral("sentence"), r.sentence},
                            {QStringLiteral("term"), r.term}};
        input += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    QProcess p;
    p.start(QStringLiteral(WCW_CLI_PATH), {QStringLiteral("negation"), QStringLiteral("--jsonl")});
    QVERIFY(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), rows.size());
    const wcw::NoteReader reader;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), rows[i].id);
        QCOMPARE(o.value(QStringLiteral("negated")).toBool(),
                 reader.contextOf(rows[i].sentence, rows[i].term).negated);
    }
}

void TestNegationCorpus::cliRejectsBadLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"id":"1","sentence":"No fever.","term":"fever"})"
                            "\n";
    QTest::newRow("broken json") << good + "{\"id\":\"2\",\n"
                                 << "stdin line 2: column";
    QTest::newRow("missing term") << good + good + R"({"id":"3","sentence":"x"})"
                                  << "stdin line 3: field \"term\"";
    QTest::newRow("id not scalar") << QByteArray(R"({"id":[1],"sentence":"x","term":"x"})")
                                   << "stdin line 1: field \"id\"";
    QTest::newRow("not an object") << QByteArray("[1,2]\n") << "stdin line 1: expected a JSON object";
}

void TestNegationCorpus::cliRejectsBadLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(WCW_CLI_PATH), {QStringLiteral("negation"), QStringLiteral("--jsonl")});
    QVERIFY(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestNegationCorpus)
#include "test_negation_corpus.moc"
