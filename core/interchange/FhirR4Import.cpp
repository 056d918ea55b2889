// FHIR R4 import: resources -> ImportBatch. See FhirR4.h for what is read and why.
#include "domain/EncounterStatus.h"
#include "domain/IcdCode.h"
#include "interchange/FhirR4Reader.h"
#include "interchange/Narrative.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <climits>
#include <functional>

namespace wcw::fhir {
namespace detail {

std::optional<Setting> settingForClass(const QString& code)
{
    static const QHash<QString, Setting> map{
        {QStringLiteral("AMB"), Setting::Outpatient},    {QStringLiteral("EMER"), Setting::Outpatient},
        {QStringLiteral("OBSENC"), Setting::Outpatient}, {QStringLiteral("VR"), Setting::Outpatient},
        {QStringLiteral("HH"), Setting::Outpatient},     {QStringLiteral("FLD"), Setting::Outpatient},
        {QStringLiteral("SS"), Setting::Outpatient},     {QStringLiteral("IMP"), Setting::Inpatient},
        {QStringLiteral("ACUTE"), Setting::Inpatient},   {QStringLiteral("NONAC"), Setting::Inpatient}};
    const auto it = map.constFind(code);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

bool BundleReader::collectEntries(const QJsonObject& root)
{
    static const QStringList supported{QStringLiteral("Patient"), QStringLiteral("Encounter"),
                                       QStringLiteral("Condition"), QStringLiteral("DocumentReference"),
                                       QStringLiteral("Composition")};
    const QString type = str(root, "resourceType");
    if (type != QLatin1String("Bundle")) {
        if (!supported.contains(type)) {
            problem(QStringLiteral("/resourceType"), QStringLiteral("expected Bundle, %1; got \"%2\"")
                                                         .arg(supported.join(QStringLiteral(", ")), type));
            return false;
        }
        m_entries.append({root, QString(), type});
    } else {
        static const QStringList bundleTypes{QStringLiteral("collection"), QStringLiteral("transaction"),
                                             QStringLiteral("batch"), QStringLiteral("searchset"),
                                             QStringLiteral("document")};
        const QString bundleType = str(root, "type");
        if (!bundleTypes.contains(bundleType)) {
            problem(QStringLiteral("/type"), QStringLiteral("Bundle.type must be one of %1; got \"%2\"")
                                                 .arg(bundleTypes.join(QStringLiteral(", ")), bundleType));
            return false;
        }
        const QJsonArray entries = arr(root, "entry");
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString pointer = QStringLiteral("/entry/%1").arg(i);
            const QJsonObject entry = entries.at(i).toObject();
            if (!entry.contains(QLatin1String("resource")))
                continue; // e.g. a transaction DELETE: nothing to import
            const QJsonValue resource = entry.value(QLatin1String("resource"));
            const QString resourceType = resource.toObject().value(QLatin1String("resourceType")).toString();
            if (!resource.isObject() || resourceType.isEmpty()) {
                problem(pointer + QStringLiteral("/resource/resourceType"),
                        QStringLiteral("every resource needs a resourceType"));
                continue;
            }
            if (!supported.contains(resourceType))
                continue; // Observations, Practitioners, ... are not part of a coded encounter
            const int index = int(m_entries.size());
            m_entries.append({resource.toObject(), pointer + QStringLiteral("/resource"), resourceType});
            const QString fullUrl = str(entry, "fullUrl");
            if (!fullUrl.isEmpty())
                m_byReference.insert(fullUrl, index);
        }
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString id = str(m_entries.at(i).resource, "id");
        if (!id.isEmpty())
            m_byReference.insert(m_entries.at(i).type + u'/' + id, i);
    }
    return true;
}

// Literal references: "urn:uuid:...", "Patient/123", "http://server/fhir/Patient/123[/_history/2]".
int BundleReader::resolve(const QString& reference) const
{
    const auto exact = m_byReference.constFind(reference);
    if (exact != m_byReference.cend())
        return *exact;
    QString ref = reference;
    const qsizetype history = ref.indexOf(QStringLiteral("/_history/"));
    if (history >= 0)
        ref.truncate(history);
    const QStringList parts = ref.split(u'/');
    if (parts.size() >= 2)
        return m_byReference.value(parts.at(parts.size() - 2) + u'/' + parts.last(), -1);
    return -1;
}

// Resolves a Reference that must point to a resource of `type` in this file.
int BundleReader::resolveTyped(const QJsonObject& ref, const QString& pointer, const QString& type,
                               bool required, bool* ok)
{
    const QString reference = str(ref, "reference");
    if (reference.isEmpty()) {
        if (required) {
            problem(pointer, QStringLiteral("a reference to the %1 is required").arg(type));
            *ok = false;
        }
        return -1;
    }
    const int target = resolve(reference);
    if (target < 0) {
        problem(pointer + QStringLiteral("/reference"),
                QStringLiteral("\"%1\" does not resolve to a %2 in this file").arg(reference, type));
        *ok = false;
        return -1;
    }
    if (m_entries.at(target).type != type) {
        problem(pointer + QStringLiteral("/reference"), QStringLiteral("must reference a %1, \"%2\" is a %3")
                                                            .arg(type, reference, m_entries.at(target).type));
        *ok = false;
        return -1;
    }
    return target;
}

// wcw's own identifier first (what the export writes), then the resource id, then any identifier.
QString BundleReader::externalId(const Entry& e, const QString& idSystem) const
{
    const QJsonArray identifiers = arr(e.resource, "identifier");
    for (const QJsonValue& v : identifiers) {
        if (str(v.toObject(), "system") == idSystem && !str(v.toObject(), "value").isEmpty())
            return str(v.toObject(), "value");
    }
    if (!str(e.resource, "id").isEmpty())
        return str(e.resource, "id");
    for (const QJsonValue& v : identifiers) {
        if (!str(v.toObject(), "value").isEmpty())
            return str(v.toObject(), "value");
    }
    return {};
}

QString humanName(const QJsonArray& names)
{
    if (names.isEmpty())
        return {};
    const QJsonObject n = names.first().toObject();
    if (!str(n, "text").isEmpty())
        return str(n, "text");
    QStringList parts;
    for (const QJsonValue& g : arr(n, "given"))
        parts.append(g.toString());
    if (!str(n, "family").isEmpty())
        parts.append(str(n, "family"));
    return parts.join(u' ');
}

void BundleReader::readPatients()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries.at(i);
        if (e.type != QLatin1String("Patient"))
            continue;
        ImportedPatient p;
        p.patientId = externalId(e, QString::fromUtf16(kPatientIdSystem));
        if (p.patientId.isEmpty()) {
            problem(e.pointer, QStringLiteral("Patient has neither an id nor an identifier value"));
            m_badEntries.insert(i);
            continue;
        }
        p.name = humanName(arr(e.resource, "name"));
        const QString birth = str(e.resource, "birthDate");
        p.birthDate = QDate::fromString(birth, QStringLiteral("yyyy-MM-dd"));
        if (!birth.isEmpty() && !p.birthDate.isValid() && birth.size() == 10) {
            problem(e.pointer + QStringLiteral("/birthDate"),
                    QStringLiteral("not a real date: \"%1\"").arg(birth));
            m_badEntries.insert(i);
            continue;
        }
        p.sex = str(e.resource, "gender");
        m_patientIds.insert(i, p.patientId);
        m_batch.patients.append(p);
    }
}

