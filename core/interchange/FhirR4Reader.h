#pragma once
// Internal to the FHIR R4 import (FhirR4Import.cpp: bundle, references, patients, encounters;
// FhirR4Notes.cpp: conditions and notes). Not part of the public interface: see FhirR4.h.
#include "interchange/FhirR4.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace wcw::fhir::detail {

inline const QString kActCodeSystem = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode");

inline QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
inline QJsonObject obj(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}
inline QJsonArray arr(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray();
}

// Encounter.class codes (v3 ActCode) and the ICD-10-CM setting their guidelines follow:
// emergency and observation visits are coded with the outpatient rules (OCG Section IV).
std::optional<Setting> settingForClass(const QString& code);

struct Entry
{
    QJsonObject resource;
    QString pointer; // JSON pointer of the resource, "" for a single-resource file
    QString type;
};

struct ConditionInfo
{
    int encounterEntry = -1; // from Condition.encounter; -1 when absent
    int subjectEntry = -1;
    QString subjectId;
    QString icdCode; // dotted; empty when the Condition has only other codings
    QList<ExternalCoding> others;
    bool skip = false; // refuted / entered in error: not a diagnosis to code
};

class BundleReader
{
public:
    explicit BundleReader(const QString& fileName) : m_file(fileName) {}

    ImportBatch read(const QJsonObject& root)
    {
        if (collectEntries(root)) {
            readPatients();
            readConditions();
            readNotes();
            readEncounters();
        }
        return m_batch;
    }

private:
    QString where(const QString& pointer) const { return m_file + u'#' + pointer; }
    void problem(const QString& pointer, const QString& reason)
    {
        m_batch.problems.append({where(pointer), reason, {}});
    }

    bool collectEntries(const QJsonObject& root);
    int resolve(const QString& reference) const;
    int resolveTyped(const QJsonObject& ref, const QString& pointer, const QString& type, bool required,
                     bool* ok);
    QString externalId(const Entry& e, const QString& idSystem) const;
    void readPatients();
    void readConditions();
    bool readCondition(const Entry& e, ConditionInfo* info);
    void readNotes();
    void readDocumentReference(int index);
    void readComposition(int index);
    void addNote(int encounterEntry, const QString& text);
    void readEncounters();
    bool readEncounter(int index, ImportedEncounter* out);
    int resolveSubject(int index, QString* patientId, bool* ok);
    bool collectCodes(int index, ImportedEncounter* out);
    bool conditionOrder(int index,
                        QList<int>* order); // Encounter.diagnosis by rank, then Conditions naming it
    bool addCondition(int index, int condition, ImportedEncounter* out);
    bool badConditionPointsTo(int condition, int encounter) const;
    bool fail(int index, const QString& member, const QString& reason);

    QString m_file;
    QList<Entry> m_entries;
    QHash<QString, int> m_byReference; // fullUrl and "Type/id" -> entry index
    QHash<int, QString> m_patientIds;  // Patient entry -> external id
    QSet<int> m_badEntries;            // resources that could not be read
    QHash<int, ConditionInfo> m_conditions;
    QHash<int, QStringList> m_notes;  // Encounter entry -> note parts in file order
    QHash<int, QString> m_badNoteFor; // Encounter entry -> pointer of its first unreadable note
    QSet<int> m_linkedConditions;     // Conditions some Encounter.diagnosis lists
    QSet<QString> m_externalPatients; // patients referenced but not included in the file
    ImportBatch m_batch;
};

} // namespace wcw::fhir::detail
