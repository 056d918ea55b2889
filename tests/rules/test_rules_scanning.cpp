// The fast scanners of the rules core must find exactly what the plain searches they replace
// find: CueList (one pass, first-character index) against a search per phrase, MentionScanner
// (pattern tried only where a match can start) against QRegularExpression::globalMatch.
// Edge cases: word boundaries, mentions at the start and end of a note, upper case,
// punctuation, non-ASCII letters and invalid UTF-16.
#include "rules/ChartReading.h"
#include "rules/ChartSections.h"
#include "rules/ChartWords.h"
#include "rules/CueList.h"
#include "rules/Lexicon.h"
#include "rules/MentionScanner.h"
#include "rules/TextWords.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace wcw::rules;

namespace {

// The search CueList replaced: each phrase by QStringView::indexOf, case-insensitive.
bool boundaryOk(QStringView text, qsizetype start, qsizetype end)
{
    const auto word = [](QChar c) { return c.isLetterOrNumber(); };
    if (word(text.at(start)) && start > 0 && word(text.at(start - 1)))
        return false;
    return !(word(text.at(end - 1)) && end < text.size() && word(text.at(end)));
}

std::pair<qsizetype, qsizetype> plainFirst(const QStringList& phrases, QStringView text, qsizetype from)
{
    qsizetype best = -1, bestEnd = -1;
    for (const QString& p : phrases) {
        for (qsizetype at = text.indexOf(p, from, Qt::CaseInsensitive); at >= 0 && (best < 0 || at < best);
             at = text.indexOf(p, at + 1, Qt::CaseInsensitive)) {
            if (boundaryOk(text, at, at + p.size())) {
                best = at;
                bestEnd = at + p.size();
                break;
            }
        }
    }
    return {best, bestEnd};
}

qsizetype plainLastEnd(const QStringList& phrases, QStringView text)
{
    qsizetype best = -1;
    for (const QString& p : phrases) {
        for (qsizetype at = text.indexOf(p, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(p, at + 1, Qt::CaseInsensitive)) {
            if (boundaryOk(text, at, at + p.size()))
                best = std::max(best, at + p.size());
        }
    }
    return best;
}

QList<PatternMatch> plainScan(const QRegularExpression& re, const QString& text)
{
    QList<PatternMatch> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.lastCapturedIndex(), int(m.capturedStart(0)), int(m.capturedEnd(0))});
    }
    return out;
}

QString describe(const QList<PatternMatch>& ms, const QString& text)
{
    QStringList parts;
    for (const PatternMatch& m : ms)
        parts.append(
            QStringLiteral("%1@%2:%3").arg(m.group).arg(m.start).arg(text.mid(m.start, m.end - m.start)));
    return parts.join(QStringLiteral(", "));
}

// Every note of the shared and our own cases, plus every sentence with its case variants.
QStringList corpus()
{
    QStringList files{QStringLiteral(WCW_SHARED_DIR "/cases/weakness-cases.jsonl")};
    const QDir own(QStringLiteral(WCW_TEST_DATA_DIR "/rules"));
    for (const QString& f : own.entryList({QStringLiteral("*.jsonl")}, QDir::Files))
        files.append(own.filePath(f));
    QStringList notes;
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            const QString note = o.value(QStringLiteral("note")).toString();
            if (note.isEmpty())
                continue;
            notes << note << note.toUpper() << note.toLower();
        }
    }
    return notes;
}

const QStringList kNegation{QStringLiteral("denies"),  QStringLiteral("no"),
                            QStringLiteral("neg for"), QStringLiteral("w/o"),
                            QStringLiteral("?"),       QStringLiteral("r/o"),
                            QStringLiteral("not"),     QStringLiteral("negative for")};

} // namespace

