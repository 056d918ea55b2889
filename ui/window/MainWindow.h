#pragma once
// The workstation's main window: the queue and one tab per opened encounter in the centre,
// the code browser in a dock, menus, a toolbar, and a status bar with the signed-in coder and
// the release in force. Actions delegate to the Workbench / EncounterSession; the window
// itself decides and stores nothing but its own layout.
#include "work/WorkStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QSettings;
class QTabWidget;
class QUndoGroup;

namespace wcw::ui {

class EncounterWorkspace;
class ReleaseImportDialog;
class QueuePage;
class Workbench;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` (may be null: nothing remembered) keeps window layout and the palette choice.
    explicit MainWindow(Workbench& workbench, QSettings* settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    QueuePage* queuePage() const { return m_queue; }
    QTabWidget* tabs() const { return m_tabs; }
    QDockWidget* codeBrowserDock() const { return m_browserDock; }
    EncounterWorkspace* currentWorkspace() const;
    EncounterWorkspace* workspaceFor(qint64 id) const;
    QAction* action(const QString& name) const; // by objectName, for tests and the smoke run

    // Opens (or switches to) the encounter's workspace; null when the store has no such encounter.
    EncounterWorkspace* openEncounter(qint64 id);
    qint64 lastOpenMs() const { return m_lastOpenMs; }

    void setDarkPalette(bool dark);
    // File > Import release: the import dialog, non-modal (imports run on its worker thread while
    // the coder goes on working); after an import the reference is re-read everywhere.
    ReleaseImportDialog* importRelease();

signals:
    void encounterOpened(qint64 id, qint64 elapsedMs);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createEditActions(QMenu* menu);
    void createEncounterActions(QMenu* menu);
    void createViewActions(QMenu* menu);
    void createToolBar();
    void createStatusBar();
    QAction* addAction(QMenu* menu, const QString& name, const QString& text, const QList<QKeySequence>& keys,
                       const std::function<void()>& slot);

    qint64 currentEncounterId() const;
    void closeEncounter(int tab);
    void claimCurrent();
    void setCurrentStatus(EncounterStatus status);
    void markDone(bool openNext);
    void openNeighbour(int delta);
    void composeQuery();
    void showShortcuts();
    void showProblem(const QString& message);
    void updateStatusBar();
    void onReferenceReloaded();
    void restoreLayout();
    void saveLayout() const;

    Workbench& m_workbench;
    QSettings* m_settings;
    QueuePage* m_queue;
    QTabWidget* m_tabs;
    QDockWidget* m_browserDock;
    QUndoGroup* m_undo;
    QHash<QString, QAction*> m_actions;
    QLabel* m_coderLabel;
    QLabel* m_releaseLabel;
    QLabel* m_checkLabel;
    QPointer<ReleaseImportDialog> m_importDialog;
    qint64 m_lastOpenMs = -1;
};

} // namespace wcw::ui
