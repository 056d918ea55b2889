// Encounters going out (core/CsvEncounters and core/FhirR4 write the files).
#include "workstore/SqliteWorkStore.h"
#include "workstore/WorkStoreRows.h"

#include <QHash>
#include <QSqlQuery>

namespace wcw {
namespace {

// The filter as SQL; only fixed text, the values are bound by the caller.
QString filterClause(const ExportFilter& f)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (f.status)
        where += QStringLiteral(" AND e.status = :status");
    if (f.since.isValid())
        where += QStringLiteral(" AND e.date_of_service >= :since");
    return where;
}

void bindFilter(QSqlQuery& q, const ExportFilter& f)
{
    if (f.status)
        q.bindValue(QStringLiteral(":status"), statusName(*f.status));
    if (f.since.isValid())
        q.bindValue(QStringLiteral(":since"), f.since.toString(Qt::ISODate));
}

} // namespace

QList<ImportedEncounter> SqliteWorkStore::exportEncounters(const ExportFilter& filter) const
{
    m_lastError.clear();
    QList<ImportedEncounter> result;
    QSqlDatabase db = database();
    QHash<qint64, QList<ExternalCoding>> other;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(q,
                 QStringLiteral(
                     "SELECT o.encounter_id, o.system, o.code, o.display FROM encounter_other_codings o "
                     "JOIN encounters e ON e.id = o.encounter_id") +
                     filterClause(filter) + QStringLiteral(" ORDER BY o.encounter_id, o.seq"),
                 QStringLiteral("export other codings")))
        return result;
    bindFilter(q, filter);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("export other codings"));
        return result;
    }
    while (q.next())
        other[q.value(0).toLongLong()].append(
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (!rowsEnded(q, QStringLiteral("export other codings")))
        return result;
    if (!prepare(
            q,
            QStringLiteral(
                "SELECT e.id, e.external_id, p.external_id, e.date_of_service, e.setting, e.provider, "
                "e.note, e.codes_text, e.status FROM encounters e JOIN patients p ON p.id = e.patient_id") +
                filterClause(filter) + QStringLiteral(" ORDER BY e.date_of_service, e.external_id"),
            QStringLiteral("export encounters")))
        return result;
    bindFilter(q, filter);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("export encounters"));
        return result;
    }
    while (q.next()) {
        ImportedEncounter e;
        e.encounterId = q.value(1).toString();
        e.patientId = q.value(2).toString();
        e.dateOfService = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.setting = db::settingFromText(q.value(4).toString());
        e.provider = q.value(5).toString();
        e.note = q.value(6).toString();
        e.codes = db::splitCodes(q.value(7).toString());
        e.status = q.value(8).toString();
        e.otherCodings = other.value(q.value(0).toLongLong());
        e.source = m_path;
        result.append(e);
    }
    if (!rowsEnded(q, QStringLiteral("export encounters")))
        return {};
    return result;
}

ImportBatch SqliteWorkStore::exportBatch(const ExportFilter& filter) const
{
    ImportBatch batch;
    batch.encounters = exportEncounters(filter);
    if (!m_lastError.isEmpty())
        return batch;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!prepare(q,
                 QStringLiteral("SELECT external_id, name, birth_date, sex FROM patients WHERE id IN "
                                "(SELECT e.patient_id FROM encounters e") +
                     filterClause(filter) + QStringLiteral(") ORDER BY external_id"),
                 QStringLiteral("export patients")))
        return batch;
    bindFilter(q, filter);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("export patients"));
        return batch;
    }
    while (q.next()) {
        batch.patients.append({q.value(0).toString(), q.value(1).toString(),
                               QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()});
    }
    rowsEnded(q, QStringLiteral("export patients")); // the encounters stay; lastError() says the rest failed
    return batch;
}

} // namespace wcw
