// wcw-cli demo: fills a work store with synthetic patients, visits, coders and today's queue.
#include "CliCommand.h"
#include "workstore/DemoSeeder.h"
#include "StoreOption.h"

#include <QElapsedTimer>

namespace {

using namespace wcw::cli;

int runDemo(Args& args)
{
    wcw::DemoOptions options;
    int seed = 1;
    const bool json = args.flag(QStringLiteral("json"));
    if (!intOption(args, QStringLiteral("patients"), &options.patients, 1) ||
        !intOption(args, QStringLiteral("seed"), &seed, 0) ||
        !intOption(args, QStringLiteral("mean-visits"), &options.meanVisits, 1) ||
        !intOption(args, QStringLiteral("today-visits"), &options.todayVisits, 0))
        return BadInput;
    options.seed = quint64(seed);
    const QString today = args.option(QStringLiteral("today"));
    if (!today.isEmpty()) {
        options.today = QDate::fromString(today, Qt::ISODate);
        if (!options.today.isValid())
            return fail(BadInput, QStringLiteral("--today must be a date YYYY-MM-DD, not \"%1\"").arg(today));
    }
    auto store = openStore(args);
    if (!store)
        return BadInput;
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    QElapsedTimer timer;
    timer.start();
    wcw::DemoSeedStats stats;
    QString error;
    if (!wcw::seedDemo(*store, options, QStringLiteral("admin"), &stats, &error))
        return fail(BadInput, error);
    const QJsonObject summary{{QStringLiteral("store"), store->path()},
                              {QStringLiteral("patients"), stats.patients},
                              {QStringLiteral("encounters"), stats.encounters},
                              {QStringLiteral("done"), stats.done},
                              {QStringLiteral("today"), stats.today},
                              {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
    if (json) {
        outJson(summary);
    } else {
        out(QStringLiteral("%1: %2 patients, %3 encounters (%4 done, %5 in today's queue) in %6 s")
                .arg(store->path())
                .arg(stats.patients)
                .arg(stats.encounters)
                .arg(stats.done)
                .arg(stats.today)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return Ok;
}

} // namespace

WCW_CLI_COMMAND(
    "demo",
    "demo --patients N --seed S [--today YYYY-MM-DD] [--mean-visits N] [--today-visits N] [--json] "
    "[--store PATH]",
    runDemo);
