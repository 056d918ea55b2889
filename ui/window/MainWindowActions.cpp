// The main window's menus, toolbar and keyboard shortcuts (one place, so Help > Keyboard
// shortcuts lists exactly what exists).
#include "encounter/CodesPanel.h"
#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "encounter/FindingsPanel.h"
#include "window/MainWindow.h"
#include "queue/QueuePage.h"
#include "services/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>

namespace wcw::ui {

QAction* MainWindow::addAction(QMenu* menu, const QString& name, const QString& text,
                               const QList<QKeySequence>& keys, const std::function<void()>& slot)
{
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    connect(a, &QAction::triggered, this, slot);
    menu->addAction(a);
    m_actions.insert(name, a);
    return a;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    addAction(file, QStringLiteral("open"), tr("&Open selected encounter"),
              {QKeySequence(Qt::CTRL | Qt::Key_O)}, [this] { openEncounter(m_queue->currentId()); });
    addAction(file, QStringLiteral("close"), tr("&Close encounter"), {QKeySequence::Close}, [this] {
        if (currentWorkspace())
            closeEncounter(m_tabs->currentIndex());
    });
    addAction(file, QStringLiteral("reload"), tr("&Reload queue"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
              [this] { m_workbench.loadQueue(); });
    file->addSeparator();
    QAction* import =
        addAction(file, QStringLiteral("importRelease"), tr("&Import ICD-10-CM release…"),
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, [this] { importRelease(); });
    import->setEnabled(bool(m_workbench.releaseImportRunner()));
    file->addSeparator();
    addAction(file, QStringLiteral("quit"), tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)},
              [this] { close(); });

    createEditActions(menuBar()->addMenu(tr("&Edit")));
    createEncounterActions(menuBar()->addMenu(tr("E&ncounter")));
    createViewActions(menuBar()->addMenu(tr("&View")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addAction(help, QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"), {QKeySequence(Qt::Key_F1)},
              [this] { showShortcuts(); });
    addAction(help, QStringLiteral("about"), tr("&About wcw"), {}, [this] {
        QMessageBox::about(
            this, tr("About wcw"),
            tr("Weakness Coding Workstation %1\nICD-10-CM coding of weakness, fatigue and malaise.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createEditActions(QMenu* edit)
{
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    m_actions.insert(undo->objectName(), undo);
    m_actions.insert(redo->objectName(), redo);
    edit->addSeparator();
    auto inWorkspace = [this](const std::function<void(EncounterWorkspace&)>& f) {
        return [this, f] {
            if (EncounterWorkspace* w = currentWorkspace())
                f(*w);
        };
    };
    addAction(edit, QStringLiteral("addCode"), tr("&Add code…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
              inWorkspace([](EncounterWorkspace& w) { w.codes()->focusAddBox(); }));
    addAction(edit, QStringLiteral("removeCode"), tr("Re&move selected code"),
              {QKeySequence(Qt::CTRL | Qt::Key_Delete)},
              inWorkspace([](EncounterWorkspace& w) { w.codes()->removeSelected(); }));
    addAction(edit, QStringLiteral("moveUp"), tr("Move code &up"), {QKeySequence(Qt::ALT | Qt::Key_Up)},
              inWorkspace([](EncounterWorkspace& w) { w.codes()->moveSelected(-1); }));
    addAction(edit, QStringLiteral("moveDown"), tr("Move code &down"), {QKeySequence(Qt::ALT | Qt::Key_Down)},
              inWorkspace([](EncounterWorkspace& w) { w.codes()->moveSelected(+1); }));
    addAction(edit, QStringLiteral("applyFix"), tr("Apply &fix of the selected finding"),
              {QKeySequence(Qt::CTRL | Qt::Key_Period)},
              inWorkspace([](EncounterWorkspace& w) { w.findings()->applyFix(); }));
    edit->addSeparator();
    addAction(edit, QStringLiteral("findQueue"), tr("&Filter the queue"), {QKeySequence::Find}, [this] {
        m_tabs->setCurrentIndex(0);
        m_queue->focusSearch();
    });
}

void MainWindow::createEncounterActions(QMenu* menu)
{
    addAction(menu, QStringLiteral("claim"), tr("&Claim"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
              [this] { claimCurrent(); });
    addAction(menu, QStringLiteral("done"), tr("Mark &done"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
              [this] { markDone(false); });
    addAction(menu, QStringLiteral("doneNext"), tr("Mark done and open &next"),
              {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
              [this] { markDone(true); });
    addAction(menu, QStringLiteral("hold"), tr("Put on &hold"), {QKeySequence(Qt::CTRL | Qt::Key_H)},
              [this] { setCurrentStatus(EncounterStatus::OnHold); });
    menu->addSeparator();
    addAction(menu, QStringLiteral("next"), tr("Ne&xt encounter"),
              {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, [this] { openNeighbour(+1); });
    addAction(menu, QStringLiteral("previous"), tr("&Previous encounter"),
              {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, [this] { openNeighbour(-1); });
    menu->addSeparator();
    addAction(menu, QStringLiteral("runChecks"), tr("&Run checks"), {QKeySequence(Qt::Key_F5)}, [this] {
        if (EncounterWorkspace* w = currentWorkspace())
            w->session().runChecks();
    });
    addAction(menu, QStringLiteral("composeQuery"), tr("Compose provider &query…"),
              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)}, [this] { composeQuery(); });
}

void MainWindow::createViewActions(QMenu* view)
{
    addAction(view, QStringLiteral("showQueue"), tr("&Queue"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] {
        m_tabs->setCurrentIndex(0);
        m_queue->focusTable();
    });
    const QList<QPair<EncounterWorkspace::Panel, QString>> panels{
        {EncounterWorkspace::DecisionTree, tr("&Decision tree")},
        {EncounterWorkspace::Comparison, tr("&Comparison")},
        {EncounterWorkspace::Checklist, tr("Documentation chec&klist")},
        {EncounterWorkspace::VisitHistory, tr("&Visit history")},
        {EncounterWorkspace::ProviderQuery, tr("&Provider query")}};
    static const char* names[] = {"showTree", "showComparison", "showChecklist", "showHistory", "showQuery"};
    for (const auto& [panel, text] : panels) {
        addAction(view, QString::fromLatin1(names[panel]), text,
                  {QKeySequence(Qt::ALT | Qt::Key(int(Qt::Key_1) + int(panel)))}, [this, panel] {
                      if (EncounterWorkspace* w = currentWorkspace())
                          w->showPanel(panel);
                  });
    }
    view->addSeparator();
    QAction* browser = m_browserDock->toggleViewAction();
    browser->setObjectName(QStringLiteral("codeBrowser"));
    browser->setText(tr("Code &browser"));
    browser->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    view->addAction(browser);
    m_actions.insert(browser->objectName(), browser);
    QAction* dark = addAction(view, QStringLiteral("darkPalette"), tr("D&ark palette"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, [] {});
    dark->setCheckable(true);
    connect(dark, &QAction::toggled, this, &MainWindow::setDarkPalette);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* name : {"open", "claim", "done", "doneNext", "hold", "previous", "next", "undo", "redo",
                             "addCode", "applyFix", "runChecks", "composeQuery", "codeBrowser"}) {
        if (QAction* a = action(QString::fromLatin1(name)))
            bar->addAction(a);
        if (qstrcmp(name, "hold") == 0 || qstrcmp(name, "next") == 0 || qstrcmp(name, "redo") == 0)
            bar->addSeparator();
    }
}

} // namespace wcw::ui
