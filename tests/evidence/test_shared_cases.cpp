// Every note of ../shared/cases/weakness-cases.jsonl, read by the note reader, with the facts the
// expected findings depend on (see each case's rationale). Facts are written in a small language:
//   +KIND[@SECTION]   an affirmed mention of KIND (in SECTION)
//   -KIND             KIND is mentioned, never affirmed
//   h:KIND, n:KIND    a historical / negated mention of KIND
//   reduced / !reduced  a strength grade below 5/5 exists / does not
//   dx:C dx?:C dx-:C [@SECTION]  diagnosis concept C affirmed / uncertain / negated
//   cause:KIND>C      a non-temporal causal link from a KIND mention to concept C
//   attr:KIND.NAME=VALUE  an affirmed KIND mention (assessment first) has that attribute
//   hand:V, stroke, unknown-etiology, progress, reeval, !changed (readProgression)
#include "note/NoteReader.h"
#include "work/Progression.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wcw;

namespace {

QMap<QString, QString> loadNotes()
{
    QMap<QString, QString> notes;
    QFile f(QStringLiteral(WCW_SHARED_DIR "/cases/weakness-cases.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (!o.isEmpty())
            notes.insert(o.value(QStringLiteral("encounter_id")).toString(),
                         o.value(QStringLiteral("note")).toString());
    }
    return notes;
}

bool inSection(NoteSection s, const QString& want)
{
    return want.isEmpty() || noteSectionId(s) == want;
}

// Splits "KIND@SECTION".
std::pair<QString, QString> splitAt(const QString& s)
{
    const qsizetype at = s.indexOf(u'@');
    return at < 0 ? std::pair{s, QString()} : std::pair{s.left(at), s.mid(at + 1)};
}

bool hasMention(const NoteEvidence& e, const QString& kindAt, bool (*pred)(const Mention&))
{
    const auto [kind, section] = splitAt(kindAt);
    return std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
        return m.kind == kind && inSection(m.section, section) && pred(m);
    });
}

bool hasDiagnosis(const NoteEvidence& e, const QString& conceptAt, bool (*pred)(const Mention&))
{
    const auto [conceptId, section] = splitAt(conceptAt);
    return std::any_of(e.diagnoses.begin(), e.diagnoses.end(), [&](const Mention& d) {
        return d.kind == conceptId && inSection(d.section, section) && pred(d);
    });
}

bool reducedGrade(const NoteEvidence& e)
{
    return std::any_of(e.mentions.begin(), e.mentions.end(), [](const Mention& m) {
        return m.kind == u"strength-grade" && m.attribute(QStringLiteral("reduced")) == u"true" && !m.negated;
    });
}

bool attributeHolds(const NoteEvidence& e, const QString& spec)
{
    const qsizetype dot = spec.indexOf(u'.'), eq = spec.indexOf(u'=');
    const QString kind = spec.left(dot), name = spec.mid(dot + 1, eq - dot - 1), value = spec.mid(eq + 1);
    for (const Mention* m : e.ranked(kind)) {
        if (m->affirmed() && m->attribute(name) == value)
            return true;
    }
    return false;
}

bool causeHolds(const NoteEvidence& e, const QString& spec)
{
    const QStringList parts = spec.split(u'>');
    return std::any_of(e.causes.begin(), e.causes.end(), [&](const CausalLink& c) {
        return !c.temporal && e.mentions[c.mention].kind == parts[0] && c.concepts.contains(parts[1]);
    });
}

bool factHolds(const QString& note, const NoteEvidence& e, const QString& fact)
{
    if (fact.startsWith(u'+'))
        return hasMention(e, fact.mid(1), [](const Mention& m) { return m.affirmed(); });
    if (fact.startsWith(u'-'))
        return hasMention(e, fact.mid(1), [](const Mention&) { return true; }) &&
               !hasMention(e, fact.mid(1), [](const Mention& m) { return !m.negated; });
    if (fact.startsWith(QStringLiteral("n:")))
        return hasMention(e, fact.mid(2), [](const Mention& m) { return m.negated; });
    if (fact.startsWith(QStringLiteral("h:")))
        return hasMention(e, fact.mid(2), [](const Mention& m) { return m.historical; });
    if (fact == u"reduced")
        return reducedGrade(e);
    if (fact == u"!reduced")
        return !reducedGrade(e);
    if (fact.startsWith(QStringLiteral("dx:")))
        return hasDiagnosis(e, fact.mid(3), [](const Mention& d) { return d.affirmed(); });
    if (fact.startsWith(QStringLiteral("dx?:")))
        return hasDiagnosis(e, fact.mid(4), [](const Mention& d) { return d.uncertain && !d.negated; });
    if (fact.startsWith(QStringLiteral("dx-:")))
        return hasDiagnosis(e, fact.mid(4), [](const Mention& d) { return d.negated; });
    if (fact.startsWith(QStringLiteral("cause:")))
        return causeHolds(e, fact.mid(6));
    if (fact.startsWith(QStringLiteral("attr:")))
        return attributeHolds(e, fact.mid(5));
    if (fact.startsWith(QStringLiteral("hand:")))
        return e.handedness == fact.mid(5);
    if (fact == u"stroke")
        return e.strokeHistory();
    if (fact == u"unknown-etiology")
        return !e.etiologyUnknown.isEmpty();
    if (fact == u"progress")
        return readProgression(note).progression;
    if (fact == u"reeval")
        return readProgression(note).reevaluation;
    if (fact == u"!changed")
        return !readProgression(note).any();
    qFatal("unknown fact %s", qPrintable(fact));
    return false;
}

} // namespace

