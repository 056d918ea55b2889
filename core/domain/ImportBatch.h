#pragma once
// Encounters coming in (CSV, encounter JSON, FHIR R4 bundles) and going out, in a form
// independent of the file format and of the store. Parsers and writers live in core/
// (QtCore only); WorkStore::importBatch() stores a batch in one transaction.
#include "domain/Encounter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wcw {

// A coding that is not ICD-10-CM (e.g. SNOMED CT): kept and shown, never checked.
struct ExternalCoding
{
    QString system; // "http://snomed.info/sct"
    QString code;
    QString display;
};

struct ImportedPatient
{
    QString patientId; // stable external id
    QString name;
    QDate birthDate;
    QString sex;
};

struct ImportedEncounter
{
    QString encounterId; // stable external id: re-importing the same file must not duplicate
    QString patientId;
    QString patientName; // convenience copy for writers (CSV patient_name); the batch's patients list is
                         // authoritative
    QDate dateOfService;
    Setting setting = Setting::Outpatient;
    QString provider;
    QString note;
    QStringList codes; // ICD-10-CM, dotted, in sequence
    QList<ExternalCoding> otherCodings;
    QString status; // optional: "new", "done", ... (WorkStore status names); empty = new
    QString source; // where it came from: "visits.csv:12" or "bundle.json#/entry/3"
};

// A record that could not be read: file plus line or JSON pointer, and why.
struct ImportProblem
{
    QString location; // "visits.csv:12" / "bundle.json#/entry/3/resource/code"
    QString reason;
    QString field =
        QString(); // optional (defaulted so two-member initializers stay warning-free): the CSV column or
                   // JSON member at fault ("date_of_service"); empty when the pointer says it

    // "visits.csv:12: date_of_service: must be a real date YYYY-MM-DD, got \"2026-02-30\""
    QString toString() const
    {
        QString s = location + QStringLiteral(": ");
        if (!field.isEmpty())
            s += field + QStringLiteral(": ");
        return s + reason;
    }
};

struct ImportBatch
{
    QList<ImportedPatient> patients;
    QList<ImportedEncounter> encounters;
    QList<ImportProblem>
        problems; // non-empty: the file is bad; store nothing unless the user asked to skip bad records
};

} // namespace wcw
