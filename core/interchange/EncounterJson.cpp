#include "interchange/EncounterJson.h"

#include "domain/IcdCode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wcw {
namespace {

QString at(const QString& base, const QString& member)
{
    return base.isEmpty() ? member : base + u'.' + member;
}

bool fail(JsonError* error, const QString& field, const QString& message)
{
    if (error)
        *error = JsonError{field, message};
    return false;
}

bool readString(const QJsonObject& o, const QString& base, const QString& key, bool required, QString* out,
                JsonError* error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(error, at(base, key), QStringLiteral("is required"));
        return true;
    }
    if (!v.isString())
        return fail(error, at(base, key), QStringLiteral("must be a string"));
    *out = v.toString();
    if (required && out->trimmed().isEmpty())
        return fail(error, at(base, key), QStringLiteral("must not be empty"));
    return true;
}

bool readDate(const QJsonObject& o, const QString& base, const QString& key, QDate* out, JsonError* error)
{
    QString text;
    if (!readString(o, base, key, true, &text, error))
        return false;
    // Strict ISO: QDate rejects impossible dates such as 2026-02-30.
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return fail(error, at(base, key),
                    QStringLiteral("must be a real date YYYY-MM-DD, got \"%1\"").arg(text));
    *out = d;
    return true;
}

bool readCodes(const QJsonObject& o, const QString& base, QStringList* out, JsonError* error)
{
    const QString field = at(base, QStringLiteral("codes"));
    const QJsonValue v = o.value(QStringLiteral("codes"));
    if (v.isUndefined() || v.isNull())
        return fail(error, field, QStringLiteral("is required (use [] for none)"));
    if (!v.isArray())
        return fail(error, field, QStringLiteral("must be an array of code strings"));
    const QJsonArray arr = v.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString item = field + QStringLiteral("[%1]").arg(i);
        if (!arr.at(i).isString())
            return fail(error, item, QStringLiteral("must be a string"));
        const QString code = arr.at(i).toString().trimmed();
        if (!icd::looksLikeCode(code))
            return fail(error, item, QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(code));
        out->append(icd::dotted(code));
    }
    return true;
}

// "history": earlier visits, none after this visit's date of service.
bool readHistory(const QJsonObject& o, const QDate& dateOfService, QList<PriorVisit>* history,
                 JsonError* error)
{
    const QJsonValue hist = o.value(QStringLiteral("history"));
    if (hist.isUndefined() || hist.isNull())
        return true;
    if (!hist.isArray())
        return fail(error, QStringLiteral("history"), QStringLiteral("must be an array of visits"));
    const QJsonArray arr = hist.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString base = QStringLiteral("history[%1]").arg(i);
        if (!arr.at(i).isObject())
            return fail(error, base, QStringLiteral("must be an object"));
        const QJsonObject h = arr.at(i).toObject();
        PriorVisit v;
        if (!readString(h, base, QStringLiteral("encounter_id"), false, &v.encounterId, error) ||
            !readDate(h, base, QStringLiteral("date_of_service"), &v.dateOfService, error) ||
            !readCodes(h, base, &v.codes, error) ||
            !readString(h, base, QStringLiteral("note"), false, &v.note, error))
            return false;
        if (v.dateOfService > dateOfService)
            return fail(error, at(base, QStringLiteral("date_of_service")),
                        QStringLiteral("an earlier visit cannot come after this visit's date of service"));
        history->append(v);
    }
    return true;
}

// "answers": the coder's answers to decision-tree nodes, node id -> answer id.
bool readAnswers(const QJsonObject& o, QMap<QString, QString>* answers, JsonError* error)
{
    const QJsonValue value = o.value(QStringLiteral("answers"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(error, QStringLiteral("answers"), QStringLiteral("must be an object of node: answer"));
    const QJsonObject a = value.toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!it.value().isString())
            return fail(error, QStringLiteral("answers.") + it.key(), QStringLiteral("must be a string"));
        answers->insert(it.key(), it.value().toString());
    }
    return true;
}

} // namespace

bool encounterFromJson(const QJsonObject& o, Encounter* out, JsonError* error)
{
    Encounter e;
    if (!readString(o, {}, QStringLiteral("encounter_id"), true, &e.encounterId, error))
        return false;
    if (!readString(o, {}, QStringLiteral("patient_id"), false, &e.patientId, error))
        return false;
    if (!readDate(o, {}, QStringLiteral("date_of_service"), &e.dateOfService, error))
        return false;
    QString setting;
    if (!readString(o, {}, QStringLiteral("setting"), true, &setting, error))
        return false;
    if (setting == QLatin1String("outpatient"))
        e.setting = Setting::Outpatient;
    else if (setting == QLatin1String("inpatient"))
        e.setting = Setting::Inpatient;
    else
        return fail(error, QStringLiteral("setting"),
                    QStringLiteral("must be \"outpatient\" or \"inpatient\", got \"%1\"").arg(setting));
    if (!o.value(QStringLiteral("note")).isString())
        return fail(error, QStringLiteral("note"), QStringLiteral("is required and must be a string"));
    e.note = o.value(QStringLiteral("note")).toString();
    if (!readCodes(o, {}, &e.codes, error) || !readHistory(o, e.dateOfService, &e.history, error) ||
        !readAnswers(o, &e.answers, error))
        return false;
    *out = e;
    return true;
}

bool encounterFromJson(const QByteArray& json, Encounter* out, JsonError* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(error, {},
                    QStringLiteral("malformed JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return fail(error, {}, QStringLiteral("an encounter must be a JSON object"));
    return encounterFromJson(doc.object(), out, error);
}

QJsonObject encounterToJson(const Encounter& e)
{
    QJsonObject o;
    o.insert(QStringLiteral("encounter_id"), e.encounterId);
    if (!e.patientId.isEmpty())
        o.insert(QStringLiteral("patient_id"), e.patientId);
    o.insert(QStringLiteral("date_of_service"), e.dateOfService.toString(Qt::ISODate));
    o.insert(QStringLiteral("setting"), settingName(e.setting));
    o.insert(QStringLiteral("note"), e.note);
    o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(e.codes));
    if (!e.history.isEmpty()) {
        QJsonArray hist;
        for (const PriorVisit& v : e.history) {
            QJsonObject h;
            h.insert(QStringLiteral("encounter_id"), v.encounterId);
            h.insert(QStringLiteral("date_of_service"), v.dateOfService.toString(Qt::ISODate));
            h.insert(QStringLiteral("codes"), QJsonArray::fromStringList(v.codes));
            h.insert(QStringLiteral("note"), v.note);
            hist.append(h);
        }
        o.insert(QStringLiteral("history"), hist);
    }
    if (!e.answers.isEmpty()) {
        QJsonObject a;
        for (auto it = e.answers.begin(); it != e.answers.end(); ++it)
            a.insert(it.key(), it.value());
        o.insert(QStringLiteral("answers"), a);
    }
    return o;
}

} // namespace wcw
