#include "R4StructureCheck.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace wcw::test {
namespace {

class Checker
{
public:
    QStringList run(const QJsonObject& bundle)
    {
        if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
            fail(QString(), QStringLiteral("resourceType must be Bundle"));
        // Bundle.type 1..1, required binding bundle-type.
        expectCode(bundle, QString(), QStringLiteral("type"),
                   {QStringLiteral("document"), QStringLiteral("message"), QStringLiteral("transaction"),
                    QStringLiteral("transaction-response"), QStringLiteral("batch"),
                    QStringLiteral("batch-response"), QStringLiteral("history"), QStringLiteral("searchset"),
                    QStringLiteral("collection")});
        checkNoEmpty(bundle, QString());
        const QJsonArray entries = bundle.value(QLatin1String("entry")).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const QString fullUrl = entry.value(QLatin1String("fullUrl")).toString();
            const QString at = QStringLiteral("/entry/%1").arg(i);
            // bdl-7: fullUrl unique within the Bundle; urn:uuid form as used by wcw.
            static const QRegularExpression urnUuid(
                QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
            if (!urnUuid.match(fullUrl).hasMatch())
                fail(at + QStringLiteral("/fullUrl"),
                     QStringLiteral("not a lower-case urn:uuid: \"%1\"").arg(fullUrl));
            if (m_types.contains(fullUrl))
                fail(at + QStringLiteral("/fullUrl"), QStringLiteral("duplicate fullUrl (bdl-7)"));
            const QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
            m_types.insert(fullUrl, resource.value(QLatin1String("resourceType")).toString());
        }
        for (qsizetype i = 0; i < entries.size(); ++i)
            checkResource(entries.at(i).toObject().value(QLatin1String("resource")).toObject(),
                          QStringLiteral("/entry/%1/resource").arg(i));
        return m_problems;
    }

private:
    void fail(const QString& at, const QString& why) { m_problems.append(at + QStringLiteral(": ") + why); }

    // ele-1: every element has a value or children; JSON null and "" are not FHIR values.
    void checkNoEmpty(const QJsonValue& v, const QString& at)
    {
        if (v.isNull())
            fail(at, QStringLiteral("null is not a FHIR value"));
        else if (v.isString() && v.toString().isEmpty())
            fail(at, QStringLiteral("empty string (ele-1)"));
        else if (v.isArray() && v.toArray().isEmpty())
            fail(at, QStringLiteral("empty array (ele-1)"));
        else if (v.isObject() && v.toObject().isEmpty())
            fail(at, QStringLiteral("empty object (ele-1)"));
        else if (v.isArray()) {
            const QJsonArray items = v.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkNoEmpty(items.at(i), at + u'/' + QString::number(i));
        } else if (v.isObject()) {
            const QJsonObject members = v.toObject();
            for (auto it = members.begin(); it != members.end(); ++it)
                checkNoEmpty(it.value(), at + u'/' + it.key());
        }
    }

    void expectCode(const QJsonObject& o, const QString& at, const QString& key, const QStringList& allowed)
    {
        const QString value = o.value(key).toString();
        if (!o.contains(key))
            fail(at + u'/' + key, QStringLiteral("is 1..1"));
        else if (!allowed.contains(value))
            fail(at + u'/' + key, QStringLiteral("\"%1\" is not in the required value set").arg(value));
    }

    void expectReference(const QJsonObject& o, const QString& at, const QString& key, const QString& type,
                         bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(at + u'/' + key, QStringLiteral("is 1..1"));
            return;
        }
        const QString ref = o.value(key).toObject().value(QLatin1String("reference")).toString();
        if (!m_types.contains(ref))
            fail(at + u'/' + key, QStringLiteral("\"%1\" resolves to no entry").arg(ref));
        else if (m_types.value(ref) != type)
            fail(at + u'/' + key,
                 QStringLiteral("must reference a %1, not a %2").arg(type, m_types.value(ref)));
    }

