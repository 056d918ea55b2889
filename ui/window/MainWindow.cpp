#include "window/MainWindow.h"

#include "encounter/CodesPanel.h"
#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "common/MessageBox.h"
#include "queue/QueuePage.h"
#include "window/ShortcutsDialog.h"
#include "common/Theme.h"
#include "services/Workbench.h"
#include "window/WorkspacePanels.h"
#include "reference/ReleaseImportDialog.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>

namespace wcw::ui {

MainWindow::MainWindow(Workbench& workbench, QSettings* settings, QWidget* parent)
    : QMainWindow(parent), m_workbench(workbench), m_settings(settings),
      m_queue(new QueuePage(workbench, this)), m_tabs(new QTabWidget(this)),
      m_browserDock(new QDockWidget(tr("Code browser"), this)), m_undo(new QUndoGroup(this)),
      m_coderLabel(new QLabel(this)), m_releaseLabel(new QLabel(this)), m_checkLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Weakness Coding Workstation"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_tabs->setObjectName(QStringLiteral("encounterTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queue, tr("Queue"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the queue stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);

    m_browserDock->setObjectName(QStringLiteral("codeBrowserDock"));
    m_browserDock->setWidget(createCodeBrowser(workbench, m_browserDock));
    addDockWidget(Qt::RightDockWidgetArea, m_browserDock);
    m_browserDock->hide();

    createActions();
    createToolBar();
    createStatusBar();

    connect(m_queue, &QueuePage::openRequested, this, &MainWindow::openEncounter);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEncounter);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (EncounterWorkspace* w = currentWorkspace())
            m_undo->setActiveStack(w->session().undoStack());
        else
            m_undo->setActiveStack(nullptr);
        updateStatusBar();
    });
    connect(&workbench, &Workbench::problem, this, &MainWindow::showProblem);
    connect(&workbench, &Workbench::queueLoaded, this, [this](qint64 ms, const QString& error) {
        if (error.isEmpty())
            statusBar()->showMessage(
                tr("Queue loaded: %n encounter(s) in %1 ms", nullptr, int(m_workbench.queue().size()))
                    .arg(ms),
                5000);
        m_queue->focusTable();
        updateStatusBar();
    });
    connect(&workbench, &Workbench::queueCheckProgress, this, &MainWindow::updateStatusBar);
    connect(&workbench, &Workbench::referenceReloaded, this, &MainWindow::onReferenceReloaded);
    resize(1500, 900);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

EncounterWorkspace* MainWindow::currentWorkspace() const
{
    return qobject_cast<EncounterWorkspace*>(m_tabs->currentWidget());
}

EncounterWorkspace* MainWindow::workspaceFor(qint64 id) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto* w = qobject_cast<EncounterWorkspace*>(m_tabs->widget(i));
        if (w && w->session().id() == id)
            return w;
    }
    return nullptr;
}

QAction* MainWindow::action(const QString& name) const
{
    return m_actions.value(name);
}

qint64 MainWindow::currentEncounterId() const
{
    if (EncounterWorkspace* w = currentWorkspace())
        return w->session().id();
    return m_queue->currentId();
}

