// FHIR R4 export: coded encounters -> Bundle (type collection). The elements written are the
// ones R4 requires or that the import reads back; see docs/interchange.md for the rules relied on.
#include "interchange/FhirR4.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace wcw::fhir {
namespace {

// Fixed namespace for the v5 UUIDs; changing it would change every exported fullUrl.
const QUuid kWcwNamespace(QStringLiteral("{c7bbb5a2-f684-453b-90d2-618fbc546ec1}"));

QJsonObject coding(const QString& system, const QString& code, const QString& display = {})
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeableConcept(const QJsonObject& coding)
{
    return QJsonObject{{QStringLiteral("coding"), QJsonArray{coding}}};
}

QJsonObject reference(const QUuid& uuid)
{
    return QJsonObject{{QStringLiteral("reference"),
                        QString(QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces))}};
}

QJsonObject entry(const QUuid& uuid, QJsonObject resource)
{
    resource.insert(QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces));
    return QJsonObject{{QStringLiteral("fullUrl"),
                        QString(QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces))},
                       {QStringLiteral("resource"), resource}};
}

QJsonArray identifier(const char16_t* system, const QString& value)
{
    return QJsonArray{QJsonObject{{QStringLiteral("system"), QString::fromUtf16(system)},
                                  {QStringLiteral("value"), value}}};
}

QJsonObject patientResource(const ImportedEncounter& e, const ImportedPatient* known)
{
    QJsonObject p{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                  {QStringLiteral("identifier"), identifier(kPatientIdSystem, e.patientId)}};
    const QString name = known && !known->name.isEmpty() ? known->name : e.patientName;
    if (!name.isEmpty())
        p.insert(QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("text"), name}}});
    if (known && known->birthDate.isValid())
        p.insert(QStringLiteral("birthDate"), known->birthDate.toString(Qt::ISODate));
    // Patient.gender has a required binding: anything else the store holds is left out.
    static const QStringList genders{QStringLiteral("male"), QStringLiteral("female"),
                                     QStringLiteral("other"), QStringLiteral("unknown")};
    if (known && genders.contains(known->sex))
        p.insert(QStringLiteral("gender"), known->sex);
    return p;
}

// One Condition per code: clinical status, verification status and the encounter-diagnosis
// category are what US Core and most receivers expect of a billed encounter diagnosis.
QJsonObject conditionResource(const QJsonObject& code, const QUuid& patient, const QUuid& encounter)
{
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Condition")},
        {QStringLiteral("clinicalStatus"),
         codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"),
                                QStringLiteral("active"), QStringLiteral("Active")))},
        {QStringLiteral("verificationStatus"),
         codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"),
                                QStringLiteral("confirmed"), QStringLiteral("Confirmed")))},
        {QStringLiteral("category"),
         QJsonArray{codeableConcept(
             coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category"),
                    QStringLiteral("encounter-diagnosis"), QStringLiteral("Encounter Diagnosis")))}},
        {QStringLiteral("code"), codeableConcept(code)},
        {QStringLiteral("subject"), reference(patient)},
        {QStringLiteral("encounter"), reference(encounter)}};
}

QJsonObject encounterResource(const ImportedEncounter& e, const QUuid& patient, const QJsonArray& diagnoses)
{
    const bool inpatient = e.setting == Setting::Inpatient;
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Encounter")},
                  {QStringLiteral("identifier"), identifier(kEncounterIdSystem, e.encounterId)},
                  // A visit being coded has taken place.
                  {QStringLiteral("status"), QStringLiteral("finished")},
                  {QStringLiteral("class"),
                   coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                          inpatient ? QStringLiteral("IMP") : QStringLiteral("AMB"),
                          inpatient ? QStringLiteral("inpatient encounter") : QStringLiteral("ambulatory"))},
                  {QStringLiteral("subject"), reference(patient)},
                  {QStringLiteral("period"),
                   QJsonObject{{QStringLiteral("start"), e.dateOfService.toString(Qt::ISODate)}}}};
    if (!e.status.isEmpty())
        r.insert(QStringLiteral("extension"),
                 QJsonArray{QJsonObject{{QStringLiteral("url"), QString::fromUtf16(kCodingStatusExtension)},
                                        {QStringLiteral("valueCode"), e.status}}});
    if (!e.provider.isEmpty())
        r.insert(QStringLiteral("participant"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("type"),
                      QJsonArray{codeableConcept(
                          coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType"),
                                 QStringLiteral("ATND"), QStringLiteral("attender")))}},
                     {QStringLiteral("individual"), QJsonObject{{QStringLiteral("display"), e.provider}}}}});
    if (!diagnoses.isEmpty())
        r.insert(QStringLiteral("diagnosis"), diagnoses);
    return r;
}

