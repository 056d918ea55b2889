#include "interchange/EncounterJsonBatch.h"

#include "interchange/EncounterJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace wcw {
namespace {

class JsonBatchBuilder
{
public:
    explicit JsonBatchBuilder(const QString& fileName) : m_file(fileName) {}

    // location: "cases.jsonl:4", "visits.json#/2" or "visit.json"
    void add(const QJsonValue& value, const QString& location)
    {
        if (!value.isObject()) {
            m_batch.problems.append({location, QStringLiteral("an encounter must be a JSON object"), {}});
            return;
        }
        Encounter e;
        JsonError error;
        if (!encounterFromJson(value.toObject(), &e, &error)) {
            m_batch.problems.append({location, error.message, error.field});
            return;
        }
        if (e.patientId.trimmed().isEmpty()) {
            m_batch.problems.append(
                {location, QStringLiteral("is needed to store the encounter"), QStringLiteral("patient_id")});
            return;
        }
        QList<ImportedEncounter> visits;
        visits.append(imported(e.encounterId, e, e.dateOfService, e.codes, e.note, QString(), location));
        for (qsizetype i = 0; i < e.history.size(); ++i) {
            const PriorVisit& v = e.history.at(i);
            if (v.encounterId.isEmpty())
                continue; // no stable id: importing it would duplicate it on every re-import
            visits.append(imported(v.encounterId, e, v.dateOfService, v.codes, v.note, QStringLiteral("done"),
                                   location + QStringLiteral(" history[%1]").arg(i)));
        }
        // Check the whole record before keeping any of it: a record is stored whole or not at all.
        for (const ImportedEncounter& v : visits) {
            if (const auto seen = m_seen.constFind(v.encounterId);
                seen != m_seen.cend() && !sameVisit(*seen, v)) {
                m_batch.problems.append({v.source,
                                         QStringLiteral("%1 differs from the visit with that id at %2")
                                             .arg(v.encounterId, seen->source),
                                         QStringLiteral("encounter_id")});
                return;
            }
        }
        addPatient(e.patientId);
        for (const ImportedEncounter& v : visits) {
            if (m_seen.contains(v.encounterId))
                continue; // the same earlier visit listed by several cases
            m_seen.insert(v.encounterId, v);
            m_batch.encounters.append(v);
        }
    }

    void problem(const QString& location, const QString& reason)
    {
        m_batch.problems.append({location, reason, {}});
    }
    ImportBatch batch() const { return m_batch; }

private:
    static ImportedEncounter imported(const QString& id, const Encounter& e, QDate date,
                                      const QStringList& codes, const QString& note, const QString& status,
                                      const QString& source)
    {
        ImportedEncounter v;
        v.encounterId = id;
        v.patientId = e.patientId;
        v.dateOfService = date;
        v.setting = e.setting; // an earlier visit has no setting of its own in the contract: assume the same
        v.codes = codes;
        v.note = note;
        v.status = status;
        v.source = source;
        return v;
    }
    static bool sameVisit(const ImportedEncounter& a, const ImportedEncounter& b)
    {
        return a.patientId == b.patientId && a.dateOfService == b.dateOfService && a.codes == b.codes &&
               a.note == b.note;
    }
    void addPatient(const QString& id)
    {
        for (const ImportedPatient& p : m_batch.patients) {
            if (p.patientId == id)
                return;
        }
        m_batch.patients.append(ImportedPatient{id, QString(), QDate(), QString()});
    }

    QString m_file;
    QHash<QString, ImportedEncounter> m_seen;
    ImportBatch m_batch;
};

QString lineColumn(const QByteArray& bytes, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

void readLines(const QByteArray& bytes, JsonBatchBuilder* builder, const QString& fileName)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString location = QStringLiteral("%1:%2").arg(fileName).arg(i + 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            builder->problem(location + u':' + QString::number(error.offset + 1),
                             QStringLiteral("malformed JSON: %1").arg(error.errorString()));
        else
            builder->add(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), location);
    }
}

} // namespace

ImportBatch readEncounterJson(const QByteArray& bytes, const QString& fileName)
{
    JsonBatchBuilder builder(fileName);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::GarbageAtEnd && bytes.trimmed().contains('\n')) {
        readLines(bytes, &builder, fileName); // JSON Lines: several documents, one per line
    } else if (error.error != QJsonParseError::NoError) {
        builder.problem(fileName + u':' + lineColumn(bytes, error.offset),
                        QStringLiteral("malformed JSON: %1").arg(error.errorString()));
    } else if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (qsizetype i = 0; i < items.size(); ++i)
            builder.add(items.at(i), fileName + QStringLiteral("#/%1").arg(i));
    } else {
        builder.add(doc.object(), fileName);
    }
    return builder.batch();
}

} // namespace wcw
