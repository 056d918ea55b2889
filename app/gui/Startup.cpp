#include "Startup.h"

#include "DataPaths.h"
#include "DemoSeeder.h"
#include "SqliteWorkStore.h"

#include <QElapsedTimer>

namespace wcw::gui {

namespace {

bool openStore(const QString& path, Startup& out)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<SqliteWorkStore> store = SqliteWorkStore::open(path, &error);
    if (!store) {
        out.error = error;
        return false;
    }
    // First start with no configuration: a demo queue to work on (never over real work).
    if (!seedDemoIfEmpty(*store, 40, 1, &error)) {
        out.error = error;
        return false;
    }
    out.setup.store = std::move(store);
    out.timings.storeMs = timer.elapsed();
    return true;
}

} // namespace

Startup openServices(const StartupOptions& options)
{
    Startup out;
    const QString storePath = paths::workStore(options.storePath);
    out.setup.coderId = options.coderId.isEmpty() ? qEnvironmentVariable("WCW_USER") : options.coderId;
    if (!openStore(storePath, out))
        return out;
    out.setup.openBackroom = [storePath] {
        ui::BackroomServices services;
        QString error;
        services.store = SqliteWorkStore::open(storePath, &error);
        services.error = error;
        return services;
    };
    return out;
}

} // namespace wcw::gui
