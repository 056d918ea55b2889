// Visit history for one patient and the store-wide stale symptom scan. Both read the
// per-visit codes_text and progression flag stored with each visit, never the notes, and
// hand the visits in date order to core/CarryOver.
#include "work/CarryOver.h"
#include "workstore/SqliteWorkStore.h"
#include "workstore/WorkStoreRows.h"

#include <QHash>
#include <QSqlQuery>

namespace wcw {

VisitHistory SqliteWorkStore::visitHistory(const QString& patientId) const
{
    m_lastError.clear();
    VisitHistory history;
    history.patientId = patientId;
    const QString purpose = QStringLiteral("read visit history");
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!prepare(q,
                 QStringLiteral("SELECT e.id, e.external_id, e.date_of_service, e.codes_text, e.progression, "
                                "p.name FROM patients p JOIN encounters e ON e.patient_id = p.id "
                                "WHERE p.external_id = :patient ORDER BY e.date_of_service, e.id"),
                 purpose))
        return history;
    q.bindValue(QStringLiteral(":patient"), patientId);
    if (!q.exec()) {
        failQuery(q, purpose);
        return history;
    }
    QList<VisitFacts> facts;
    while (q.next()) {
        VisitSummary v;
        v.id = q.value(0).toLongLong();
        v.encounterId = q.value(1).toString();
        v.dateOfService = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        v.codes = db::splitCodes(q.value(3).toString());
        v.progressionDocumented = q.value(4).toInt() != 0;
        history.patientName = q.value(5).toString();
        history.visits.append(v);
        facts.append({v.dateOfService, v.codes, v.progressionDocumented});
    }
    if (!rowsEnded(q, purpose))
        return {patientId, {}, {}, {}};
    const StaleCriteria criteria = defaultStaleCriteria();
    if (!m_lastError.isEmpty()) // the thresholds could not be read
        return {patientId, {}, {}, {}};
    const QList<bool> newDx = CarryOver::newDefinitiveDx(facts);
    // "In between": a diagnosis first coded after the first visit, i.e. while symptoms were carried.
    for (qsizetype i = 1; i < history.visits.size(); ++i)
        history.visits[i].definitiveDxCoded = newDx[i];
    history.symptoms = CarryOver(criteria).carried(facts);
    return history;
}

// One ordered pass over all visits (patient, date): each patient's visits are collected
// and analysed when the next patient starts, so memory stays at one patient.
QList<StaleFinding> SqliteWorkStore::staleScan(const StaleCriteria& criteria) const
{
    m_lastError.clear();
    QList<StaleFinding> findings;
    const CarryOver analysis(criteria);
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.patient_id, e.date_of_service, e.codes_text, e.progression "
                               "FROM encounters e ORDER BY e.patient_id, e.date_of_service, e.id"))) {
        failQuery(q, QStringLiteral("stale scan"));
        return findings;
    }
    QList<qint64> flaggedKeys;
    qint64 current = -1;
    QList<VisitFacts> visits;
    auto analyse = [&] {
        const QList<StaleFinding> found = analysis.staleFindings(QString::number(current), visits);
        for (const StaleFinding& f : found) {
            findings.append(f);
            flaggedKeys.append(current);
        }
        visits.clear();
    };
    while (q.next()) {
        const qint64 patient = q.value(0).toLongLong();
        if (patient != current && !visits.isEmpty())
            analyse();
        current = patient;
        visits.append({db::isoDate(q.value(1).toString()), db::splitCodes(q.value(2).toString()),
                       q.value(3).toInt() != 0});
    }
    if (!rowsEnded(q, QStringLiteral("stale scan")))
        return {};
    if (!visits.isEmpty())
        analyse();
    // Name the flagged patients by their external ids in one pass over the patients.
    if (!findings.isEmpty()) {
        QHash<qint64, QString> external;
        for (qint64 key : flaggedKeys)
            external.insert(key, QString());
        QSqlQuery p(db);
        p.setForwardOnly(true);
        if (!p.exec(QStringLiteral("SELECT id, external_id FROM patients"))) {
            failQuery(p, QStringLiteral("stale scan: patient ids"));
            return {};
        }
        while (p.next()) {
            const auto it = external.find(p.value(0).toLongLong());
            if (it != external.end())
                *it = p.value(1).toString();
        }
        if (!rowsEnded(p, QStringLiteral("stale scan: patient ids")))
            return {};
        for (qsizetype i = 0; i < findings.size(); ++i)
            findings[i].patientId = external.value(flaggedKeys[i]);
    }
    return findings;
}

} // namespace wcw
