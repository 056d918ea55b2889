#pragma once
// HL7 FHIR R4 (4.0.1) JSON in and out, QtCore JSON only. See docs/interchange.md for the mapping.
//
// Import reads a Bundle (collection, transaction, batch, searchset, document) or one resource:
// Patient, Encounter, Condition (ICD-10-CM codings become codes; SNOMED CT and other codings are
// kept as ExternalCoding, shown but never checked), and the note from DocumentReference (base64
// text/plain attachment) or Composition (section narrative, XHTML stripped). Every problem is
// "file#/json/pointer" plus a reason; an encounter touched by a bad resource is left out of the
// batch so that --skip-bad never stores half an encounter.
//
// Export writes coded encounters as a Bundle of type "collection": Patient, Encounter, Condition
// (and a DocumentReference holding the note), linked by urn:uuid references whose UUIDs are
// derived from the external ids, so the same store exports the same file every time.
#include "domain/ImportBatch.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <functional>

namespace wcw::fhir {

inline constexpr char16_t kIcd10CmSystem[] = u"http://hl7.org/fhir/sid/icd-10-cm";
inline constexpr char16_t kSnomedSystem[] = u"http://snomed.info/sct";
// Identifier systems for wcw's external ids; the import prefers them over resource ids.
inline constexpr char16_t kPatientIdSystem[] = u"urn:wcw:patient-id";
inline constexpr char16_t kEncounterIdSystem[] = u"urn:wcw:encounter-id";
// Extension on Encounter carrying the coding work status ("done", ...): not a FHIR concept.
inline constexpr char16_t kCodingStatusExtension[] = u"urn:wcw:coding-status";

// fileName only labels problems and sources ("bundle.json#/entry/3/resource").
ImportBatch readResources(const QByteArray& json, const QString& fileName);
// The same, from an already parsed object (pointers are relative to it).
ImportBatch readResources(const QJsonObject& root, const QString& fileName);

// Looks up the ICD-10-CM title in force on the date of service for Condition.code.coding.display;
// may return empty (display is optional).
using TitleLookup = std::function<QString(const QString& dottedCode, QDate dateOfService)>;

// `patients` supplies names, birth dates and sex (else the encounter's patientName is used).
QJsonObject encountersToBundle(const QList<ImportedEncounter>& encounters,
                               const QList<ImportedPatient>& patients = {}, const TitleLookup& icdTitle = {});
QByteArray writeBundle(const QList<ImportedEncounter>& encounters,
                       const QList<ImportedPatient>& patients = {}, const TitleLookup& icdTitle = {});

// Name-based (v5) UUID: the same resource type and external id always give the same UUID.
QUuid stableUuid(const QString& resourceType, const QString& externalId);

} // namespace wcw::fhir
