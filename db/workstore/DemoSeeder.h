#pragma once
// Writes DemoGenerator output into a work store in one transaction with prepared
// statements (fast enough for the million-visit benchmark store), and seeds a small demo
// queue on the workstation's first start.
#include "demo/DemoGenerator.h"

namespace wcw {

class SqliteWorkStore;

struct DemoSeedStats
{
    int patients = 0;
    int encounters = 0;
    int done = 0;
    int today = 0;
};

// Adds the demo users (if missing), patients and visits. All or nothing; one audit entry
// ("demo-seed") records who seeded what. Fails if an external id is already stored.
bool seedDemo(SqliteWorkStore& store, const DemoOptions& options, const QString& userId, DemoSeedStats* stats,
              QString* error);

// First start: seeds `patients` demo patients with today's queue when the store holds no
// encounters yet. Returns true when the store is usable (seeded now or already filled).
bool seedDemoIfEmpty(SqliteWorkStore& store, int patients = 40, quint64 seed = 1, QString* error = nullptr);
bool seedDemoIfEmpty(const QString& storePath, int patients = 40, quint64 seed = 1, QString* error = nullptr);

} // namespace wcw
