// bench_reference: the reference database's speed, each figure beside a baseline measured in
// the same run.
//   import  : full FY2023 release (tabular + index + order) into a new database,
//             vs a plain QXmlStreamReader pass over the same two XML files + reading the order file
//   search  : ReferenceDb::search over >= 1,000 queries built from the release (codes, code
//             prefixes, dot-less codes, title words, index main term + subterm, half-typed words),
//             p50/p95/p99, vs a naive LIKE query over titles for the same queries
//   facts   : validityOn + excludes1 (the rules core's questions) per second, vs one SQL query each
// Usage: bench_reference [RELEASE_DIR]   (default ../shared/icd10cm/2022-10-01 or $WCW_ICD10CM_DIR)
#include "domain/IcdCode.h"
#include "reference/ReferenceDb.h"
#include "release/ReleaseImporter.h"
#include "sqlite/SqliteConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace wcw;

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double plainParseMs(const QString& dir)
{
    QElapsedTimer t;
    t.start();
    qint64 elements = 0;
    for (const QFileInfo& f :
         QDir(dir).entryInfoList({QStringLiteral("*.xml"), QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (f.suffix() == QLatin1String("txt")) {
            elements += bytes.count('\n');
            continue;
        }
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
    }
    std::fprintf(stderr, "(baseline saw %lld elements/lines)\n", elements);
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a shared 2-core machine, wall time also counts waiting for a core.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 0)
                                       : QStringLiteral("?");
}

struct Percentiles
{
    double p50, p95, p99, mean;
};

Percentiles percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size()))); };
    double sum = 0;
    for (double v : ms)
        sum += v;
    return {at(0.50), at(0.95), at(0.99), sum / ms.size()};
}

// Realistic queries, built from the release so they exist: what a coder types.
QStringList buildQueries(QSqlDatabase& db, const QString& release)
{
    QStringList out{
        QStringLiteral("weakness"),        QStringLiteral("weakness muscle"), QStringLiteral("r531"),
        QStringLiteral("M62.8"),           QStringLiteral("fatigue"),         QStringLiteral("sarcopenia"),
        QStringLiteral("hemiplegia left"), QStringLiteral("facial weak"),     QStringLiteral("frailty")};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code, dotted, title FROM codes WHERE release_id = :r ORDER BY code"));
    q.bindValue(QStringLiteral(":r"), release);
    q.exec();
    QList<QStringList> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    QRandomGenerator rng(20261126); // fixed seed: the same list every run
    for (int i = 0; i < 200 && !rows.isEmpty(); ++i) {
        const QStringList& r = rows.at(rng.bounded(int(rows.size())));
        const QStringList words = r.at(2).split(u' ', Qt::SkipEmptyParts);
        out << r.at(1);                                              // exact dotted code
        out << r.at(0).toLower();                                    // typed without the dot
        out << r.at(1).left(std::min<qsizetype>(5, r.at(1).size())); // code prefix
        if (words.size() >= 2)
            out << (words.at(0) + u' ' + words.at(1)).toLower(); // title words
        if (words.size() >= 2)
            out << words.at(0).toLower() + u' ' + words.at(1).left(3).toLower(); // half-typed last word
    }
    q.prepare(QStringLiteral(
        "SELECT m.title, s.title FROM index_terms s JOIN index_terms m ON m.release_id = s.release_id"
        " AND m.id = s.parent_id WHERE s.release_id = :r AND m.parent_id IS NULL"));
    q.bindValue(QStringLiteral(":r"), release);
    q.exec();
    QList<QPair<QString, QString>> terms;
    while (q.next())
        terms.append({q.value(0).toString(), q.value(1).toString()});
    for (int i = 0; i < 250 && !terms.isEmpty(); ++i) {
        const auto& [main, sub] = terms.at(rng.bounded(int(terms.size())));
        const QString mainWord = main.section(u',', 0, 0).section(u' ', 0, 0).toLower();
        const QString subWord = sub.section(u' ', 0, 0).toLower();
        out << mainWord + u' ' + subWord; // index main term + subterm
    }
    return out;
}

