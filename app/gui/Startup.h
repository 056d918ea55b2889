#pragma once
// Opens what the workstation runs on, with no configuration needed: the reference database
// (installing the hand-written starter set when it holds no release), the work store
// (seeding the demo queue on first start), and the rules for the worker thread.
#include "SmokeRun.h"
#include "services/Workbench.h"

#include <QString>

namespace wcw::gui {

struct StartupOptions
{
    QString referencePath; // --db; empty = DataPaths default ($WCW_DB, ~/.local/share/wcw)
    QString storePath;     // --store; empty = DataPaths default ($WCW_STORE, ...)
    QString coderId;       // --user; empty = $WCW_USER, else the first coder in the store
};

struct Startup
{
    ui::WorkbenchSetup setup;
    StartupTimings timings;
    QString error; // non-empty: the workstation cannot start; names the file
};

Startup openServices(const StartupOptions& options);

} // namespace wcw::gui
