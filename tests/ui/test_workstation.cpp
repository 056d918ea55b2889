// The coder's main flow through the real main window, offscreen, by keyboard where a coder
// would use the keyboard: open the queue, open an encounter, accept a one-key fix, undo it,
// edit codes, mark done (the confirmation answered by a stand-in), filter the queue.
#include "encounter/AssignedCodesModel.h"
#include "encounter/CodesPanel.h"
#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "FakeServices.h"
#include "encounter/FindingsModel.h"
#include "encounter/FindingsPanel.h"
#include "window/MainWindow.h"
#include "common/MessageBox.h"
#include "encounter/NoteView.h"
#include "queue/QueueModel.h"
#include "queue/QueuePage.h"
#include "queue/QueueProxyModel.h"
#include "window/ShortcutsDialog.h"
#include "reference/CodeSearchField.h"
#include "panels/decision/DecisionTreePanel.h"
#include "panels/query/ProviderQueryPanel.h"
#include "panels/history/VisitHistoryModel.h"
#include "panels/history/VisitHistoryPanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace wcw;
using namespace wcw::ui;

class TestWorkstation : public QObject
{
    Q_OBJECT

    std::shared_ptr<test::FakeQueueState> m_state;
    std::unique_ptr<Workbench> m_bench;
    std::unique_ptr<MainWindow> m_window;

    QStringList storedCodes(qint64 id) const
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->encounters.value(id).encounter.codes;
    }
    EncounterStatus storedStatus(qint64 id) const
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->encounters.value(id).status;
    }
    QStringList shownCodes(EncounterWorkspace* w) const
    {
        QStringList out;
        const auto* model = w->codes()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r).data(AssignedCodesModel::CodeRole).toString();
        return out;
    }
    void press(QKeySequence keys, QWidget* target = nullptr)
    {
        QTest::keySequence(target ? target : m_window.get(), keys);
    }
    EncounterWorkspace* openFirstByKeyboard()
    {
        QTableView* table = m_window->queuePage()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        return m_window->currentWorkspace();
    }
    void waitForChecks(EncounterWorkspace* w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!w->session().analysisPending(), 5000);
    }