void BundleReader::readEncounters()
{
    QHash<QString, QString> seen; // encounter id -> pointer of its first resource
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).type != QLatin1String("Encounter"))
            continue;
        const QString status = str(m_entries.at(i).resource, "status");
        if (status == QLatin1String("cancelled") || status == QLatin1String("entered-in-error"))
            continue; // no visit took place: nothing to code
        ImportedEncounter enc;
        if (!readEncounter(i, &enc))
            continue;
        if (seen.contains(enc.encounterId)) {
            problem(m_entries.at(i).pointer, QStringLiteral("encounter %1 already appears at %2")
                                                 .arg(enc.encounterId, seen.value(enc.encounterId)));
            continue;
        }
        seen.insert(enc.encounterId, m_entries.at(i).pointer);
        m_batch.encounters.append(enc);
    }
    // A Condition that names no encounter, and that no Encounter lists, cannot be placed.
    for (int i = 0; i < m_entries.size(); ++i) {
        const auto it = m_conditions.constFind(i);
        if (it != m_conditions.cend() && it->encounterEntry < 0 && !m_linkedConditions.contains(i))
            problem(m_entries.at(i).pointer + QStringLiteral("/encounter"),
                    QStringLiteral(
                        "Condition is linked to no Encounter (Condition.encounter or Encounter.diagnosis)"));
    }
}

