// A second wcw process for the multi-process store tests (not a test itself):
//   store_worker claim STORE USER MARKER   claims every encounter of today's queue it can, in
//                                          queue order, and adds MARKER to the codes of each
//                                          one it got (read-modify-write under its claim);
//                                          prints the external id of each claimed encounter.
//   store_worker import STORE N SEED       imports N demo encounters in one batch; prints
//                                          "importing" when the transaction starts.
#include "demo/DemoGenerator.h"
#include "workstore/SqliteWorkStore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace wcw;

namespace {

int claimAll(SqliteWorkStore& store, const QString& user, const QString& marker)
{
    QueueFilter filter;
    filter.day = store.clock().today();
    filter.limit = 100000;
    for (const QueueItem& item : store.queue(filter)) {
        const ClaimResult r = store.claim(item.id, user);
        if (r == ClaimResult::Failed) {
            std::fprintf(stderr, "claim failed: %s\n", qPrintable(store.lastError()));
            return 3;
        }
        if (r != ClaimResult::Claimed)
            continue;
        QStringList codes = store.encounter(item.id)->encounter.codes;
        codes.append(marker);
        if (!store.setCodes(item.id, codes, user)) {
            std::fprintf(stderr, "set codes failed: %s\n", qPrintable(store.lastError()));
            return 3;
        }
        std::printf("%s\n", qPrintable(item.encounterId));
        std::fflush(stdout);
    }
    return 0;
}

int importMany(SqliteWorkStore& store, int count, quint64 seed)
{
    DemoOptions options;
    options.patients = count / 5 + 1;
    options.meanVisits = 5;
    options.seed = seed;
    ImportBatch batch;
    DemoGenerator(options).generate([&](const DemoPatient& p) {
        batch.patients.append(p.patient);
        for (const DemoVisit& v : p.visits) {
            if (batch.encounters.size() < count)
                batch.encounters.append(v.encounter);
        }
    });
    std::printf("importing\n");
    std::fflush(stdout);
    ImportSummary summary;
    if (!store.importBatch(batch, false, QStringLiteral("admin"), &summary)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(store.lastError()));
        return 3;
    }
    std::printf("done %d\n", summary.added);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    QString error;
    auto store = SqliteWorkStore::open(args[2], &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    if (args[1] == QLatin1String("claim") && args.size() == 5)
        return claimAll(*store, args[3], args[4]);
    if (args[1] == QLatin1String("import") && args.size() == 5)
        return importMany(*store, args[3].toInt(), args[4].toULongLong());
    return 2;
}
