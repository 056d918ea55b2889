#include "demo/DemoGenerator.h"

#include "demo/DemoStorylines.h"

namespace wcw {
namespace {

const QStringList kFirstNames{
    QStringLiteral("Ada"),   QStringLiteral("Bruno"),  QStringLiteral("Carmen"), QStringLiteral("Dmitri"),
    QStringLiteral("Elena"), QStringLiteral("Farid"),  QStringLiteral("Grace"),  QStringLiteral("Hiro"),
    QStringLiteral("Ines"),  QStringLiteral("Jamal"),  QStringLiteral("Keiko"),  QStringLiteral("Luis"),
    QStringLiteral("Marta"), QStringLiteral("Nikhil"), QStringLiteral("Olga"),   QStringLiteral("Pieter"),
    QStringLiteral("Quinn"), QStringLiteral("Rosa"),   QStringLiteral("Samuel"), QStringLiteral("Tamar"),
    QStringLiteral("Umar"),  QStringLiteral("Vera"),   QStringLiteral("Walter"), QStringLiteral("Yusuf")};
const QStringList kLastNames{
    QStringLiteral("Abbott"),  QStringLiteral("Banerjee"), QStringLiteral("Castillo"),
    QStringLiteral("Dubois"),  QStringLiteral("Eriksen"),  QStringLiteral("Fischer"),
    QStringLiteral("Garcia"),  QStringLiteral("Haddad"),   QStringLiteral("Ivanova"),
    QStringLiteral("Jensen"),  QStringLiteral("Kowalski"), QStringLiteral("Lindqvist"),
    QStringLiteral("Moreau"),  QStringLiteral("Nakamura"), QStringLiteral("Okafor"),
    QStringLiteral("Petrov"),  QStringLiteral("Quispe"),   QStringLiteral("Rossi"),
    QStringLiteral("Schmidt"), QStringLiteral("Tanaka")};
const QStringList kProviders{QStringLiteral("Dr. A. Patel"), QStringLiteral("Dr. M. Okonkwo"),
                             QStringLiteral("Dr. S. Lindgren"), QStringLiteral("Dr. R. Alvarez"),
                             QStringLiteral("N. Kim, NP")};
// Conditions coded at every visit from the first: known comorbidities, not a newly found cause.
const QStringList kComorbidities{QStringLiteral("I10"), QStringLiteral("E11.9"), QStringLiteral("E78.5")};

const QStringList& coderIds()
{
    static const QStringList ids{QStringLiteral("mlopez"), QStringLiteral("jchen"), QStringLiteral("pnair")};
    return ids;
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options) : m_options(std::move(options)), m_rng(m_options.seed)
{
    if (!m_options.today.isValid())
        m_options.today = QDate(2026, 1, 15);
    m_options.patients = qMax(0, m_options.patients);
    m_options.meanVisits = qMax(1, m_options.meanVisits);
    if (m_options.todayVisits < 0)
        m_options.todayVisits = qMax(20, m_options.patients / 50);
    m_options.todayVisits = qMin(m_options.todayVisits, m_options.patients);
}

QList<User> DemoGenerator::users()
{
    return {{QStringLiteral("mlopez"), QStringLiteral("Maria Lopez"), Role::Coder},
            {QStringLiteral("jchen"), QStringLiteral("Jun Chen"), Role::Coder},
            {QStringLiteral("pnair"), QStringLiteral("Priya Nair"), Role::Coder},
            {QStringLiteral("tbrooks"), QStringLiteral("Tom Brooks"), Role::Trainer},
            {QStringLiteral("kadams"), QStringLiteral("Kim Adams"), Role::Auditor},
            {QStringLiteral("admin"), QStringLiteral("Store Administrator"), Role::Admin}};
}

QStringList DemoGenerator::storylines()
{
    return demo::storylineNames();
}

void DemoGenerator::generate(const std::function<void(const DemoPatient&)>& sink)
{
    // Spread today's visits evenly over the patients so the queue is a cross-section.
    const int n = m_options.patients;
    const int today = m_options.todayVisits;
    for (int i = 0; i < n; ++i) {
        const bool seenToday = today > 0 && (qint64(i) * today / n) != (qint64(i + 1) * today / n);
        sink(makePatient(i, seenToday));
    }
}

QList<QDate> DemoGenerator::visitDates(int count, bool seenToday)
{
    QList<QDate> dates(count);
    QDate d = seenToday ? m_options.today : m_options.today.addDays(-1 - pick(30));
    for (int v = count - 1; v >= 0; --v) {
        dates[v] = d;
        d = d.addDays(-14 - pick(47)); // visits two to eight weeks apart
    }
    return dates;
}

DemoPatient DemoGenerator::makePatient(int index, bool seenToday)
{
    DemoPatient p;
    p.patient.patientId = QStringLiteral("P%1").arg(index + 1, 6, 10, QLatin1Char('0'));
    p.patient.name = kFirstNames.at(pick(int(kFirstNames.size()))) + QLatin1Char(' ') +
                     kLastNames.at(pick(int(kLastNames.size())));
    const int age = 35 + pick(60);
    p.patient.birthDate = m_options.today.addYears(-age).addDays(-pick(365));
    p.patient.sex = chance(0.5) ? QStringLiteral("female") : QStringLiteral("male");
    const QStringList lines = demo::storylineNames();
    p.storyline = lines.at(pick(int(lines.size())));
    const int visits = 1 + pick(2 * m_options.meanVisits - 1);
    const bool wrong = chance(0.35);
    const QString comorbidity = chance(0.4) ? kComorbidities.at(pick(int(kComorbidities.size()))) : QString();
    const QString provider = kProviders.at(pick(int(kProviders.size())));
    const QString coder = coderIds().at(pick(int(coderIds().size())));
    const QList<QDate> dates = visitDates(visits, seenToday);
    for (int v = 0; v < visits; ++v) {
        demo::VisitText text = demo::storyVisit(p.storyline, {v, visits, wrong, age, &m_rng});
        if (!comorbidity.isEmpty())
            text.codes.append(comorbidity);
        DemoVisit visit;
        ImportedEncounter& e = visit.encounter;
        e.encounterId = QStringLiteral("%1-V%2").arg(p.patient.patientId).arg(v + 1, 2, 10, QLatin1Char('0'));
        e.patientId = p.patient.patientId;
        e.dateOfService = dates[v];
        e.setting = text.setting;
        e.provider = provider;
        e.note = text.note;
        e.codes = text.codes;
        e.source = QStringLiteral("demo seed %1").arg(m_options.seed);
        const int daysAgo = int(dates[v].daysTo(m_options.today));
        if (daysAgo == 0) {
            visit.status = EncounterStatus::New; // today's queue: untouched
        } else if (daysAgo > 30 ||
                   chance(m_options.recentDoneShare)) { // older charts are finished; recent ones partly open
            visit.status = EncounterStatus::Done;
            visit.codedBy = coder;
        } else {
            const EncounterStatus open[] = {EncounterStatus::New, EncounterStatus::InProgress,
                                            EncounterStatus::QuerySent, EncounterStatus::OnHold};
            visit.status = open[pick(4)];
            visit.codedBy = visit.status == EncounterStatus::New ? QString() : coder;
        }
        e.status = statusName(visit.status);
        p.visits.append(visit);
    }
    return p;
}

} // namespace wcw