namespace {

// What is wrong with an Encounter, by member ("/class/code") and why.
struct EncounterProblem
{
    QString member;
    QString reason;
};

std::optional<EncounterProblem> readClass(const QJsonObject& resource, Setting* setting)
{
    const QJsonObject cls = obj(resource, "class");
    const QString system = str(cls, "system");
    if (!resource.contains(QLatin1String("class")))
        return EncounterProblem{QStringLiteral("/class"),
                                QStringLiteral("Encounter.class is required (R4 cardinality 1..1)")};
    if (!system.isEmpty() && system != kActCodeSystem)
        return EncounterProblem{QStringLiteral("/class/system"),
                                QStringLiteral("expected %1, got \"%2\"").arg(kActCodeSystem, system)};
    const auto found = settingForClass(str(cls, "code"));
    if (!found)
        return EncounterProblem{
            QStringLiteral("/class/code"),
            QStringLiteral(
                "unknown encounter class \"%1\" (AMB, EMER, OBSENC, VR, HH, FLD, SS -> outpatient; "
                "IMP, ACUTE, NONAC -> inpatient)")
                .arg(str(cls, "code"))};
    *setting = *found;
    return std::nullopt;
}

// period.start is a dateTime; the date of service is its calendar date as written (no time zone shift).
std::optional<EncounterProblem> readPeriod(const QJsonObject& resource, QDate* dateOfService)
{
    const QString start = str(obj(resource, "period"), "start");
    *dateOfService = QDate::fromString(start.left(10), QStringLiteral("yyyy-MM-dd"));
    if (start.isEmpty())
        return EncounterProblem{QStringLiteral("/period/start"),
                                QStringLiteral("Encounter.period.start is needed for the date of service")};
    if (!dateOfService->isValid())
        return EncounterProblem{QStringLiteral("/period/start"),
                                QStringLiteral("not a date YYYY-MM-DD[Thh:mm:ss...]: \"%1\"").arg(start)};
    return std::nullopt;
}

// The first participant's display name is the provider; the wcw coding-status extension, if any,
// must name a status wcw knows.
std::optional<EncounterProblem> readProviderAndStatus(const QJsonObject& resource, ImportedEncounter* out)
{
    for (const QJsonValue& p : arr(resource, "participant")) {
        const QString display = str(obj(p.toObject(), "individual"), "display");
        if (!display.isEmpty()) {
            out->provider = display;
            break;
        }
    }
    for (const QJsonValue& x : arr(resource, "extension")) {
        if (str(x.toObject(), "url") == QStringView(kCodingStatusExtension)) {
            out->status = str(x.toObject(), "valueCode");
            if (!statusFromName(out->status))
                return EncounterProblem{QStringLiteral("/extension"),
                                        QStringLiteral("unknown coding status \"%1\"").arg(out->status)};
        }
    }
    return std::nullopt;
}

} // namespace

