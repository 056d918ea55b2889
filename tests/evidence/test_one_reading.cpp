// One reading of the note: the findings, the highlights and `wcw-cli negation` agree. Over every
// public case (../shared/cases), each span a finding cites is the span of a mention (or diagnosis)
// the note reader found, with the same negated/uncertain status the highlighter shows; the
// NoteFacts the rules and the tree read carry the reader's own mentions; and the negation answer
// for a mention's sentence and words is that mention's status.
#include "ReferenceFixture.h"
#include "domain/Encounter.h"
#include "interchange/EncounterJson.h"
#include "note/NoteFacts.h"
#include "note/NoteReader.h"
#include "reference/ReferenceDb.h"
#include "rules/RulesEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace wcw;

namespace {

QList<QJsonObject> publicCases()
{
    QList<QJsonObject> out;
    QFile f(QStringLiteral(WCW_SHARED_DIR "/cases/weakness-cases.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (!o.isEmpty())
            out.append(o);
    }
    return out;
}

// The reader's mention (or diagnosis) with exactly this span, or nullptr.
const Mention* mentionAt(const NoteEvidence& e, const EvidenceSpan& span)
{
    for (const QList<Mention>* list : {&e.mentions, &e.diagnoses}) {
        for (const Mention& m : *list) {
            if (m.span.start == span.start && m.span.end == span.end)
                return &m;
        }
    }
    return nullptr;
}

} // namespace

class TestOneReading : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<db::ReferenceDb> m_db;
    QString m_skip;

private slots:
    void initTestCase()
    {
        QVERIFY2(RulesEngine::resourceError().isEmpty(), qPrintable(RulesEngine::resourceError()));
        const test::ReferenceFixture ref = test::fullReferenceDb();
        if (!ref.ok()) {
            m_skip = ref.skipReason;
            return;
        }
        m_db = std::make_unique<db::ReferenceDb>(ref.path);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    // Every mention the facts read is one the highlighter shows, flags unchanged.
    void factsUseTheReadersMentions()
    {
        int checked = 0;
        for (const QJsonObject& o : publicCases()) {
            const QString note = o.value(QStringLiteral("note")).toString();
            const NoteEvidence shown = NoteReader().read(note);
            const NoteFacts facts(note);
            for (const Mention& m : facts.mentions()) {
                const Mention* r = mentionAt(shown, m.span);
                QVERIFY2(r, qPrintable(o.value(QStringLiteral("encounter_id")).toString() + u' ' + m.span.quote));
                QCOMPARE(m.negated, r->negated);
                QCOMPARE(m.uncertain, r->uncertain);
                QCOMPARE(m.historical, r->historical);
                QCOMPARE(m.section, r->section);
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    // Every span a finding cites is a highlighted mention's span; a finding about a present
    // symptom never cites a mention the highlighter shows as negated unless it says so.
    void findingsCiteHighlightedSpans()
    {
        if (!m_db)
            QSKIP(qPrintable(m_skip));
        int cited = 0, negated = 0;
        for (const QJsonObject& o : publicCases()) {
            Encounter e;
            JsonError error;
            QVERIFY2(encounterFromJson(o, &e, &error), qPrintable(error.toString()));
            const NoteEvidence shown = NoteReader().read(e.note);
            for (const Finding& f : RulesEngine(*m_db).check(e)) {
                for (const EvidenceSpan& span : f.evidence) {
                    const Mention* m = mentionAt(shown, span);
                    QVERIFY2(m, qPrintable(e.encounterId + u' ' + f.rule + QStringLiteral(" cites \"") + span.quote +
                                           QStringLiteral("\", which the reader does not show")));
                    QCOMPARE(span.quote, m->span.quote);
                    negated += m->negated ? 1 : 0;
                    ++cited;
                }
            }
        }
        QVERIFY(cited > 20);
        QVERIFY(negated > 0); // e.g. "Denies weakness" cited against R53.1 for a fatigue note
    }

    // `wcw-cli negation` answers with NoteReader::contextOf: for each mention's sentence and
    // words it gives that mention's negated/uncertain status.
    void negationAnswersFromTheSameMentions()
    {
        const NoteReader reader;
        int asked = 0;
        for (const QJsonObject& o : publicCases()) {
            const QString note = o.value(QStringLiteral("note")).toString();
            const NoteEvidence e = reader.read(note);
            for (const Mention& m : e.mentions) {
                if (m.kind == u"strength-grade")
                    continue;
                // The mention's line as a negation corpus would give it.
                const int from = int(note.lastIndexOf(u'\n', m.span.start)) + 1;
                int to = int(note.indexOf(u'\n', m.span.end));
                to = to < 0 ? int(note.size()) : to;
                const QString line = note.mid(from, to - from);
                // Only lines where the term is written once: contextOf takes the first occurrence.
                if (line.indexOf(m.span.quote, 0, Qt::CaseInsensitive) != m.span.start - from ||
                    line.indexOf(m.span.quote, m.span.start - from + 1, Qt::CaseInsensitive) >= 0)
                    continue;
                const NoteEvidence lineReading = reader.read(line);
                const Mention* lm = mentionAt(lineReading, {m.span.quote, m.span.start - from, m.span.end - from});
                if (!lm)
                    continue; // a line read alone loses its section header
                const NoteReader::TermContext c = reader.contextOf(line, m.span.quote);
                QVERIFY(c.found);
                QVERIFY2(c.negated == lm->negated && c.uncertain == lm->uncertain,
                         qPrintable(o.value(QStringLiteral("encounter_id")).toString() + u' ' + m.span.quote +
                                    QStringLiteral(" in \"") + line + u'"'));
                ++asked;
            }
        }
        QVERIFY(asked > 50);
    }
};

QTEST_GUILESS_MAIN(TestOneReading)
#include "test_one_reading.moc"