class TestRulesScanning : public QObject
{
    Q_OBJECT
private slots:
    void cueFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("start"); // -1: none
        QTest::addColumn<int>("end");
        QTest::newRow("at start") << QStringLiteral("No weakness") << 0 << 0 << 2;
        QTest::newRow("at end") << QStringLiteral("weakness? no") << 0 << 8 << 9;
        QTest::newRow("upper case") << QStringLiteral("Pt DENIES weakness") << 0 << 3 << 9;
        QTest::newRow("inside a word") << QStringLiteral("I know nothing") << 0 << -1 << -1;
        QTest::newRow("punctuation around") << QStringLiteral("ROS:(neg for) fever") << 0 << 5 << 12;
        QTest::newRow("slash phrase") << QStringLiteral("weakness, r/o MG") << 0 << 10 << 13;
        QTest::newRow("longer phrase listed later") << QStringLiteral("negative for x") << 0 << 0 << 12;
        QTest::newRow("first listed wins at one offset") << QStringLiteral("not") << 0 << 0 << 3;
        QTest::newRow("from skips") << QStringLiteral("no weakness, no fever") << 1 << 13 << 15;
        QTest::newRow("non-ASCII letter after") << QStringLiteral("noé weakness") << 0 << -1 << -1;
        QTest::newRow("non-ASCII letter before") << QStringLiteral("éno weakness") << 0 << -1 << -1;
        QTest::newRow("non-ASCII punctuation") << QStringLiteral("\u2014no\u2014 weakness") << 0 << 1 << 3;
        QTest::newRow("question mark inside word run") << QStringLiteral("weak?ness") << 0 << 4 << 5;
        QTest::newRow("empty") << QString() << 0 << -1 << -1;
    }
    void cueFirst()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, start);
        QFETCH(int, end);
        const CueList cues(kNegation);
        qsizetype gotEnd = -2;
        QCOMPARE(cues.firstStart(text, from, &gotEnd), qsizetype(start));
        QCOMPARE(gotEnd, qsizetype(end));
        const auto plain = plainFirst(kNegation, text, from);
        QCOMPARE(plain.first, qsizetype(start));
        QCOMPARE(plain.second, qsizetype(end));
    }

    void cueLastEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("end");
        QTest::newRow("none") << QStringLiteral("weakness and fatigue") << -1;
        QTest::newRow("last of several") << QStringLiteral("no fever, denies chills, ") << 16;
        QTest::newRow("longest at one start") << QStringLiteral("x negative for ") << 14;
        QTest::newRow("at the very end") << QStringLiteral("weakness NO") << 11;
        QTest::newRow("inside words only") << QStringLiteral("knot anno deniesx") << -1;
    }
    void cueLastEnd()
    {
        QFETCH(QString, text);
        QFETCH(int, end);
        const CueList cues(kNegation);
        QCOMPARE(cues.lastEnd(text), qsizetype(end));
        QCOMPARE(plainLastEnd(kNegation, text), qsizetype(end));
    }

    // Every cue list of the lexicon, on every clause prefix of every corpus note.
    void cueListsMatchPlainSearch()
    {
        const QStringList notes = corpus();
        QVERIFY(notes.size() > 60);
        QFile f(QStringLiteral(":/rules/lexicon.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (const char* key : {"negationBefore", "negationAfter", "negationBreak", "uncertainBefore",
                                "uncertainAfter", "historicalBefore"}) {
            QStringList phrases;
            for (const QJsonValue& v : root.value(QLatin1String(key)).toArray())
                phrases.append(v.toString());
            const CueList cues(phrases);
            for (const QString& note : notes) {
                for (qsizetype from = 0; from < note.size(); from += 37) {
                    qsizetype end = -2;
                    const qsizetype start = cues.firstStart(note, from, &end);
                    const auto plain = plainFirst(phrases, note, from);
                    QCOMPARE(start, plain.first);
                    QCOMPARE(end, plain.second);
                    const QStringView prefix = QStringView(note).left(from);
                    QCOMPARE(cues.lastEnd(prefix), plainLastEnd(phrases, prefix));
                }
            }
        }
    }

    void mentionScan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count"); // matches expected (also compared with globalMatch)
        QTest::newRow("at start") << QStringLiteral("Weakness of both legs") << 1;
        QTest::newRow("at end") << QStringLiteral("pt reports weakness") << 1;
        QTest::newRow("whole note") << QStringLiteral("weak") << 1;
        QTest::newRow("upper case") << QStringLiteral("GENERALIZED WEAKNESS. FATIGUE.") << 2;
        QTest::newRow("punctuation") << QStringLiteral("(weakness),fatigue;malaise.") << 3;
        QTest::newRow("inside a word") << QStringLiteral("tweak overweakness unfatigued") << 0;
        QTest::newRow("underscore joins words") << QStringLiteral("x_weakness") << 0;
        QTest::newRow("digit grade") << QStringLiteral("LUE 4-/5, RUE 5/5") << 2;
        QTest::newRow("grade after slash") << QStringLiteral("10/4/5") << 0;
        QTest::newRow("case-sensitive abbreviation") << QStringLiteral("MG and mg and MS and ms") << 2;
        QTest::newRow("one-letter side") << QStringLiteral("L-sided weakness, R MCA infarct") << 3;
        QTest::newRow("non-ASCII before") << QStringLiteral("éweakness \u00e9 weakness") << 2;
        QTest::newRow("non-ASCII inside") << QStringLiteral("guillain-barr\u00e9 syndrome") << 1;
        QTest::newRow("kelvin sign folds to k") << QStringLiteral("wea\u212Aness") << 1;
        QTest::newRow("lone surrogate")
            << QStringLiteral("weakness ") + QChar(0xd800) + QStringLiteral(" fatigue")
            << 0; // PCRE refuses invalid UTF-16: no match at all
        QTest::newRow("two-letter end") << QStringLiteral("fatigue, MS") << 2;
        // Past the three-character tables the scanner remembers deeper prefixes: the same word
        // start must be judged alike each time, whether it fails late or matches.
        QTest::newRow("deeper prefixes, repeated")
            << QStringLiteral(
                   "generalizing generalized weakness; generalizing generalized weakness. weakly weaker")
            << 3;
        QTest::newRow("note ends inside a term") << QStringLiteral("c/o generalized weakn") << 0;
        QTest::newRow("empty") << QString() << 0;
    }
    void mentionScan()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        const Lexicon& lex = Lexicon::instance();
        QVERIFY2(lex.loadError.isEmpty(), qPrintable(lex.loadError));
        const QList<PatternMatch> fast = lex.mentionsIn(text);
        const QList<PatternMatch> plain = plainScan(lex.mentionPattern(), text);
        QCOMPARE(describe(fast, text), describe(plain, text));
        QCOMPARE(fast.size(), count);
    }

    // The whole corpus: identical matches, and the prefilter never refuses a real match start.
    void mentionScanMatchesGlobalMatch()
    {
        const Lexicon& lex = Lexicon::instance();
        const QStringList notes = corpus();
        QVERIFY(notes.size() > 60);
        int total = 0;
        for (const QString& note : notes) {
            const QList<PatternMatch> plain = plainScan(lex.mentionPattern(), note);
            QCOMPARE(describe(lex.mentionsIn(note), note), describe(plain, note));
            total += int(plain.size());
        }
        QVERIFY(total > 200);
    }

    // Inline statements ("Referral dx:") are found from the colons backwards; the starts must be
    // the ones the regex finds, on every case note and on the edge cases below.
    void phraseColonStarts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("PT eval. Referral dx: weakness");
        QTest::newRow("spaces and tab before colon") << QStringLiteral("x. Dx \t : a; imp:b");
        QTest::newRow("word before phrase") << QStringLiteral("preferral dx: a. xdx: b. undx: c");
        QTest::newRow("whole text") << QStringLiteral("dx:");
        QTest::newRow("colon first") << QStringLiteral(":dx:");
        QTest::newRow("upper case") << QStringLiteral("DISCHARGE DX: A. ASSESSMENT:B");
        QTest::newRow("no colon") << QStringLiteral("dx weakness, imp none");
        QTest::newRow("two colons") << QStringLiteral("dx:: imp::");
        QTest::newRow("underscore and digit") << QStringLiteral("_dx: 1dx: a dx:");
        QTest::newRow("newline before colon") << QStringLiteral("dx\n: a");
        QTest::newRow("phrase inside phrase") << QStringLiteral("referral discharge dx: a");
    }
    void phraseColonStarts()
    {
        QFETCH(QString, text);
        const QStringList words{QStringLiteral("referral dx"), QStringLiteral("discharge dx"),
                                QStringLiteral("dx"), QStringLiteral("imp"), QStringLiteral("assessment")};
        const QRegularExpression re(QStringLiteral("\\b(?:") + words.join(u'|') + QStringLiteral(")[ \\t]*:"),
                                    QRegularExpression::CaseInsensitiveOption);
        QStringList texts{text};
        texts += corpus();
        for (const QString& t : std::as_const(texts)) {
            QList<int> starts;
            QList<int> expected;
            for (const PatternMatch& m : plainScan(re, t))
                expected.append(m.start);
            // Only ASCII text is given the plain comparison (readSections keeps the regex otherwise).
            if (textKind(t) != TextKind::Ascii) {
                QVERIFY(std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.unicode() >= 0x80; }));
                continue;
            }
            wcw::rules::phraseColonStartsAscii(t, words, &starts);
            QCOMPARE(starts, expected);
        }
        QVERIFY(textKind(QStringLiteral("Dx: fatigue \u017F")) != TextKind::Ascii);
    }

    // Header lines are looked for at line starts only; the section in force at a marker word.
    void sections_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("marker"); // the section of its first occurrence is checked
        QTest::addColumn<QString>("section");
        QTest::newRow("first line") << QStringLiteral("HPI: tired\nA/P: weak") << QStringLiteral("tired")
                                    << QStringLiteral("hpi");
        QTest::newRow("later line") << QStringLiteral("HPI: tired\nA/P: weak") << QStringLiteral("weak")
                                    << QStringLiteral("assessment");
        QTest::newRow("indented") << QStringLiteral("x\n \tROS : neg") << QStringLiteral("neg")
                                  << QStringLiteral("ros");
        QTest::newRow("CRLF") << QStringLiteral("CC: a\r\nExam: b\r\n") << QStringLiteral("b")
                              << QStringLiteral("exam");
        QTest::newRow("not at line start")
            << QStringLiteral("CC: a; Exam: b") << QStringLiteral("b") << QStringLiteral("cc");
        QTest::newRow("lower case") << QStringLiteral("pmh: htn\nplan: rtc") << QStringLiteral("htn")
                                    << QStringLiteral("history");
        QTest::newRow("inline statement") << QStringLiteral("PT eval. Referral dx: weakness\nplan: x")
                                          << QStringLiteral("weakness") << QStringLiteral("assessment");
        QTest::newRow("inline ends with line")
            << QStringLiteral("CC: a. Dx: b\nc") << QStringLiteral("c") << QStringLiteral("cc");
        QTest::newRow("header at end")
            << QStringLiteral("weak\nA/P:") << QStringLiteral("weak") << QStringLiteral("unknown");
        QTest::newRow("header word inside a word")
            << QStringLiteral("CC: a\nSPE: b") << QStringLiteral("b") << QStringLiteral("cc");
    }
    // Header lines of ASCII notes are found by comparing words at line starts; they must be the
    // ones the pattern finds (also where PCRE's idea of a line start matters: CR, VT, FF).
    void headerLinesMatchPattern()
    {
        QStringList notes = corpus();
        notes << QStringLiteral("CC: a\rExam: b\vROS: c\fPE: d\n  A/P: e\nA / P: f\nA&P:g")
              << QStringLiteral(
                     "Assessment and Plan :x\nASSESSMENT/PLAN\t:y\nassessment:\nImpression: z\nimp:")
              << QStringLiteral(
                     "Discharge Diagnoses: a\ndischarge diagnosis: b\nDischarge dx:c\nReferral Dx : d")
              << QStringLiteral("S:\nO:\nA:\nP:\nPMH:\nPSH:\nPast medical history:\nAddendum:\nDX:")
              << QStringLiteral("\n\nROS\n:x\nros\nplan:\n\t \tchief complaint:  \nreview of systems:")
              << QStringLiteral("ROS") << QStringLiteral("ROS:") << QStringLiteral(":") << QString();
        for (const QString& note : std::as_const(notes)) {
            QList<QPair<int, wcw::NoteSection>> expected;
            auto it = headerLinePattern().globalMatch(note);
            while (it.hasNext()) {
                const auto m = it.next();
                expected.append({int(m.capturedStart(0)), headerSection(m.capturedView(1))});
            }
            QCOMPARE(headerLines(note, textKind(note)), expected);
        }
    }

    // The word lists the chart reading asks of notes and spans must answer as the regexes they
    // replaced did (kept here as the reference), on every case note, on windows of it, and on
    // edge cases of word boundaries and case.
    void chartWordsMatchTheirRegexes()
    {
        const QList<QPair<const LiteralPattern*, QString>> lists{
            {&leftSideWords(), QStringLiteral("\\b(?:L|left|LUE|LLE)\\b")},
            {&rightSideWords(), QStringLiteral("\\b(?:R|right|RUE|RLE)\\b")},
            {&bothSidesWords(), QStringLiteral("bilat|bilateral|\\bboth\\b|symmetric|all (?:4|four)|\\bx "
                                               "?4\\b|throughout|all extremities")},
            {&lowerLimbWords(), QStringLiteral("leg|lower|LE\\b")},
            {&normalStateWords(), QStringLiteral("\\b(?:normal|expected|physiologic(?:al)?)\\b")},
            {&unrelatedWords(),
             QStringLiteral(
                 "\\bunrelated\\b|not related to|independent of|separate (?:problem|condition|issue)")},
            {&sequelaWords(),
             QStringLiteral("residual|sequela|following|\\bold\\b|post[- ]stroke|\\bh/o\\b|history of")},
        };
        QStringList texts = corpus();
        texts << QStringLiteral("L") << QStringLiteral("l.") << QStringLiteral("L_arm")
              << QStringLiteral("LUE2") << QStringLiteral("RLE, right") << QStringLiteral("x4")
              << QStringLiteral("x 4 ext") << QStringLiteral("2x4") << QStringLiteral("ax 4")
              << QStringLiteral("BILATERALLY") << QStringLiteral("Both") << QStringLiteral("both_")
              << QStringLiteral("ALL FOUR") << QStringLiteral("all  4") << QStringLiteral("legs")
              << QStringLiteral("LE") << QStringLiteral("LEs") << QStringLiteral("RLE.")
              << QStringLiteral("abnormal") << QStringLiteral("Physiological")
              << QStringLiteral("physiologically") << QStringLiteral("unexpected,") << QStringLiteral("bold")
              << QStringLiteral("OLD") << QStringLiteral("old1") << QStringLiteral("h/o")
              << QStringLiteral("hh/o") << QStringLiteral("h/oo") << QStringLiteral("POST-STROKE")
              << QStringLiteral("post  stroke") << QStringLiteral("residuals")
              << QStringLiteral("prehistory of") << QString() << QStringLiteral("Unrelated.")
              << QStringLiteral("unrelatedly") << QStringLiteral("interrelated")
              << QStringLiteral("NOT RELATED TO") << QStringLiteral("separate  issue")
              << QStringLiteral("Separate Condition") << QStringLiteral("left \u00e9")
              << QStringLiteral("\u00e9left") << QStringLiteral("le\u017Ft");
        int found = 0;
        for (const auto& [words, regex] : lists) {
            const QRegularExpression reference(regex, QRegularExpression::CaseInsensitiveOption);
            for (const QString& text : std::as_const(texts)) {
                // the whole text, and windows of it (how the side words are asked)
                for (qsizetype from = 0; from <= text.size();
                     from += std::max<qsizetype>(1, text.size() / 7)) {
                    const QStringView w = QStringView(text).mid(from, 40);
                    const bool expected = reference.match(w).hasMatch();
                    QVERIFY2(words->occursIn(w, textKind(w)) == expected,
                             qPrintable(regex + QStringLiteral(" on \"") + w.toString() + u'"'));
                    found += expected;
                }
            }
        }
        QVERIFY(found > 100);
    }

    void sections()
    {
        QFETCH(QString, note);
        QFETCH(QString, marker);
        QFETCH(QString, section);
        const ChartReading chart(note);
        QCOMPARE(wcw::noteSectionId(chart.sectionAt(int(note.indexOf(marker)))), section);
    }

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

    // A pattern the prefilter cannot judge (a lookbehind that must hold) is tried everywhere.
    void unfilterablePatternFallsBack()
    {
        const QRegularExpression re(QStringLiteral("\\b(?:(?<=x)(weak))"),
                                    QRegularExpression::CaseInsensitiveOption);
        const MentionScanner scanner(re);
        QVERIFY(scanner.mayStartAt(u"xweak", 1));
        const QString text = QStringLiteral("a weak x-weak");
        QCOMPARE(describe(scanner.scan(text), text), describe(plainScan(re, text), text));
    }

    // An alternative that starts with punctuation right after a word ("x?") is still found.
    void punctuationStartAfterWord()
    {
        const QRegularExpression re(QStringLiteral("\\b(?:(\\?\\?)|(weak))"),
                                    QRegularExpression::CaseInsensitiveOption);
        const MentionScanner scanner(re);
        const QString text = QStringLiteral("weak?? ?? weak");
        QCOMPARE(describe(scanner.scan(text), text), describe(plainScan(re, text), text));
        QCOMPARE(scanner.scan(text).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRulesScanning)
#include "test_rules_scanning.moc"
