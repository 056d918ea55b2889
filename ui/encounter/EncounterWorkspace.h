#pragma once
// One opened encounter: the note with its evidence, the assigned codes, the findings, and the
// side panels (decision tree, comparison, checklist, visit history, provider query). Owns the
// EncounterSession; every change goes through it.
#include <QWidget>
#include <functional>

class QLabel;
class QResizeEvent;
class QSplitter;
class QTabWidget;

namespace wcw::ui {

class CodesPanel;
class EncounterSession;
class FindingsPanel;
class NoteView;
class Workbench;

class EncounterWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum Panel { DecisionTree, Comparison, Checklist, VisitHistory, ProviderQuery, PanelCount };

    EncounterWorkspace(EncounterSession* session, QWidget* parent = nullptr);

    EncounterSession& session() const { return *m_session; }
    NoteView* note() const { return m_note; }
    CodesPanel* codes() const { return m_codes; }
    FindingsPanel* findings() const { return m_findings; }
    QTabWidget* panels() const { return m_panels; }
    QString tabTitle() const;

    void showPanel(Panel panel);
    // Puts `panel` in front but builds it only once the note and codes have been painted
    // (next event-loop turn): opening an encounter shows the chart first. Keeps the focus.
    void showPanelAfterPaint(Panel panel);
    void setPanel(Panel panel, QWidget* widget, const QString& title);
    // The panel is built the first time it is shown or asked for: opening an encounter only
    // pays for the panel in view.
    void setPanelFactory(Panel panel, const QString& title, std::function<QWidget*()> build);
    QWidget* panel(Panel panel); // builds it if needed
    bool isPanelBuilt(Panel panel) const { return !m_factories[panel]; }

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& state);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateHeader();
    void showEvidence();
    void buildIfNeeded(int panel);

    EncounterSession* m_session;
    QLabel* m_header;
    NoteView* m_note;
    CodesPanel* m_codes;
    FindingsPanel* m_findings;
    QTabWidget* m_panels;
    QSplitter* m_columns;
    QSplitter* m_middle;
    std::function<QWidget*()> m_factories[PanelCount];
    bool m_swapping = false;  // a panel is being replaced: tab changes are not the coder's
    bool m_layoutSet = false; // restored from settings or split once: the coder's widths stay
};

} // namespace wcw::ui
