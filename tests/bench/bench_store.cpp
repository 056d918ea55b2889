// Work-store benchmark (not a ctest): a synthetic store of 100,000 patients / ~1,000,000
// visits (DemoGenerator, seed 1); a patient's visit history (target <= 10 ms) and the full
// stale-symptom scan (target <= 5 s), each beside a baseline measured in the same run:
//   history  vs. the naive read: one query per visit for its codes (N+1) and the notes
//            parsed for progression at read time;
//   scan     vs. that naive read for every patient (measured on a sample, scaled up), and
//            vs. a bare full-table pass (SELECT count, sum(length(codes_text))) as the floor.
// Usage: bench_store [--store PATH] [--patients N] [--mean-visits N] [--samples N]
// The store is built on first use and reused while it has the requested patient count.
#include "work/CarryOver.h"
#include "workstore/DemoSeeder.h"
#include "work/Progression.h"
#include "workstore/SqliteWorkStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace wcw;

namespace {

void report(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString patientId(int n)
{
    return QStringLiteral("P%1").arg(n, 6, 10, QLatin1Char('0'));
}

// The baseline: what the history costs without stored flags, codes_text and one query.
VisitHistory naiveHistory(QSqlDatabase& db, const QString& patient)
{
    VisitHistory h;
    QSqlQuery p(db), v(db), c(db);
    p.prepare(QStringLiteral("SELECT id FROM patients WHERE external_id = :p"));
    p.bindValue(QStringLiteral(":p"), patient);
    if (!p.exec() || !p.next())
        return h;
    v.prepare(
        QStringLiteral("SELECT id, external_id, date_of_service, note FROM encounters WHERE patient_id = :k "
                       "ORDER BY date_of_service"));
    v.bindValue(QStringLiteral(":k"), p.value(0));
    v.exec();
    c.prepare(QStringLiteral("SELECT code FROM encounter_codes WHERE encounter_id = :e ORDER BY seq"));
    QList<VisitFacts> facts;
    while (v.next()) {
        VisitSummary s;
        s.id = v.value(0).toLongLong();
        s.encounterId = v.value(1).toString();
        s.dateOfService = QDate::fromString(v.value(2).toString(), Qt::ISODate);
        s.progressionDocumented = readProgression(v.value(3).toString()).any();
        c.bindValue(QStringLiteral(":e"), s.id);
        c.exec();
        while (c.next())
            s.codes.append(c.value(0).toString());
        facts.append({s.dateOfService, s.codes, s.progressionDocumented});
        h.visits.append(s);
    }
    h.symptoms = CarryOver(StaleCriteria{}).carried(facts);
    return h;
}

struct Stats
{
    double mean = 0, p50 = 0, p99 = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    for (double m : ms)
        s.mean += m;
    s.mean /= double(ms.size());
    s.p50 = ms[ms.size() / 2];
    s.p99 = ms[qMin(ms.size() - 1, qsizetype(double(ms.size()) * 0.99))];
    s.max = ms.last();
    return s;
}

QString fmt(const Stats& s)
{
    return QStringLiteral("mean %1 ms, p50 %2 ms, p99 %3 ms, max %4 ms")
        .arg(s.mean, 0, 'f', 3)
        .arg(s.p50, 0, 'f', 3)
        .arg(s.p99, 0, 'f', 3)
        .arg(s.max, 0, 'f', 3);
}

// Process CPU seconds: the machine is shared, so wall time alone also measures the others.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Wall and CPU seconds of one run of `work`.
template <typename F> QString timed(F&& work)
{
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    work();
    return QStringLiteral("%1 s wall, %2 s CPU")
        .arg(double(t.elapsed()) / 1000.0, 0, 'f', 2)
        .arg(cpuSeconds() - cpu, 0, 'f', 2);
}

int intArg(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype si = args.indexOf(QStringLiteral("--store"));
    const QString path = si >= 0 && si + 1 < args.size()
                             ? args[si + 1]
                             : QDir::tempPath() + QStringLiteral("/wcw-bench-store.sqlite");
    const int patients = intArg(args, QStringLiteral("--patients"), 100000);
    const int samples = intArg(args, QStringLiteral("--samples"), 1000);
    QString error;
    auto store = SqliteWorkStore::open(path, &error);
    if (!store) {
        report(error);
        return 1;
    }
    if (store->patientCount() != patients) {
        store.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        store = SqliteWorkStore::open(path, &error);
        DemoOptions options;
        options.patients = patients;
        options.meanVisits = intArg(args, QStringLiteral("--mean-visits"), 10);
        options.today = QDate(2026, 11, 26);
        QElapsedTimer t;
        t.start();
        if (!store || !seedDemo(*store, options, QStringLiteral("admin"), nullptr, &error)) {
            report(error);
            return 1;
        }
        report(QStringLiteral("seed: %1 patients, %2 visits in %3 s (one transaction, prepared statements)")
                   .arg(store->patientCount())
                   .arg(store->encounterCount())
                   .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));
    }
    report(QStringLiteral("store: %1 (%2 patients, %3 visits, %4 MB)")
               .arg(path)
               .arg(store->patientCount())
               .arg(store->encounterCount())
               .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 0));

    QRandomGenerator rng(7);
    QStringList ids;
    for (int i = 0; i < samples; ++i)
        ids.append(patientId(1 + int(rng.bounded(patients))));
    QSqlDatabase db = store->database();
    QList<double> cold, fast, naive;
    int visits = 0;
    for (const QString& id : ids) { // first touch: pages may still come from disk
        QElapsedTimer t;
        t.start();
        visits += int(store->visitHistory(id).visits.size());
        cold.append(double(t.nsecsElapsed()) / 1e6);
    }
    for (const QString& id : ids) { // warm: both read the same cached pages
        QElapsedTimer t;
        t.start();
        store->visitHistory(id);
        fast.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        naiveHistory(db, id);
        naive.append(double(t.nsecsElapsed()) / 1e6);
    }
    report(QStringLiteral("history x%1 (%2 visits/patient), first touch: store %3")
               .arg(samples)
               .arg(double(visits) / samples, 0, 'f', 1)
               .arg(fmt(stats(cold))));
    report(QStringLiteral("history warm: store %1").arg(fmt(stats(fast))));
    report(
        QStringLiteral("history warm baseline (N+1 code queries, notes parsed): %1").arg(fmt(stats(naive))));

    QSqlQuery q(db);
    report(QStringLiteral("scan floor (bare full pass: count, sum(length(codes_text))): %1").arg(timed([&] {
        q.exec(QStringLiteral("SELECT count(*), sum(length(codes_text)) FROM encounters"));
        q.next();
    })));
    QList<StaleFinding> found;
    const QString scan = timed([&] { found = store->staleScan(store->defaultStaleCriteria()); });
    report(QStringLiteral("stale scan (>= 3 visits in 180 days): %1 findings in %2")
               .arg(found.size())
               .arg(scan));
    const int naiveSample = qMin(patients, 5000);
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    for (int i = 1; i <= naiveSample; ++i)
        naiveHistory(db, patientId(i));
    const double scale = double(patients) / double(naiveSample);
    report(
        QStringLiteral("stale scan baseline (naive per-patient history; %1 patients measured, scaled x%2): "
                       "%3 s wall, %4 s CPU")
            .arg(naiveSample)
            .arg(scale, 0, 'f', 0)
            .arg(double(t.elapsed()) / 1000.0 * scale, 0, 'f', 1)
            .arg((cpuSeconds() - cpu) * scale, 0, 'f', 1));
    return 0;
}