bool BundleReader::readEncounter(int index, ImportedEncounter* out)
{
    const Entry& e = m_entries.at(index);
    const auto fail = [&](const QString& member, const QString& reason) {
        problem(e.pointer + member, reason);
        return false;
    };
    out->encounterId = externalId(e, QString::fromUtf16(kEncounterIdSystem));
    if (out->encounterId.isEmpty())
        return fail(QString(),
                    QStringLiteral("Encounter has neither an id nor an identifier value; a stable id is "
                                   "needed so that re-import does not duplicate it"));
    out->source = where(e.pointer);
    if (const auto bad = readClass(e.resource, &out->setting))
        return fail(bad->member, bad->reason);
    if (const auto bad = readPeriod(e.resource, &out->dateOfService))
        return fail(bad->member, bad->reason);
    bool ok = true;
    const int subject = resolveSubject(index, &out->patientId, &ok);
    if (!ok)
        return false;
    if (subject >= 0 && m_badEntries.contains(subject))
        return fail(
            QStringLiteral("/subject"),
            QStringLiteral("its Patient at %1 could not be read").arg(where(m_entries.at(subject).pointer)));
    if (const auto bad = readProviderAndStatus(e.resource, out))
        return fail(bad->member, bad->reason);
    if (m_badNoteFor.contains(index))
        return fail(QString(), QStringLiteral("not imported: its note at %1 could not be read")
                                   .arg(where(m_badNoteFor.value(index))));
    out->note = m_notes.value(index).join(QStringLiteral("\n\n"));
    return collectCodes(index, out);
}

// Encounter.subject -> patient id. A reference to a Patient not in the file still names the patient.
int BundleReader::resolveSubject(int index, QString* patientId, bool* ok)
{
    const Entry& e = m_entries.at(index);
    const QJsonObject subject = obj(e.resource, "subject");
    const QString reference = str(subject, "reference");
    if (reference.isEmpty()) {
        *patientId = str(obj(subject, "identifier"), "value");
        if (patientId->isEmpty()) {
            problem(e.pointer + QStringLiteral("/subject"),
                    QStringLiteral("Encounter.subject is needed to know the patient"));
            *ok = false;
        }
        return -1;
    }
    const int target = resolve(reference);
    if (target < 0) {
        const QStringList parts = reference.split(u'/');
        if (parts.size() >= 2 && parts.at(parts.size() - 2) == QLatin1String("Patient")) {
            *patientId = parts.last();
            if (!m_externalPatients.contains(*patientId)) {
                m_externalPatients.insert(*patientId);
                m_batch.patients.append(ImportedPatient{*patientId, QString(), QDate(), QString()});
            }
            return -1;
        }
        problem(e.pointer + QStringLiteral("/subject/reference"),
                QStringLiteral("\"%1\" does not resolve to a Patient").arg(reference));
        *ok = false;
        return -1;
    }
    if (m_entries.at(target).type != QLatin1String("Patient")) {
        problem(e.pointer + QStringLiteral("/subject/reference"),
                QStringLiteral("must reference a Patient, \"%1\" is a %2")
                    .arg(reference, m_entries.at(target).type));
        *ok = false;
        return -1;
    }
    *patientId = m_patientIds.value(target);
    return target;
}

// Codes in sequence: Encounter.diagnosis by rank (unranked after ranked, in listed order), then
// Conditions that point at this encounter without being listed, in file order.
bool BundleReader::collectCodes(int index, ImportedEncounter* out)
{
    QList<int> order;
    if (!conditionOrder(index, &order))
        return false;
    for (int condition : std::as_const(order)) {
        if (!addCondition(index, condition, out))
            return false;
    }
    return true;
}

