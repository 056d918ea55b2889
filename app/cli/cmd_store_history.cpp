// wcw-cli history / stale: a patient's visits with carried symptom codes, and the
// store-wide scan for symptom codes carried forward without progression documented.
#include "CliCommand.h"
#include "StoreOption.h"

#include <QJsonArray>

namespace {

using namespace wcw::cli;

QJsonObject visitJson(const wcw::VisitSummary& v)
{
    return {{QStringLiteral("encounter_id"), v.encounterId},
            {QStringLiteral("date_of_service"), v.dateOfService.toString(Qt::ISODate)},
            {QStringLiteral("codes"), QJsonArray::fromStringList(v.codes)},
            {QStringLiteral("progression_documented"), v.progressionDocumented},
            {QStringLiteral("definitive_dx_coded"), v.definitiveDxCoded}};
}

QJsonObject symptomJson(const wcw::CarriedSymptom& s)
{
    QJsonObject o{{QStringLiteral("code"), s.code},
                  {QStringLiteral("first_seen"), s.firstSeen.toString(Qt::ISODate)},
                  {QStringLiteral("last_seen"), s.lastSeen.toString(Qt::ISODate)},
                  {QStringLiteral("visits"), s.visits},
                  {QStringLiteral("stale"), s.stale}};
    if (s.stale)
        o.insert(QStringLiteral("reason"), s.reason);
    return o;
}

void printHistory(const wcw::VisitHistory& h)
{
    out(QStringLiteral("%1  %2  (%3 visits)").arg(h.patientId, h.patientName).arg(h.visits.size()));
    for (const wcw::VisitSummary& v : h.visits) {
        QStringList marks;
        if (v.progressionDocumented)
            marks.append(QStringLiteral("progression documented"));
        if (v.definitiveDxCoded)
            marks.append(QStringLiteral("new diagnosis coded"));
        out(QStringLiteral("  %1  %2  %3%4")
                .arg(v.dateOfService.toString(Qt::ISODate), v.encounterId, v.codes.join(QStringLiteral(" ")),
                     marks.isEmpty() ? QString()
                                     : QStringLiteral("  [") + marks.join(QStringLiteral("; ")) + u']'));
    }
    for (const wcw::CarriedSymptom& s : h.symptoms) {
        out(QStringLiteral("  symptom %1: %2 visits, first %3, last %4%5")
                .arg(s.code)
                .arg(s.visits)
                .arg(s.firstSeen.toString(Qt::ISODate), s.lastSeen.toString(Qt::ISODate),
                     s.stale ? QStringLiteral("  STALE: ") + s.reason : QString()));
    }
}

int runHistory(Args& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    auto store = openStore(args);
    if (!store)
        return BadInput;
    const QStringList pos = args.positionals();
    if (pos.size() != 1 || !args.unknownOption().isEmpty())
        return fail(BadInput, QStringLiteral("usage: wcw-cli history PATIENT_ID [--json] [--store PATH]"));
    const wcw::VisitHistory h = store->visitHistory(pos.first());
    if (!store->lastError().isEmpty())
        return fail(BadInput, store->lastError());
    if (h.visits.isEmpty())
        return fail(NotFound, QStringLiteral("%1: no patient \"%2\"").arg(store->path(), pos.first()));
    if (!json) {
        printHistory(h);
        return Ok;
    }
    QJsonArray visits, symptoms;
    for (const wcw::VisitSummary& v : h.visits)
        visits.append(visitJson(v));
    for (const wcw::CarriedSymptom& s : h.symptoms)
        symptoms.append(symptomJson(s));
    outJson({{QStringLiteral("patient_id"), h.patientId},
             {QStringLiteral("name"), h.patientName},
             {QStringLiteral("visits"), visits},
             {QStringLiteral("symptoms"), symptoms}});
    return Ok;
}

int runStale(Args& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    QStringList codes;
    for (QString c = args.option(QStringLiteral("code")); !c.isEmpty();
         c = args.option(QStringLiteral("code")))
        codes.append(c);
    auto store = openStore(args);
    if (!store)
        return BadInput;
    wcw::StaleCriteria criteria = store->defaultStaleCriteria();
    criteria.symptomCodes = codes;
    if (!intOption(args, QStringLiteral("days"), &criteria.days, 1) ||
        !intOption(args, QStringLiteral("min-visits"), &criteria.minVisits, 2))
        return BadInput;
    if (!args.error.isEmpty() || !args.unknownOption().isEmpty() || !args.positionals().isEmpty())
        return fail(BadInput,
                    QStringLiteral("usage: wcw-cli stale [--days N] [--min-visits N] [--code CODE ...] "
                                   "[--json] [--store PATH]"));
    const QList<wcw::StaleFinding> findings = store->staleScan(criteria);
    if (!store->lastError().isEmpty())
        return fail(BadInput, store->lastError());
    if (!json) {
        for (const wcw::StaleFinding& f : findings)
            out(QStringLiteral("%1  %2  %3 visits %4..%5")
                    .arg(f.patientId, f.code)
                    .arg(f.visits)
                    .arg(f.firstSeen.toString(Qt::ISODate), f.lastSeen.toString(Qt::ISODate)));
        out(QStringLiteral("%1 stale symptom codes (>= %2 visits within %3 days)")
                .arg(findings.size())
                .arg(criteria.minVisits)
                .arg(criteria.days));
        return Ok;
    }
    QJsonArray list;
    for (const wcw::StaleFinding& f : findings) {
        list.append(QJsonObject{{QStringLiteral("patient_id"), f.patientId},
                                {QStringLiteral("code"), f.code},
                                {QStringLiteral("visits"), f.visits},
                                {QStringLiteral("first_seen"), f.firstSeen.toString(Qt::ISODate)},
                                {QStringLiteral("last_seen"), f.lastSeen.toString(Qt::ISODate)},
                                {QStringLiteral("reason"), f.reason}});
    }
    outJson({{QStringLiteral("days"), criteria.days},
             {QStringLiteral("min_visits"), criteria.minVisits},
             {QStringLiteral("findings"), list}});
    return Ok;
}

} // namespace

WCW_CLI_COMMAND("history", "history PATIENT_ID [--json] [--store PATH]", runHistory);
WCW_CLI_COMMAND("stale", "stale [--days N] [--min-visits N] [--code CODE ...] [--json] [--store PATH]",
                runStale);