class TestSharedCases : public QObject
{
    Q_OBJECT
private slots:
    void facts_data();
    void facts();
    void everyNoteReadsCleanly();
};

void TestSharedCases::facts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("facts");
    const char* rows[][2] = {
        {"PUB-001", "+weakness@assessment attr:weakness.extent=generalized !reduced unknown-etiology reeval"},
        {"PUB-002",
         "+muscle-weakness@assessment reduced attr:muscle-weakness.symmetry=symmetric +weakness@hpi"},
        {"PUB-003", "+weakness@assessment -muscle-weakness !reduced -fatigue"},
        {"PUB-004", "-weakness +fatigue@assessment +fatigue@unknown"},
        {"PUB-005", "+malaise@assessment +malaise@cc -fatigue -weakness dx?:viral-illness"},
        {"PUB-006", "+muscle-weakness@assessment reduced attr:weakness.progression=progressive"},
        {"PUB-007", "-weakness -fatigue dx:hypertension@assessment"},
        {"PUB-008", "+fatigue@assessment cause:fatigue>cancer dx:cancer@assessment"},
        {"PUB-009", "+weakness !reduced !changed"},
        {"PUB-010", "+weakness@assessment progress reeval unknown-etiology"},
        {"PUB-011", "dx:myasthenia-gravis@assessment +weakness progress"},
        {"PUB-012",
         "+hemiparesis@assessment attr:hemiparesis.laterality=left stroke hand:not-documented reduced"},
        {"PUB-013",
         "+facial-droop@assessment attr:facial-droop.laterality=left n:weakness attr:weakness.location=face "
         "dx?:bells-palsy"},
        {"PUB-014", "+weakness@assessment attr:weakness.extent=generalized attr:strength-grade.location=hand "
                    "attr:strength-grade.laterality=right"},
        {"PUB-015", "+muscle-weakness@assessment +falls +fall-risk reduced"},
        {"PUB-016",
         "+functional-quadriplegia@assessment dx:dementia@assessment cause:functional-quadriplegia>dementia"},
        {"PUB-017", "+weakness@assessment !reduced"},
        {"PUB-018", "+fatigue cause:fatigue>multiple-sclerosis dx:multiple-sclerosis@assessment"},
        {"PUB-019", "+exertion@assessment attr:fatigue.exertional=true attr:exertion.exertion-level=normal "
                    "dx-:rhabdomyolysis@assessment !reduced"},
        {"PUB-020", "dx?:multiple-sclerosis@assessment +weakness@assessment +fatigue@assessment"},
        {"PUB-021", "cause:weakness>hypokalemia dx:hypokalemia@assessment +weakness@assessment"},
        {"PUB-022", "+sarcopenia@assessment +muscle-weakness@assessment cause:muscle-weakness>sarcopenia"},
        {"PUB-023", "+weakness@assessment +weakness@hpi -weakness@ros"},
        {"PUB-024", "+weakness@assessment +fatigue@assessment +weakness@cc +fatigue@cc"},
        {"PUB-025", "+frailty@assessment -falls unknown-etiology"},
        {"PUB-026", "cause:weakness>hypokalemia cause:weakness>hypomagnesemia dx:hypokalemia@assessment"},
        {"PUB-027", "hand:left +hemiparesis@assessment attr:hemiparesis.laterality=right stroke reduced"},
        {"PUB-028", "+icu-weakness@assessment reduced"},
        {"PUB-029", "dx-:guillain-barre@assessment dx?:guillain-barre +weakness@assessment unknown-etiology"},
        {"PUB-030", "+muscle-weakness@assessment +unsteadiness@assessment h:falls +falls reduced"},
    };
    for (const auto& row : rows)
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1]);
}

void TestSharedCases::facts()
{
    static const QMap<QString, QString> notes = loadNotes();
    QFETCH(QString, id);
    QFETCH(QString, facts);
    QVERIFY2(notes.contains(id), qPrintable(id));
    const QString note = notes.value(id);
    const NoteEvidence e = NoteReader().read(note);
    for (const QString& fact : facts.split(u' ', Qt::SkipEmptyParts))
        QVERIFY2(factHolds(note, e, fact), qPrintable(id + QStringLiteral(": ") + fact));
}

void TestSharedCases::everyNoteReadsCleanly()
{
    const QMap<QString, QString> notes = loadNotes();
    QCOMPARE(notes.size(), 30);
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        const NoteEvidence e = NoteReader().read(it.value());
        QVERIFY2(!e.mentions.isEmpty(), qPrintable(it.key()));
        for (const Mention& m : e.mentions + e.diagnoses)
            QCOMPARE(m.span.quote, it.value().mid(m.span.start, m.span.end - m.span.start));
        for (const Cue& c : e.cues)
            QCOMPARE(c.span.quote, it.value().mid(c.span.start, c.span.end - c.span.start));
    }
}

QTEST_GUILESS_MAIN(TestSharedCases)
#include "test_shared_cases.moc"