    // A CodeableConcept whose first coding has this system and a code from `codes`.
    void expectConcept(const QJsonObject& o, const QString& at, const QString& key, const QString& system,
                       const QStringList& codes, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(at + u'/' + key, QStringLiteral("is required here"));
            return;
        }
        const QJsonValue v = o.value(key);
        const QJsonObject cc = v.isArray() ? v.toArray().first().toObject() : v.toObject();
        const QJsonObject coding = cc.value(QLatin1String("coding")).toArray().first().toObject();
        if (coding.value(QLatin1String("system")).toString() != system)
            fail(at + u'/' + key, QStringLiteral("coding system must be %1").arg(system));
        if (!codes.contains(coding.value(QLatin1String("code")).toString()))
            fail(at + u'/' + key, QStringLiteral("code \"%1\" not in the value set")
                                      .arg(coding.value(QLatin1String("code")).toString()));
    }

    void checkResource(const QJsonObject& r, const QString& at)
    {
        // Resource.id: [A-Za-z0-9\-\.]{1,64}
        static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
        if (r.contains(QLatin1String("id")) &&
            !idRe.match(r.value(QLatin1String("id")).toString()).hasMatch())
            fail(at + QStringLiteral("/id"), QStringLiteral("not a FHIR id"));
        const QString type = r.value(QLatin1String("resourceType")).toString();
        if (type == QLatin1String("Patient"))
            checkPatient(r, at);
        else if (type == QLatin1String("Encounter"))
            checkEncounter(r, at);
        else if (type == QLatin1String("Condition"))
            checkCondition(r, at);
        else if (type == QLatin1String("DocumentReference"))
            checkDocumentReference(r, at);
        else
            fail(at + QStringLiteral("/resourceType"),
                 QStringLiteral("unexpected resource type \"%1\"").arg(type));
    }

    void checkPatient(const QJsonObject& r, const QString& at)
    {
        for (const QJsonValue& id : r.value(QLatin1String("identifier")).toArray()) {
            if (id.toObject().value(QLatin1String("value")).toString().isEmpty())
                fail(at + QStringLiteral("/identifier"), QStringLiteral("identifier without value"));
        }
    }

    void checkEncounter(const QJsonObject& r, const QString& at)
    {
        // Encounter.status 1..1 (required binding encounter-status); class 1..1 Coding.
        expectCode(r, at, QStringLiteral("status"),
                   {QStringLiteral("planned"), QStringLiteral("arrived"), QStringLiteral("triaged"),
                    QStringLiteral("in-progress"), QStringLiteral("onleave"), QStringLiteral("finished"),
                    QStringLiteral("cancelled"), QStringLiteral("entered-in-error"),
                    QStringLiteral("unknown")});
        const QJsonObject cls = r.value(QLatin1String("class")).toObject();
        if (cls.value(QLatin1String("system")).toString() !=
                QLatin1String("http://terminology.hl7.org/CodeSystem/v3-ActCode") ||
            cls.value(QLatin1String("code")).toString().isEmpty())
            fail(at + QStringLiteral("/class"), QStringLiteral("is 1..1: a v3-ActCode Coding"));
        expectReference(r, at, QStringLiteral("subject"), QStringLiteral("Patient"), false);
        static const QRegularExpression dateTime(
            QStringLiteral("^([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-"
                           "5][0-9]:([0-5][0-9]|60)"
                           "(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$"));
        const QString start =
            r.value(QLatin1String("period")).toObject().value(QLatin1String("start")).toString();
        if (!dateTime.match(start).hasMatch())
            fail(at + QStringLiteral("/period/start"),
                 QStringLiteral("not an R4 dateTime: \"%1\"").arg(start));
        const QJsonArray dx = r.value(QLatin1String("diagnosis")).toArray();
        for (qsizetype i = 0; i < dx.size(); ++i) {
            const QJsonObject d = dx.at(i).toObject();
            const QString here = at + QStringLiteral("/diagnosis/%1").arg(i);
            expectReference(d, here, QStringLiteral("condition"), QStringLiteral("Condition"), true); // 1..1
            if (d.contains(QLatin1String("rank")) && d.value(QLatin1String("rank")).toInt(0) < 1)
                fail(here + QStringLiteral("/rank"), QStringLiteral("positiveInt"));
        }
        for (const QJsonValue& x : r.value(QLatin1String("extension")).toArray()) {
            if (x.toObject().value(QLatin1String("url")).toString().isEmpty())
                fail(at + QStringLiteral("/extension"), QStringLiteral("Extension.url is 1..1"));
        }
    }

    void checkCondition(const QJsonObject& r, const QString& at)
    {
        expectReference(r, at, QStringLiteral("subject"), QStringLiteral("Patient"),
                        true); // Condition.subject 1..1
        expectReference(r, at, QStringLiteral("encounter"), QStringLiteral("Encounter"), false);
        expectConcept(r, at, QStringLiteral("verificationStatus"),
                      QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"),
                      {QStringLiteral("unconfirmed"), QStringLiteral("provisional"),
                       QStringLiteral("differential"), QStringLiteral("confirmed"), QStringLiteral("refuted"),
                       QStringLiteral("entered-in-error")},
                      false);
        const bool enteredInError = r.value(QLatin1String("verificationStatus"))
                                        .toObject()
                                        .value(QLatin1String("coding"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("code"))
                                        .toString() == QLatin1String("entered-in-error");
        // con-3 (clinicalStatus when not entered-in-error; wcw always writes it) and con-5 (absent when
        // entered-in-error).
        expectConcept(r, at, QStringLiteral("clinicalStatus"),
                      QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"),
                      {QStringLiteral("active"), QStringLiteral("recurrence"), QStringLiteral("relapse"),
                       QStringLiteral("inactive"), QStringLiteral("remission"), QStringLiteral("resolved")},
                      !enteredInError);
        expectConcept(r, at, QStringLiteral("category"),
                      QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category"),
                      {QStringLiteral("encounter-diagnosis")}, true);
        const QJsonArray codings =
            r.value(QLatin1String("code")).toObject().value(QLatin1String("coding")).toArray();
        if (codings.isEmpty())
            fail(at + QStringLiteral("/code"), QStringLiteral("needs a coding"));
        for (qsizetype i = 0; i < codings.size(); ++i) {
            const QJsonObject c = codings.at(i).toObject();
            if (c.value(QLatin1String("system")).toString().isEmpty() ||
                c.value(QLatin1String("code")).toString().isEmpty())
                fail(at + QStringLiteral("/code/coding/%1").arg(i),
                     QStringLiteral("coding needs system and code"));
        }
    }

    void checkDocumentReference(const QJsonObject& r, const QString& at)
    {
        expectCode(
            r, at, QStringLiteral("status"),
            {QStringLiteral("current"), QStringLiteral("superseded"), QStringLiteral("entered-in-error")});
        const QJsonArray content = r.value(QLatin1String("content")).toArray();
        if (content.isEmpty())
            fail(at + QStringLiteral("/content"), QStringLiteral("is 1..*"));
        for (qsizetype i = 0; i < content.size(); ++i) {
            const QJsonObject a =
                content.at(i).toObject().value(QLatin1String("attachment")).toObject(); // 1..1
            const QString here = at + QStringLiteral("/content/%1/attachment").arg(i);
            if (a.isEmpty())
                fail(here, QStringLiteral("is 1..1"));
            const auto decoded =
                QByteArray::fromBase64Encoding(a.value(QLatin1String("data")).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                fail(here + QStringLiteral("/data"), QStringLiteral("not base64Binary"));
        }
        for (const QJsonValue& enc :
             r.value(QLatin1String("context")).toObject().value(QLatin1String("encounter")).toArray()) {
            const QString ref = enc.toObject().value(QLatin1String("reference")).toString();
            if (m_types.value(ref) != QLatin1String("Encounter"))
                fail(at + QStringLiteral("/context/encounter"),
                     QStringLiteral("must reference an Encounter"));
        }
        expectReference(r, at, QStringLiteral("subject"), QStringLiteral("Patient"), false);
    }

    QHash<QString, QString> m_types; // fullUrl -> resourceType
    QStringList m_problems;
};

} // namespace

QStringList checkR4Bundle(const QJsonObject& bundle)
{
    return Checker().run(bundle);
}

} // namespace wcw::test
