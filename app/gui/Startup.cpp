#include "Startup.h"

#include "RulesAnalyzer.h"
#include "domain/DataPaths.h"
#include "reference/ReferenceDb.h"
#include "reference/ReferenceHierarchy.h"
#include "release/StarterSet.h"
#include "workstore/DemoSeeder.h"
#include "workstore/SqliteWorkStore.h"

#include <QElapsedTimer>

namespace wcw::gui {

namespace {

bool openReference(const QString& path, Startup& out)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto reference = std::make_shared<db::ReferenceDb>(path);
    if (!reference->open(&error)) {
        out.error = error;
        return false;
    }
    // A fresh machine has no release imported: the starter set keeps the workstation usable.
    const bool empty = reference->releases().isEmpty();
    if (!db::ensureStarterSet(*reference, &error)) {
        out.error = error;
        return false;
    }
    if (empty)
        out.setup.referenceNote = QObject::tr("No ICD-10-CM release imported yet: the starter code set was "
                                              "installed. Import a release with File > Import ICD-10-CM "
                                              "release… (Ctrl+Shift+I) or wcw-cli import.");
    out.setup.facts = reference;
    out.setup.search = reference;
    out.setup.hierarchy = std::make_shared<db::ReferenceHierarchy>(*reference);
    out.setup.reference = ui::referenceAdmin(reference);
    // Runs on the worker thread (ReferenceDb keeps one connection per thread and guards its
    // caches): the code table, notes and index of each release in use are read there, once.
    std::weak_ptr<db::ReferenceDb> weak = reference;
    out.setup.warmReference = [weak](const QList<QDate>& dates) {
        if (const auto db = weak.lock()) {
            for (const QDate& date : dates)
                db->compare(u"R53.1", u"M62.81", date);
        }
    };
    out.timings.referenceMs = timer.elapsed();
    return true;
}

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
    const QString referencePath = paths::referenceDb(options.referencePath);
    const QString storePath = paths::workStore(options.storePath);
    out.setup.coderId = options.coderId.isEmpty() ? qEnvironmentVariable("WCW_USER") : options.coderId;
    if (!openReference(referencePath, out) || !openStore(storePath, out))
        return out;
    // The worker thread opens its own work-store connection (Qt SQL is per thread); the rules
    // share the reference database object, which opens a connection per thread itself.
    const auto reference = std::dynamic_pointer_cast<db::ReferenceDb>(out.setup.facts);
    out.setup.openBackroom = [reference, storePath] {
        ui::BackroomServices services;
        QString error;
        services.store = SqliteWorkStore::open(storePath, &error);
        if (services.store)
            services.analyzer = RulesAnalyzer::over(reference);
        services.error = error;
        return services;
    };
    return out;
}

} // namespace wcw::gui
