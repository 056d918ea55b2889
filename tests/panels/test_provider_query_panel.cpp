// ProviderQueryPanel: composes from a ProviderQuery, keeps the compliant closing options,
// saves (signal), copies, exports a PDF through the FileDialog stand-in, and records the
// provider's answer later. Nothing here may block on a dialog.
#include "PanelFixtures.h"
#include "PanelTestSupport.h"
#include "common/FileDialog.h"
#include "panels/query/ProviderQueryDialog.h"
#include "panels/query/ProviderQueryPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wcw;
using namespace wcw::ui;

namespace {

QStringList optionsShown(const ProviderQueryPanel& panel)
{
    QStringList out;
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("queryOptions"));
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

QueryContext sampleContext()
{
    return QueryContext{QStringLiteral("E1001"), QStringLiteral("P100"),     QStringLiteral("Test Patient"),
                        QDate(2026, 3, 2),       QStringLiteral("Dr. Test"), QStringLiteral("coder1")};
}

} // namespace

class TestProviderQueryPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsQuery();
    void closingOptionsAlwaysLast_data();
    void closingOptionsAlwaysLast();
    void closingOptionsCannotBeRemoved();
    void editsReachSavedQuery();
    void saveNeedsQuestionAndIndicator();
    void copyPutsTextOnClipboard();
    void exportWritesPdf();
    void exportCancelledWritesNothing();
    void recordsAnswer_data();
    void recordsAnswer();
    void dialogClosesOnSave();
    void screenshot();
};

void TestProviderQueryPanel::showsQuery()
{
    ProviderQueryPanel panel;
    panel.setQuery(test::sampleQuery());
    QCOMPARE(panel.findChild<QLineEdit*>(QStringLiteral("queryTopic"))->text(),
             QStringLiteral("Weakness: generalized or muscle weakness"));
    QVERIFY(panel.findChild<QPlainTextEdit*>(QStringLiteral("queryIndicators"))
                ->toPlainText()
                .contains(QStringLiteral("strength 4/5 in proximal muscles")));
    QCOMPARE(optionsShown(panel), test::sampleQuery().options);
    QCOMPARE(panel.query().indicators, test::sampleQuery().indicators);
}

void TestProviderQueryPanel::closingOptionsAlwaysLast_data()
{
    QTest::addColumn<QStringList>("given");
    QTest::newRow("missing both") << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("missing unable") << QStringList{QStringLiteral("A"),
                                                   QStringLiteral("Other (please specify)")};
    QTest::newRow("out of order") << QStringList{QStringLiteral("Unable to determine"), QStringLiteral("A"),
                                                 QStringLiteral("Other (please specify)"),
                                                 QStringLiteral("B")};
}

void TestProviderQueryPanel::closingOptionsAlwaysLast()
{
    QFETCH(QStringList, given);
    ProviderQuery q = test::sampleQuery();
    q.options = given;
    ProviderQueryPanel panel;
    panel.setQuery(q);
    QStringList expected;
    for (const QString& o : given) {
        if (o != ProviderQueryPanel::otherOption() && o != ProviderQueryPanel::unableOption())
            expected.append(o);
    }
    expected << QStringLiteral("Other (please specify)") << QStringLiteral("Unable to determine");
    QCOMPARE(optionsShown(panel), expected);
}

void TestProviderQueryPanel::closingOptionsCannotBeRemoved()
{
    ProviderQueryPanel panel;
    panel.setQuery(test::sampleQuery());
    auto* list = panel.findChild<QListWidget*>(QStringLiteral("queryOptions"));
    auto* remove = [&] {
        for (auto* b : panel.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Remove option"))
                return b;
        return static_cast<QPushButton*>(nullptr);
    }();
    QVERIFY(remove);
    list->setCurrentRow(3);
    remove->click();
    QCOMPARE(list->count(), 4);
    list->setCurrentRow(0);
    remove->click();
    QCOMPARE(optionsShown(panel),
             (QStringList{QStringLiteral("Generalized weakness (asthenia)"),
                          QStringLiteral("Other (please specify)"), QStringLiteral("Unable to determine")}));
}

void TestProviderQueryPanel::editsReachSavedQuery()
{
    ProviderQueryPanel panel;
    panel.setQuery(test::sampleQuery());
    QSignalSpy spy(&panel, &ProviderQueryPanel::saveRequested);
    auto* question = panel.findChild<QPlainTextEdit*>(QStringLiteral("queryQuestion"));
    question->setPlainText(QStringLiteral("Please clarify the type of weakness."));
    panel.findChild<QListWidget*>(QStringLiteral("queryOptions"))
        ->item(0)
        ->setText(QStringLiteral("Muscle weakness"));
    panel.findChild<QPushButton*>(QStringLiteral("saveQuery"))->click();
    QCOMPARE(spy.count(), 1);
    const auto saved = spy.at(0).at(0).value<ProviderQuery>();
    QCOMPARE(saved.question, QStringLiteral("Please clarify the type of weakness."));
    QCOMPARE(saved.options.first(), QStringLiteral("Muscle weakness"));
    QCOMPARE(saved.options.last(), QStringLiteral("Unable to determine"));
    QCOMPARE(panel.statusText(), QStringLiteral("Saved with the encounter."));
}

void TestProviderQueryPanel::saveNeedsQuestionAndIndicator()
{
    ProviderQueryPanel panel;
    ProviderQuery q = test::sampleQuery();
    q.indicators.clear();
    panel.setQuery(q);
    QSignalSpy spy(&panel, &ProviderQueryPanel::saveRequested);
    panel.findChild<QPushButton*>(QStringLiteral("saveQuery"))->click();
    QCOMPARE(spy.count(), 0);
    QVERIFY(panel.statusText().contains(QStringLiteral("at least one clinical indicator")));
}

void TestProviderQueryPanel::copyPutsTextOnClipboard()
{
    ProviderQueryPanel panel;
    panel.setQuery(test::sampleQuery());
    panel.setContext(sampleContext());
    panel.findChild<QPushButton*>(QStringLiteral("copyQuery"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Provider query: Weakness: generalized or muscle weakness")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Encounter: E1001")));
    QVERIFY(text.contains(QStringLiteral("  - \u201cstrength 4/5 in proximal muscles\u201d (Exam)")));
    QVERIFY(text.contains(QStringLiteral("  [ ] Unable to determine")));
}