private slots:
    void init()
    {
        m_state = test::sampleQueue();
        m_bench = std::make_unique<Workbench>(test::fakeSetup(m_state));
        m_window = std::make_unique<MainWindow>(*m_bench);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_bench.get(), &Workbench::queueLoaded);
        m_bench->loadQueue();
        QVERIFY(loaded.wait(5000));
    }
    void cleanup()
    {
        m_window.reset();
        m_bench.reset();
    }

    void queueShowsOpenWork()
    {
        QueuePage* page = m_window->queuePage();
        QCOMPARE(page->model()->rowCount(), 4);
        QCOMPARE(page->proxy()->rowCount(), 3); // "Open work": the done encounter is hidden
        QCOMPARE(m_window->tabs()->count(), 1);
        QVERIFY(page->currentId() > 0);
    }

    void enterOpensEncounter()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        QVERIFY(w);
        QCOMPARE(w->session().id(), 1);
        QCOMPARE(w->note()->toPlainText(), m_state->encounters.value(1).encounter.note);
        QCOMPARE(shownCodes(w), (QStringList{QStringLiteral("R53.1"), QStringLiteral("E11.9")}));
        QVERIFY(m_window->lastOpenMs() >= 0);
        waitForChecks(w);
        QCOMPARE(w->findings()->model()->rowCount(), 1);
        // Evidence is highlighted: one mark per mention the reader found.
        QCOMPARE(w->note()->extraSelections().size(), w->session().analysis().evidence.mentions.size());
        QVERIFY(w->note()
                    ->describeAt(int(w->note()->toPlainText().indexOf(QStringLiteral("fatigue"))))
                    .contains(QStringLiteral("negated")));
    }

    void findingClickSelectsEvidence()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        waitForChecks(w);
        QListView* list = w->findings()->list();
        list->setCurrentIndex(list->model()->index(0, 0));
        const Finding& f = w->findings()->model()->finding(0);
        QCOMPARE(w->note()->textCursor().selectedText(), f.evidence.first().quote);
    }

    void oneKeyFixAndUndo()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        waitForChecks(w);
        press(QKeySequence(Qt::CTRL | Qt::Key_Period));
        const QStringList fixed{QStringLiteral("M62.81"), QStringLiteral("E11.9")};
        QCOMPARE(shownCodes(w), fixed);
        QCOMPARE(storedCodes(1), fixed);
        QCOMPARE(storedStatus(1), EncounterStatus::InProgress); // editing claimed it
        waitForChecks(w);
        QCOMPARE(w->findings()->model()->rowCount(), 0);

        press(QKeySequence::Undo);
        const QStringList original{QStringLiteral("R53.1"), QStringLiteral("E11.9")};
        QCOMPARE(shownCodes(w), original);
        QCOMPARE(storedCodes(1), original);
        waitForChecks(w);
        QCOMPARE(w->findings()->model()->rowCount(), 1);

        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(storedCodes(1), fixed);
    }

    void refusedWriteChangesNothing()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        waitForChecks(w);
        m_state->refuseWrites = true;
        press(QKeySequence(Qt::CTRL | Qt::Key_Period));
        QCOMPARE(shownCodes(w), (QStringList{QStringLiteral("R53.1"), QStringLiteral("E11.9")}));
        QCOMPARE(w->session().undoStack()->count(), 0); // nothing to undo: the edit never happened
    }

    void addMoveRemoveByKeyboard()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        press(QKeySequence(Qt::CTRL | Qt::Key_I));
        CodeSearchField* box = w->codes()->addBox();
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClicks(box, QStringLiteral("r54"));
        box->searchNow();
        // Pick the hit from the search-as-you-type popup, as a coder would.
        QAbstractItemView* popup = box->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(storedCodes(1),
                 (QStringList{QStringLiteral("R53.1"), QStringLiteral("E11.9"), QStringLiteral("R54")}));

        QListView* list = w->codes()->list();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(2, 0));
        press(QKeySequence(Qt::ALT | Qt::Key_Up));
        press(QKeySequence(Qt::ALT | Qt::Key_Up));
        QCOMPARE(storedCodes(1).first(), QStringLiteral("R54"));
        // Two moves of the same code are one undo step.
        QCOMPARE(w->session().undoStack()->count(), 2);
        press(QKeySequence(Qt::CTRL | Qt::Key_Delete));
        QCOMPARE(storedCodes(1), (QStringList{QStringLiteral("R53.1"), QStringLiteral("E11.9")}));
        press(QKeySequence::Undo);
        press(QKeySequence::Undo);
        QCOMPARE(storedCodes(1).last(), QStringLiteral("R54"));
    }

    void markDone_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("expected");
        QTest::newRow("confirmed") << int(QMessageBox::Yes) << int(EncounterStatus::Done);
        QTest::newRow("declined") << int(QMessageBox::No) << int(EncounterStatus::New);
    }
    void markDone()
    {
        QFETCH(int, answer);
        QFETCH(int, expected);
        EncounterWorkspace* w = openFirstByKeyboard();
        waitForChecks(w); // an error finding is open: marking done asks first
        const int asked = MessageBox::answeredCount();
        MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        press(QKeySequence(Qt::CTRL | Qt::Key_D));
        QCOMPARE(MessageBox::answeredCount(), asked + 1);
        QCOMPARE(int(storedStatus(1)), expected);
    }

    void doneAndNextOpensTheNextEncounter()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        const qint64 first = w->session().id();
        const qint64 next = m_window->queuePage()->neighbour(first, +1);
        QVERIFY(next > 0);
        MessageBox::setNextAnswer(QMessageBox::Yes); // in case the checks already flagged an error
        press(QKeySequence(Qt::CTRL | Qt::Key_Return));
        QCOMPARE(storedStatus(first), EncounterStatus::Done);
        QVERIFY(m_window->currentWorkspace());
        QCOMPARE(m_window->currentWorkspace()->session().id(), next);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void claimAndHoldFromTheQueue()
    {
        QueuePage* page = m_window->queuePage();
        page->focusTable();
        const qint64 id = page->currentId();
        press(QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(storedStatus(id), EncounterStatus::InProgress);
        QCOMPARE(m_bench->queueItem(id)->claimedBy, QStringLiteral("jdoe"));
        press(QKeySequence(Qt::CTRL | Qt::Key_H));
        QCOMPARE(storedStatus(id), EncounterStatus::OnHold);
        QCOMPARE(page->model()->index(page->model()->rowOf(id), QueueModel::Status).data().toString(),
                 QStringLiteral("on hold"));
    }

    void nextAndPreviousEncounter()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        const qint64 first = w->session().id();
        press(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
        QVERIFY(m_window->currentWorkspace()->session().id() != first);
        press(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
        QCOMPARE(m_window->currentWorkspace()->session().id(), first);
        QCOMPARE(m_window->tabs()->count(), 3); // queue + two encounters, reused on the way back
    }

    void filterTheQueue()
    {
        press(QKeySequence::Find);
        QLineEdit* search = m_window->queuePage()->searchBox();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("r5383"));
        QTRY_COMPARE(m_window->queuePage()->proxy()->rowCount(), 1); // after the typing pause
        QCOMPARE(m_window->queuePage()->proxy()->index(0, 0).data(QueueModel::IdRole).toLongLong(), 2);
    }

    void walkDecisionTreeByKeyboard()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        waitForChecks(w);
        press(QKeySequence(Qt::ALT | Qt::Key_1));
        auto* tree = qobject_cast<DecisionTreePanel*>(w->panel(EncounterWorkspace::DecisionTree));
        QVERIFY(tree);
        QCOMPARE(w->panels()->currentWidget(), tree);
        QCOMPARE(tree->model()->rowCount(), 2);
        QListView* steps = tree->view();
        steps->setFocus();
        tree->setCurrentStep(0);
        QTest::keyClick(steps, Qt::Key_Down); // to the "cause" step
        QCOMPARE(tree->currentStep(), 1);
        QTest::keyClick(steps, Qt::Key_1); // first answer of the shipped tree's "cause" node: explained
        QCOMPARE(w->session().encounter().answers.value(QStringLiteral("cause")),
                 QStringLiteral("explained"));
        waitForChecks(w);
        QCOMPARE(tree->suggestion().path.at(1).answer, QStringLiteral("explained"));
        QVERIFY(tree->suggestion().path.at(1).fromAnswers);
        // Enter accepts the suggestion (now without a weakness code) as one undoable edit.
        tree->setCurrentStep(1);
        QTest::keyClick(steps, Qt::Key_Return);
        QCOMPARE(storedCodes(1), (QStringList{QStringLiteral("E11.9")}));
        press(QKeySequence::Undo);
        QCOMPARE(storedCodes(1), (QStringList{QStringLiteral("R53.1"), QStringLiteral("E11.9")}));
    }

    void composeSendAndAnswerAQuery()
    {
        EncounterWorkspace* w = m_window->openEncounter(3);
        QVERIFY(w);
        waitForChecks(w);
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        auto* panel = qobject_cast<ProviderQueryPanel*>(w->panel(EncounterWorkspace::ProviderQuery));
        QVERIFY(panel);
        QCOMPARE(w->panels()->currentWidget(), panel);
        QCOMPARE(panel->query().question, QStringLiteral("Which best describes the weakness?"));
        auto* save = panel->findChild<QPushButton*>(QStringLiteral("saveQuery"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(storedStatus(3), EncounterStatus::QuerySent);
        QCOMPARE(m_state->queries.size(), 1);
        QCOMPARE(m_state->queries.first().query.topic, QStringLiteral("weakness-type"));
        QCOMPARE(w->session().status(), EncounterStatus::QuerySent);

        // The provider answers: recorded with the query, and the checks run again.
        auto* sent = panel->findChild<QTreeWidget*>(QStringLiteral("sentQueries"));
        QVERIFY(sent && sent->topLevelItemCount() == 1);
        sent->setCurrentItem(sent->topLevelItem(0));
        auto* answer = panel->findChild<QComboBox*>(QStringLiteral("queryAnswer"));
        QVERIFY(answer);
        answer->setCurrentIndex(answer->findText(QStringLiteral("Muscle weakness")));
        QSignalSpy rechecked(&w->session(), &EncounterSession::analysisChanged);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("recordAnswer")), Qt::LeftButton);
        QCOMPARE(m_state->queries.first().answer, QStringLiteral("Muscle weakness"));
        QVERIFY(rechecked.wait(5000));
    }

    void composeWithoutAProposedQueryOffersATemplate()
    {
        // Encounter 2 ("Tired all the time. Fatigue for 3 weeks.") raises no query-needed finding.
        EncounterWorkspace* w = m_window->openEncounter(2);
        QVERIFY(w);
        waitForChecks(w);
        QVERIFY(w->session().analysis().suggestion.queries.isEmpty());
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        auto* panel = qobject_cast<ProviderQueryPanel*>(w->panel(EncounterWorkspace::ProviderQuery));
        QVERIFY(panel);
        QCOMPARE(w->panels()->currentWidget(), panel);
        const ProviderQuery q = panel->query();
        QVERIFY(!q.question.isEmpty());
        QVERIFY(!q.indicators.isEmpty()); // quoted from the note, not invented
        for (const QString& quote : q.indicators)
            QVERIFY2(w->session().encounter().note.contains(quote.mid(1, quote.size() - 2)),
                     qPrintable(quote));
        QVERIFY(q.options.size() >= 3);
        QCOMPARE(q.options.at(q.options.size() - 2), ProviderQueryPanel::otherOption());
        QCOMPARE(q.options.last(), ProviderQueryPanel::unableOption());
        // It is a starting point: saving it is the coder's act, and goes through the session.
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("saveQuery")), Qt::LeftButton);
        QCOMPARE(storedStatus(2), EncounterStatus::QuerySent);
    }

    void panelsAreBuiltWhenShown()
    {
        EncounterWorkspace* w = openFirstByKeyboard();
        // Opening pays only for the panel in view (the comparison).
        QTRY_VERIFY(w->isPanelBuilt(EncounterWorkspace::Comparison)); // right after the first paint
        QVERIFY(!w->isPanelBuilt(EncounterWorkspace::VisitHistory));
        QVERIFY(!w->isPanelBuilt(EncounterWorkspace::DecisionTree));
        press(QKeySequence(Qt::ALT | Qt::Key_4));
        QVERIFY(w->isPanelBuilt(EncounterWorkspace::VisitHistory));
        auto* history = qobject_cast<VisitHistoryPanel*>(w->panels()->currentWidget());
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY(!w->isPanelBuilt(EncounterWorkspace::Checklist)); // neighbours were not built on the way
    }

    void shortcutsListCoversFrequentActions()
    {
        const QList<QStringList> rows = ShortcutsDialog::rows(m_window->menuBar());
        QStringList actions;
        for (const QStringList& r : rows)
            actions << r.at(1);
        for (const char* name : {"open", "claim", "done", "hold", "next", "previous", "addCode", "undo",
                                 "redo", "findQueue", "runChecks", "composeQuery", "applyFix"}) {
            QAction* a = m_window->action(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
            QVERIFY2(actions.contains(a->text().remove(u'&')), name);
        }
        // No two actions share a key.
        QSet<QString> keys;
        for (const QStringList& r : rows) {
            for (const QString& k : r.at(2).split(QStringLiteral(", "))) {
                QVERIFY2(!keys.contains(k), qPrintable(k));
                keys.insert(k);
            }
        }
    }
};

QTEST_MAIN(TestWorkstation)
#include "test_workstation.moc"