// The naive way: LIKE '%word%' on titles and codes, no index, no ranking.
QList<QString> likeSearch(QSqlDatabase& db, const QString& release, const QString& text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT dotted FROM codes WHERE release_id = :r");
    for (int i = 0; i < words.size(); ++i)
        sql += QStringLiteral(" AND (title LIKE :w%1 OR dotted LIKE :w%1 OR code LIKE :w%1)").arg(i);
    sql += QStringLiteral(" LIMIT 20");
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":r"), release);
    for (int i = 0; i < words.size(); ++i)
        q.bindValue(QStringLiteral(":w%1").arg(i), QString(u'%' + words.at(i) + u'%'));
    QList<QString> out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir = app.arguments().value(1);
    if (dir.isEmpty()) {
        const QString base =
            qEnvironmentVariable("WCW_ICD10CM_DIR", QStringLiteral(WCW_SHARED_DIR "/icd10cm"));
        dir = base + QStringLiteral("/2022-10-01");
    }
    if (!QFileInfo(dir).isDir()) {
        print(QStringLiteral("bench_reference: %1 not found; give a release folder").arg(dir));
        return 2;
    }
    QTemporaryDir tmp;
    const QString dbPath = tmp.filePath(QStringLiteral("bench.sqlite"));

    // --- import vs plain parse
    double cpu0 = threadCpuMs();
    const double baselineMs = plainParseMs(dir);
    const double baselineCpuMs = threadCpuMs() - cpu0;
    const QString reuse = qEnvironmentVariable("WCW_BENCH_REUSE_DB"); // skip the import: search/facts only
    if (!reuse.isEmpty())
        QFile::copy(reuse, dbPath);
    db::ReleaseSources sources;
    QString error;
    if (!db::loadReleasePath(dir, &sources, &error)) {
        print(error);
        return 2;
    }
    QElapsedTimer t;
    cpu0 = threadCpuMs();
    t.start();
    const db::ImportOutcome out = db::ReleaseImporter(dbPath).import(std::move(sources));
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    const double importCpuMs = threadCpuMs() - cpu0;
    if (!out.ok) {
        print(out.error);
        return 2;
    }
    print(QStringLiteral("import %1 (%2 codes, %3 notes, %4 index terms): %5 s   baseline plain XML parse + "
                         "order read: %6 s")
              .arg(out.label)
              .arg(out.codes)
              .arg(out.notes)
              .arg(out.indexTerms)
              .arg(importMs / 1000, 0, 'f', 2)
              .arg(baselineMs / 1000, 0, 'f', 2));
    print(QStringLiteral("  CPU time only:    import %1 s   baseline %2 s   (load average %3)")
              .arg(importCpuMs / 1000, 0, 'f', 2)
              .arg(baselineCpuMs / 1000, 0, 'f', 2)
              .arg(loadAverage()));

    // --- search vs LIKE
    db::ReferenceDb ref(dbPath);
    if (!ref.open(&error)) {
        print(error);
        return 2;
    }
    QSqlDatabase sql = db::openSqlite(dbPath, QStringLiteral("reference")).db;
    const QStringList queries = buildQueries(sql, out.releaseId);
    QList<double> ours, naive, oursCpu, naiveCpu;
    qint64 hits = 0;
    for (const QString& query : queries) {
        QElapsedTimer q;
        double cpu = threadCpuMs();
        q.start();
        hits += ref.search(query, 20).size();
        ours.append(double(q.nsecsElapsed()) / 1e6);
        oursCpu.append(threadCpuMs() - cpu);
        if (qEnvironmentVariableIsSet("WCW_BENCH_SLOW") && ours.last() > 5)
            std::fprintf(stderr, "slow: %.1f ms  %s\n", ours.last(), qPrintable(query));
        cpu = threadCpuMs();
        q.restart();
        hits += likeSearch(sql, out.releaseId, query).size();
        naive.append(double(q.nsecsElapsed()) / 1e6);
        naiveCpu.append(threadCpuMs() - cpu);
    }
    const Percentiles a = percentiles(ours), b = percentiles(naive);
    const Percentiles ac = percentiles(oursCpu), bc = percentiles(naiveCpu);
    print(QStringLiteral("search %1 queries: p50 %2 ms  p95 %3 ms  p99 %4 ms  mean %5 ms")
              .arg(queries.size())
              .arg(a.p50, 0, 'f', 2)
              .arg(a.p95, 0, 'f', 2)
              .arg(a.p99, 0, 'f', 2)
              .arg(a.mean, 0, 'f', 2));
    print(QStringLiteral("  baseline LIKE:    p50 %1 ms  p95 %2 ms  p99 %3 ms  mean %4 ms   (%5 hits total)")
              .arg(b.p50, 0, 'f', 2)
              .arg(b.p95, 0, 'f', 2)
              .arg(b.p99, 0, 'f', 2)
              .arg(b.mean, 0, 'f', 2)
              .arg(hits));
    print(QStringLiteral("  CPU time only:    search p50 %1 ms  p95 %2 ms  p99 %3 ms;  LIKE p50 %4 ms  p95 "
                         "%5 ms  p99 %6 ms"
                         "   (load average %7)")
              .arg(ac.p50, 0, 'f', 2)
              .arg(ac.p95, 0, 'f', 2)
              .arg(ac.p99, 0, 'f', 2)
              .arg(bc.p50, 0, 'f', 2)
              .arg(bc.p95, 0, 'f', 2)
              .arg(bc.p99, 0, 'f', 2)
              .arg(loadAverage()));

    // --- code facts (the rules core's questions) vs one SQL query per question
    const QDate dos(2023, 6, 1);
    QStringList codes;
    for (const QString& q : queries) {
        if (icd::looksLikeCode(q))
            codes << q;
    }
    codes << QStringLiteral("R53.1") << QStringLiteral("M62.81") << QStringLiteral("Z99.99");
    ref.validityOn(codes.first(), dos); // load the cache outside the timing
    ref.excludes1(codes.first(), codes.last(), dos);
    const int rounds = 200000;
    t.restart();
    int yes = 0;
    for (int i = 0; i < rounds; ++i) {
        const QString& c = codes.at(i % codes.size());
        yes += ref.validityOn(c, dos) == CodeValidity::Billable;
        yes += ref.excludes1(c, codes.at((i * 7) % codes.size()), dos);
    }
    const double factsPerSec = 2.0 * rounds / (double(t.nsecsElapsed()) / 1e9);
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("SELECT billable FROM codes WHERE release_id = :r AND code = :c"));
    const int sqlRounds = 20000;
    t.restart();
    for (int i = 0; i < sqlRounds; ++i) {
        q.bindValue(QStringLiteral(":r"), out.releaseId);
        q.bindValue(QStringLiteral(":c"), icd::compact(codes.at(i % codes.size())));
        if (q.exec() && q.next())
            yes += q.value(0).toInt();
    }
    const double sqlPerSec = sqlRounds / (double(t.nsecsElapsed()) / 1e9);
    print(QStringLiteral("facts: %1 validityOn/excludes1 answers per second   baseline one SQL query each: "
                         "%2 per second (%3)")
              .arg(factsPerSec, 0, 'f', 0)
              .arg(sqlPerSec, 0, 'f', 0)
              .arg(yes));
    return 0;
}
