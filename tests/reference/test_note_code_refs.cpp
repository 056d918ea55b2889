// How the codes a tabular note points to are read out of its text.
#include "reference/NoteCodeRefs.h"

#include <QTest>

using wcw::db::NoteCodeRef;
using wcw::db::parseNoteCodeRefs;

Q_DECLARE_METATYPE(QList<NoteCodeRef>)

namespace {
NoteCodeRef ref(const char* from, const char* to, bool subtree)
{
    return NoteCodeRef{QString::fromLatin1(from), QString::fromLatin1(to), subtree};
}
} // namespace

class TestNoteCodeRefs : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<NoteCodeRef>>("expected");
        QTest::newRow("single code") << "muscle weakness (generalized) (M62.81)"
                                     << QList<NoteCodeRef>{ref("M6281", "M6281", false)};
        QTest::newRow("subtree") << "muscle weakness (M62.8-)"
                                 << QList<NoteCodeRef>{ref("M628", "M628", true)};
        QTest::newRow("category dot dash")
            << "exhaustion due to depressive episode (F32.-)" << QList<NoteCodeRef>{ref("F32", "F32", true)};
        QTest::newRow("range") << "certain conditions originating in the perinatal period (P04-P96)"
                               << QList<NoteCodeRef>{ref("P04", "P96", false)};
        QTest::newRow("two codes") << "signs and symptoms of breast (N63, N64.5)"
                                   << QList<NoteCodeRef>{ref("N63", "N63", false),
                                                         ref("N645", "N645", false)};
        QTest::newRow("subtrees listed")
            << "hemiplegia due to sequela (I69.05-, I69.15-)"
            << QList<NoteCodeRef>{ref("I6905", "I6905", true), ref("I6915", "I6915", true)};
        QTest::newRow("range of subtrees in prose")
            << "classified in subcategories S06.1- to S06.6-, code to specified injury"
            << QList<NoteCodeRef>{ref("S061", "S066", true)};
        QTest::newRow("prose token is not a code") << "vitamin B12 deficiency anemia" << QList<NoteCodeRef>{};
        QTest::newRow("no code") << "certain localized infections - see body system-related chapters"
                                 << QList<NoteCodeRef>{};
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QList<NoteCodeRef>, expected);
        QCOMPARE(parseNoteCodeRefs(text), expected);
    }

    void covers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("header"); // referenced code is a header in the release
        QTest::addColumn<bool>("expected");
        QTest::newRow("subtree child") << "(M62.8-)"
                                       << "M6281" << false << true;
        QTest::newRow("subtree other branch") << "(M62.8-)"
                                              << "M6230" << false << false;
        QTest::newRow("exact only") << "(M62.81)"
                                    << "M62810" << false << false;
        QTest::newRow("bare header covers its codes") << "(F33)"
                                                      << "F331" << true << true;
        QTest::newRow("range inside") << "(P04-P96)"
                                      << "P2900" << false << true;
        QTest::newRow("range end category") << "(P04-P96)"
                                            << "P969" << false << true;
        QTest::newRow("range outside") << "(P04-P96)"
                                       << "P000" << false << false;
    }
    void covers()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(bool, header);
        QFETCH(bool, expected);
        const QList<NoteCodeRef> refs = parseNoteCodeRefs(text);
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().covers(code, header), expected);
    }
};

QTEST_GUILESS_MAIN(TestNoteCodeRefs)
#include "test_note_code_refs.moc"
