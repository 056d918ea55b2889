#pragma once
// Puts the side panels (decision tree, comparison, checklist, visit history, provider query)
// into an encounter workspace, and builds the code browser for the main window's dock.
// The panels themselves live in ui/panels/; this is the only place that wires them to a session.
#include <functional>

class QWidget;

namespace wcw::ui {

class EncounterWorkspace;
class Workbench;

// `composeQuery` is what "compose a provider query" does in this window.
void embedPanels(EncounterWorkspace& workspace, const std::function<void()>& composeQuery);
QWidget* createCodeBrowser(Workbench& workbench, QWidget* parent);

} // namespace wcw::ui