EncounterWorkspace* MainWindow::openEncounter(qint64 id)
{
    if (EncounterWorkspace* open = workspaceFor(id)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    QElapsedTimer timer;
    timer.start();
    std::optional<StoredEncounter> stored = m_workbench.encounter(id);
    if (!stored) {
        showProblem(tr("Encounter %1 could not be opened").arg(id));
        return nullptr;
    }
    auto* session = new EncounterSession(m_workbench, std::move(*stored));
    auto* workspace = new EncounterWorkspace(session, m_tabs);
    embedPanels(*workspace, {[this] { composeQuery(); }, [this](qint64 visit) { openEncounter(visit); }});
    if (m_settings)
        workspace->restoreLayout(m_settings->value(QStringLiteral("workspace/splitters")).toByteArray());
    connect(session, &EncounterSession::checkingChanged, this, &MainWindow::updateStatusBar);
    connect(session, &EncounterSession::statusChanged, this, &MainWindow::updateStatusBar);
    m_undo->addStack(session->undoStack());
    const int tab = m_tabs->addTab(workspace, workspace->tabTitle());
    m_tabs->setTabToolTip(tab, session->encounter().encounterId);
    m_tabs->setCurrentIndex(tab);
    workspace->codes()->list()->setFocus(Qt::OtherFocusReason);
    m_queue->select(id);
    session->runChecks();
    m_lastOpenMs = timer.elapsed();
    emit encounterOpened(id, m_lastOpenMs);
    return workspace;
}

void MainWindow::closeEncounter(int tab)
{
    auto* w = qobject_cast<EncounterWorkspace*>(m_tabs->widget(tab));
    if (!w)
        return;
    if (m_settings)
        m_settings->setValue(QStringLiteral("workspace/splitters"), w->saveLayout());
    m_undo->removeStack(w->session().undoStack());
    m_tabs->removeTab(tab);
    w->deleteLater();
}

void MainWindow::claimCurrent()
{
    const qint64 id = currentEncounterId();
    if (EncounterWorkspace* w = workspaceFor(id))
        w->session().claim();
    else if (id > 0)
        m_workbench.claim(id);
}

void MainWindow::setCurrentStatus(EncounterStatus status)
{
    const qint64 id = currentEncounterId();
    if (EncounterWorkspace* w = workspaceFor(id))
        w->session().setStatus(status);
    else if (id > 0)
        m_workbench.setStatus(id, status);
}

void MainWindow::markDone(bool openNext)
{
    const qint64 id = currentEncounterId();
    if (id <= 0)
        return;
    // Chosen before the status changes: a done row may leave the filtered queue.
    const qint64 next = m_queue->neighbour(id, +1);
    const auto item = m_workbench.queueItem(id);
    if (item && item->worstSeverity == Severity::Error &&
        !MessageBox::confirm(
            this, tr("Mark done"),
            tr("This encounter still has %n finding(s), errors among them. Mark it done anyway?", nullptr,
               item->findingCount)))
        return;
    setCurrentStatus(EncounterStatus::Done);
    if (openNext && next > 0)
        openEncounter(next);
}

void MainWindow::openNeighbour(int delta)
{
    const qint64 id = currentEncounterId();
    const qint64 target = id > 0 ? m_queue->neighbour(id, delta) : 0;
    if (target > 0)
        openEncounter(target);
}

void MainWindow::composeQuery()
{
    EncounterWorkspace* w = currentWorkspace();
    if (!w)
        return;
    if (!ui::composeQuery(*w))
        statusBar()->showMessage(tr("The checks proposed no query for this chart: a blank compliant query "
                                    "with the note's indicators is ready to edit"),
                                 5000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showProblem(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::createStatusBar()
{
    m_coderLabel->setObjectName(QStringLiteral("coderLabel"));
    m_releaseLabel->setObjectName(QStringLiteral("releaseLabel"));
    m_checkLabel->setObjectName(QStringLiteral("checkLabel"));
    statusBar()->addPermanentWidget(m_checkLabel);
    statusBar()->addPermanentWidget(m_releaseLabel);
    statusBar()->addPermanentWidget(m_coderLabel);
    updateStatusBar();
    if (!m_workbench.referenceNote().isEmpty())
        statusBar()->showMessage(m_workbench.referenceNote(), 8000);
}

void MainWindow::updateStatusBar()
{
    const User& coder = m_workbench.coder();
    m_coderLabel->setText(tr("Coder: %1 (%2)").arg(coder.name, coder.id));
    // The release that governs the encounter in front of the coder; else today's.
    EncounterWorkspace* w = currentWorkspace();
    const QDate date = w ? w->session().encounter().dateOfService : QDate::currentDate();
    m_releaseLabel->setText(tr("Release in force: %1").arg(m_workbench.releaseLabelOn(date)));
    if (w && w->session().analysisPending())
        m_checkLabel->setText(tr("Checking…"));
    else if (m_workbench.queueCheckRunning())
        m_checkLabel->setText(tr("Checking the queue…"));
    else
        m_checkLabel->clear();
    if (w)
        m_tabs->setTabText(m_tabs->indexOf(w), w->tabTitle());
}

ReleaseImportDialog* MainWindow::importRelease()
{
    if (!m_workbench.releaseImportRunner()) {
        showProblem(tr("This reference database cannot be imported into from here"));
        return nullptr;
    }
    if (!m_importDialog) {
        auto* dialog = new ReleaseImportDialog(this);
        dialog->setObjectName(QStringLiteral("releaseImportDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setRunner(m_workbench.releaseImportRunner());
        connect(dialog, &ReleaseImportDialog::importFinished, this,
                [this, dialog](const ReleaseImportResult& result) {
                    if (result.ok && !result.unchanged)
                        m_workbench.reloadReference();
                    dialog->setReleases(m_workbench.releases());
                    statusBar()->showMessage(result.message, 10000);
                });
        m_importDialog = dialog;
    }
    m_importDialog->setReleases(m_workbench.releases());
    EncounterWorkspace* w = currentWorkspace();
    m_importDialog->setDateOfService(w ? w->session().encounter().dateOfService : QDate::currentDate());
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return m_importDialog;
}

void MainWindow::onReferenceReloaded()
{
    // The browser's tree and search answered from the old release list: build it afresh.
    const bool visible = m_browserDock->isVisible();
    QWidget* old = m_browserDock->widget();
    m_browserDock->setWidget(createCodeBrowser(m_workbench, m_browserDock));
    delete old;
    m_browserDock->setVisible(visible);
    updateStatusBar();
}

void MainWindow::setDarkPalette(bool dark)
{
    Theme::apply(dark);
    if (QAction* a = action(QStringLiteral("darkPalette")))
        a->setChecked(dark);
    if (m_settings)
        m_settings->setValue(QStringLiteral("view/dark"), dark);
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("mainWindow/state")).toByteArray());
    if (m_settings->value(QStringLiteral("view/dark"), false).toBool())
        setDarkPalette(true);
}

void MainWindow::saveLayout() const
{
    if (!m_settings)
        return;
    m_settings->setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("mainWindow/state"), saveState());
    if (EncounterWorkspace* w = currentWorkspace())
        m_settings->setValue(QStringLiteral("workspace/splitters"), w->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace wcw::ui
