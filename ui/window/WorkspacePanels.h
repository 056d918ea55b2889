#pragma once
// Puts the side panels (decision tree, comparison, checklist, visit history, provider query)
// into an encounter workspace, and builds the code browser for the main window's dock.
// The panels themselves live in ui/panels/; this is the only place that wires them to a session.
#include <QtGlobal>
#include <functional>

class QWidget;

namespace wcw::ui {

class EncounterWorkspace;
class Workbench;

// What the panels may ask of the main window.
struct PanelActions
{
    std::function<void()> composeQuery;        // "no code supportable: query the provider"
    std::function<void(qint64)> openEncounter; // a visit of the history, by store key
};

void embedPanels(EncounterWorkspace& workspace, const PanelActions& actions);
// Fills the provider-query panel from the rules' query for this chart and shows it; when the
// rules proposed none, from a compliant blank template over the note (returns false then).
bool composeQuery(EncounterWorkspace& workspace);
QWidget* createCodeBrowser(Workbench& workbench, QWidget* parent);

} // namespace wcw::ui