// The note as a plain-text DocumentReference (LOINC 11506-3 Progress note) tied to the encounter.
QJsonObject noteResource(const ImportedEncounter& e, const QUuid& patient, const QUuid& encounter)
{
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
        {QStringLiteral("status"), QStringLiteral("current")},
        {QStringLiteral("type"),
         codeableConcept(coding(QStringLiteral("http://loinc.org"), QStringLiteral("11506-3"),
                                QStringLiteral("Progress note")))},
        {QStringLiteral("subject"), reference(patient)},
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{
             {QStringLiteral("attachment"),
              QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
                          {QStringLiteral("data"), QString::fromLatin1(e.note.toUtf8().toBase64())}}}}}},
        {QStringLiteral("context"),
         QJsonObject{{QStringLiteral("encounter"), QJsonArray{reference(encounter)}}}}};
}

void appendEncounter(const ImportedEncounter& e, const QHash<QString, const ImportedPatient*>& patients,
                     const TitleLookup& icdTitle, QSet<QString>* patientsWritten, QJsonArray* entries)
{
    const QUuid patient = stableUuid(QStringLiteral("Patient"), e.patientId);
    const QUuid encounter = stableUuid(QStringLiteral("Encounter"), e.encounterId);
    if (!patientsWritten->contains(e.patientId)) {
        patientsWritten->insert(e.patientId);
        entries->append(entry(patient, patientResource(e, patients.value(e.patientId, nullptr))));
    }
    QJsonArray conditions, diagnoses;
    for (qsizetype i = 0; i < e.codes.size(); ++i) {
        const QUuid id = stableUuid(QStringLiteral("Condition"), e.encounterId + u'/' + e.codes.at(i));
        const QString title = icdTitle ? icdTitle(e.codes.at(i), e.dateOfService) : QString();
        conditions.append(
            entry(id, conditionResource(coding(QString::fromUtf16(kIcd10CmSystem), e.codes.at(i), title),
                                        patient, encounter)));
        diagnoses.append(QJsonObject{
            {QStringLiteral("condition"), reference(id)},
            {QStringLiteral("use"),
             codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/diagnosis-role"),
                                    QStringLiteral("billing"), QStringLiteral("Billing")))},
            {QStringLiteral("rank"), int(i + 1)}});
    }
    // Other codings (SNOMED CT ...) travel as their own Conditions, unranked: shown, never billed.
    for (const ExternalCoding& x : e.otherCodings) {
        const QUuid id =
            stableUuid(QStringLiteral("Condition"), e.encounterId + u'/' + x.system + u'|' + x.code);
        conditions.append(
            entry(id, conditionResource(coding(x.system, x.code, x.display), patient, encounter)));
    }
    entries->append(entry(encounter, encounterResource(e, patient, diagnoses)));
    for (const QJsonValue& c : conditions)
        entries->append(c);
    if (!e.note.isEmpty())
        entries->append(entry(stableUuid(QStringLiteral("DocumentReference"), e.encounterId),
                              noteResource(e, patient, encounter)));
}

} // namespace

QUuid stableUuid(const QString& resourceType, const QString& externalId)
{
    return QUuid::createUuidV5(kWcwNamespace, resourceType + u'/' + externalId);
}

QJsonObject encountersToBundle(const QList<ImportedEncounter>& encounters,
                               const QList<ImportedPatient>& patients, const TitleLookup& icdTitle)
{
    QHash<QString, const ImportedPatient*> byId;
    for (const ImportedPatient& p : patients)
        byId.insert(p.patientId, &p);
    QJsonArray entries;
    QSet<QString> patientsWritten;
    for (const ImportedEncounter& e : encounters)
        appendEncounter(e, byId, icdTitle, &patientsWritten, &entries);
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), QStringLiteral("collection")},
                       {QStringLiteral("entry"), entries}};
}

QByteArray writeBundle(const QList<ImportedEncounter>& encounters, const QList<ImportedPatient>& patients,
                       const TitleLookup& icdTitle)
{
    return QJsonDocument(encountersToBundle(encounters, patients, icdTitle)).toJson(QJsonDocument::Indented);
}

} // namespace wcw::fhir