void TestProviderQueryPanel::exportWritesPdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("query.pdf"));
    ProviderQueryPanel panel;
    panel.setQuery(test::sampleQuery());
    panel.setContext(sampleContext());
    QSignalSpy spy(&panel, &ProviderQueryPanel::pdfExported);
    const int before = FileDialog::answeredCount();
    FileDialog::setNextFileName(path);
    QVERIFY(panel.exportPdf());
    QCOMPARE(FileDialog::answeredCount(), before + 1);
    QCOMPARE(spy.count(), 1);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 1000);
}

void TestProviderQueryPanel::exportCancelledWritesNothing()
{
    ProviderQueryPanel panel;
    panel.setQuery(test::sampleQuery());
    QSignalSpy spy(&panel, &ProviderQueryPanel::pdfExported);
    FileDialog::setNextFileName(QString()); // the coder pressed Cancel
    QVERIFY(!panel.exportPdf());
    QCOMPARE(spy.count(), 0);
    // A path that cannot be written is named in the status line.
    FileDialog::setNextFileName(QStringLiteral("/nonexistent-dir/q.pdf"));
    QVERIFY(!panel.exportPdf());
    QVERIFY(panel.statusText().contains(QStringLiteral("/nonexistent-dir/q.pdf")));
}

void TestProviderQueryPanel::recordsAnswer_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QString>("recorded");
    QTest::newRow("listed option") << QStringLiteral("Generalized muscle weakness") << QString()
                                   << QStringLiteral("Generalized muscle weakness");
    QTest::newRow("other with text") << QStringLiteral("Other (please specify)") << QStringLiteral("Myositis")
                                     << QStringLiteral("Other: Myositis");
    QTest::newRow("other without text") << QStringLiteral("Other (please specify)") << QString() << QString();
    QTest::newRow("unable") << QStringLiteral("Unable to determine") << QString()
                            << QStringLiteral("Unable to determine");
}

void TestProviderQueryPanel::recordsAnswer()
{
    QFETCH(QString, choice);
    QFETCH(QString, other);
    QFETCH(QString, recorded);
    ProviderQueryPanel panel;
    StoredQuery answered{7,
                         1,
                         test::sampleQuery(),
                         QStringLiteral("coder1"),
                         QDateTime(QDate(2026, 3, 1), QTime(9, 0)),
                         QStringLiteral("Unable to determine"),
                         QDateTime(QDate(2026, 3, 2), QTime(8, 0))};
    StoredQuery open{8,
                     1,
                     test::sampleQuery(),
                     QStringLiteral("coder1"),
                     QDateTime(QDate(2026, 3, 2), QTime(10, 30)),
                     QString(),
                     QDateTime()};
    panel.setStoredQueries({answered, open});
    auto* sent = panel.findChild<QTreeWidget*>(QStringLiteral("sentQueries"));
    QCOMPARE(sent->topLevelItemCount(), 2);
    QCOMPARE(sent->topLevelItem(0)->text(2), QStringLiteral("Unable to determine"));
    QCOMPARE(sent->topLevelItem(1)->text(2), QStringLiteral("awaiting answer"));
    QSignalSpy spy(&panel, &ProviderQueryPanel::answerRecorded);
    panel.findChild<QComboBox*>(QStringLiteral("queryAnswer"))->setCurrentText(choice);
    panel.findChild<QLineEdit*>(QStringLiteral("queryAnswerOther"))->setText(other);
    panel.findChild<QPushButton*>(QStringLiteral("recordAnswer"))->click();
    if (recorded.isEmpty()) {
        QCOMPARE(spy.count(), 0);
        return;
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 8);
    QCOMPARE(spy.at(0).at(1).toString(), recorded);
    // An answered query cannot be answered again.
    sent->setCurrentItem(sent->topLevelItem(0));
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("recordAnswer"))->isEnabled());
}

void TestProviderQueryPanel::dialogClosesOnSave()
{
    ProviderQueryDialog dialog;
    dialog.panel()->setQuery(test::sampleQuery());
    dialog.show(); // non-modal: the test goes on
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.panel()->findChild<QPushButton*>(QStringLiteral("saveQuery"))->click();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestProviderQueryPanel::screenshot()
{
    ProviderQueryPanel panel;
    panel.setQuery(test::sampleQuery());
    panel.setContext(sampleContext());
    StoredQuery open{8,
                     1,
                     test::sampleQuery(),
                     QStringLiteral("coder1"),
                     QDateTime(QDate(2026, 3, 2), QTime(10, 30)),
                     QString(),
                     QDateTime()};
    panel.setStoredQueries({open});
    FileDialog::setNextFileName(test::screenshotDir() + QStringLiteral("/provider-query.pdf"));
    QVERIFY(panel.exportPdf());
    {
        const QString problems = test::screenshotProblems(
            &panel, QStringLiteral("provider-query-panel"),
            {QStringLiteral("Weakness: generalized or muscle weakness"),
             QStringLiteral("Generalized muscle weakness"), QStringLiteral("Unable to determine")},
            760, 700);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

QTEST_MAIN(TestProviderQueryPanel)
#include "test_provider_query_panel.moc"
