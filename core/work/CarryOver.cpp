#include "work/CarryOver.h"

namespace wcw {
namespace {

struct Window
{
    int count = 0;
    QDate first;
    QDate last;
};

// Largest number of run dates (ascending) inside any span of `days` days (two pointers).
Window densestWindow(const QList<QDate>& dates, int days)
{
    Window best;
    qsizetype lo = 0;
    for (qsizetype hi = 0; hi < dates.size(); ++hi) {
        while (dates[lo].daysTo(dates[hi]) >= days)
            ++lo;
        const int n = int(hi - lo + 1);
        if (n >= best.count) // ">=": prefer the latest window of equal size
            best = {n, dates[lo], dates[hi]};
    }
    return best;
}

QString staleReason(const QString& code, const Window& w, int days)
{
    return QStringLiteral(
               "%1 coded on %2 visits from %3 to %4 (within %5 days) with no progression or "
               "re-evaluation documented and no confirmed cause coded since: OCG IV.J codes what each "
               "visit documents and IV.D allows a symptom code only while no diagnosis is established; "
               "a symptom code carried forward unchanged is an audit risk")
        .arg(code)
        .arg(w.count)
        .arg(w.first.toString(Qt::ISODate), w.last.toString(Qt::ISODate))
        .arg(days);
}

} // namespace

bool isSymptomCode(const QString& code)
{
    return code.startsWith(QLatin1Char('R')) || code == QLatin1String("M62.81");
}

bool isDefinitiveDiagnosis(const QString& code)
{
    return !code.isEmpty() && !isSymptomCode(code) && !code.startsWith(QLatin1Char('Z'));
}

QStringList defaultStaleSymptomCodes()
{
    // The weakness family of the primer (../shared/docs/domain.md) that is coded as a symptom:
    // weakness, muscle weakness, malaise, fatigue (both codes) and age-related debility.
    return {QStringLiteral("R53.1"),  QStringLiteral("R53.81"), QStringLiteral("R53.82"),
            QStringLiteral("R53.83"), QStringLiteral("M62.81"), QStringLiteral("R54")};
}

CarryOver::CarryOver(StaleCriteria criteria) : m_criteria(std::move(criteria))
{
    if (m_criteria.symptomCodes.isEmpty())
        m_criteria.symptomCodes = defaultStaleSymptomCodes();
    m_criteria.days = qMax(1, m_criteria.days);
    m_criteria.minVisits = qMax(1, m_criteria.minVisits);
}

QList<bool> CarryOver::newDefinitiveDx(const QList<VisitFacts>& visits)
{
    QList<bool> result;
    result.reserve(visits.size());
    QSet<QString> known;
    for (const VisitFacts& v : visits) {
        bool fresh = false;
        for (const QString& c : v.codes) {
            if (isDefinitiveDiagnosis(c) && !known.contains(c)) {
                fresh = true;
                known.insert(c);
            }
        }
        result.append(fresh);
    }
    return result;
}

std::optional<StaleFinding> CarryOver::latestStaleRun(const QString& code, const QList<VisitFacts>& visits,
                                                      const QList<bool>& newDx) const
{
    std::optional<StaleFinding> latest;
    QList<QDate> run;
    auto closeRun = [&] {
        const Window w = densestWindow(run, m_criteria.days);
        if (w.count >= m_criteria.minVisits)
            latest = StaleFinding{{}, code, w.count, w.first, w.last, staleReason(code, w, m_criteria.days)};
        run.clear();
    };
    for (qsizetype i = 0; i < visits.size(); ++i) {
        if (newDx[i])
            closeRun();
        if (!visits[i].codes.contains(code))
            continue;
        if (visits[i].progression)
            closeRun();
        run.append(visits[i].date);
    }
    closeRun();
    return latest;
}

QList<StaleFinding> CarryOver::staleFindings(const QString& patientId, const QList<VisitFacts>& visits) const
{
    QList<StaleFinding> findings;
    const QList<bool> newDx = newDefinitiveDx(visits);
    for (const QString& code : m_criteria.symptomCodes) {
        if (auto f = latestStaleRun(code, visits, newDx)) {
            f->patientId = patientId;
            findings.append(*f);
        }
    }
    return findings;
}

QList<CarriedSymptom> CarryOver::carried(const QList<VisitFacts>& visits) const
{
    QList<CarriedSymptom> symptoms;
    const QList<bool> newDx = newDefinitiveDx(visits);
    for (const VisitFacts& v : visits) {
        for (const QString& c : v.codes) {
            if (!isSymptomCode(c))
                continue;
            auto it = std::find_if(symptoms.begin(), symptoms.end(),
                                   [&](const CarriedSymptom& s) { return s.code == c; });
            if (it == symptoms.end()) {
                symptoms.append({c, v.date, v.date, 0, false, {}});
                it = symptoms.end() - 1;
            }
            it->lastSeen = v.date;
            ++it->visits;
        }
    }
    for (CarriedSymptom& s : symptoms) {
        if (auto f = latestStaleRun(s.code, visits, newDx)) {
            s.stale = true;
            s.reason = f->reason;
        }
    }
    return symptoms;
}

} // namespace wcw