// The sequence of an encounter's codes: Encounter.diagnosis by rank (unranked last, in file order),
// then the Conditions that name this Encounter without being listed.
bool BundleReader::conditionOrder(int index, QList<int>* order)
{
    const Entry& e = m_entries.at(index);
    struct Ranked
    {
        int rank;
        int order;
        int condition;
    };
    QList<Ranked> listed;
    const QJsonArray diagnoses = arr(e.resource, "diagnosis");
    for (qsizetype d = 0; d < diagnoses.size(); ++d) {
        bool ok = true;
        const QJsonObject dx = diagnoses.at(d).toObject();
        const int target =
            resolveTyped(obj(dx, "condition"), e.pointer + QStringLiteral("/diagnosis/%1/condition").arg(d),
                         QStringLiteral("Condition"), true, &ok);
        if (!ok)
            return false;
        m_linkedConditions.insert(target);
        const int rank =
            dx.contains(QLatin1String("rank")) ? dx.value(QLatin1String("rank")).toInt(0) : INT_MAX;
        if (rank < 1)
            return fail(index, QStringLiteral("/diagnosis/%1/rank").arg(d),
                        QStringLiteral("rank must be a positive integer"));
        listed.append({rank, int(d), target});
    }
    std::stable_sort(listed.begin(), listed.end(),
                     [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    for (const Ranked& r : listed)
        order->append(r.condition);
    for (int i = 0; i < m_entries.size(); ++i) {
        const auto c = m_conditions.constFind(i);
        const bool pointsHere = (c != m_conditions.cend() && c->encounterEntry == index) ||
                                (m_badEntries.contains(i) && badConditionPointsTo(i, index));
        if (pointsHere && !order->contains(i))
            order->append(i);
    }
    return true;
}

// One Condition's ICD-10-CM code (and other codings) onto the encounter, refusing a Condition that
// could not be read, belongs to another encounter or patient, or repeats a code.
bool BundleReader::addCondition(int index, int condition, ImportedEncounter* out)
{
    if (m_badEntries.contains(condition))
        return fail(index, QString(),
                    QStringLiteral("not imported: its Condition at %1 could not be read")
                        .arg(where(m_entries.at(condition).pointer)));
    const ConditionInfo& info = m_conditions[condition];
    if (info.encounterEntry >= 0 && info.encounterEntry != index)
        return fail(index, QString(),
                    QStringLiteral("lists the Condition at %1, which belongs to another Encounter")
                        .arg(where(m_entries.at(condition).pointer)));
    if (info.subjectEntry >= 0 && m_patientIds.value(info.subjectEntry) != out->patientId)
        return fail(index, QString(),
                    QStringLiteral("its Condition at %1 is about a different patient")
                        .arg(where(m_entries.at(condition).pointer)));
    if (info.skip)
        return true;
    if (!info.icdCode.isEmpty()) {
        if (out->codes.contains(info.icdCode))
            return fail(index, QString(), QStringLiteral("%1 is coded twice").arg(info.icdCode));
        out->codes.append(info.icdCode);
    }
    for (const ExternalCoding& x : info.others) {
        const bool known =
            std::any_of(out->otherCodings.cbegin(), out->otherCodings.cend(),
                        [&](const ExternalCoding& y) { return y.system == x.system && y.code == x.code; });
        if (!known)
            out->otherCodings.append(x);
    }
    return true;
}

// A Condition that failed to read may still name its Encounter; that encounter must not be stored without it.
bool BundleReader::badConditionPointsTo(int condition, int encounter) const
{
    const QString reference = str(obj(m_entries.at(condition).resource, "encounter"), "reference");
    return !reference.isEmpty() && resolve(reference) == encounter;
}

bool BundleReader::fail(int index, const QString& member, const QString& reason)
{
    problem(m_entries.at(index).pointer + member, reason);
    return false;
}

} // namespace detail

namespace {

ImportBatch parseError(const QByteArray& json, const QString& fileName, const QJsonParseError& error)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < error.offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    ImportBatch batch;
    batch.problems.append({QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(column),
                           QStringLiteral("malformed JSON: %1").arg(error.errorString()),
                           {}});
    return batch;
}

} // namespace

using detail::BundleReader;

ImportBatch readResources(const QJsonObject& root, const QString& fileName)
{
    return BundleReader(fileName).read(root);
}

ImportBatch readResources(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return parseError(json, fileName, error);
    if (!doc.isObject()) {
        ImportBatch batch;
        batch.problems.append(
            {fileName + QStringLiteral("#"), QStringLiteral("a FHIR resource must be a JSON object"), {}});
        return batch;
    }
    return readResources(doc.object(), fileName);
}

} // namespace wcw::fhir
