#include "workstore/WorkStoreJson.h"

#include <QJsonDocument>

namespace wcw::db {
namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& v)
{
    QStringList list;
    for (const QJsonValue& item : v.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString jsonText(const QJsonObject& obj)
{
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray& arr)
{
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject storedFindingJson(const Finding& f)
{
    QJsonObject obj{{QStringLiteral("rule"), f.rule},
                    {QStringLiteral("severity"), severityName(f.severity)},
                    {QStringLiteral("codes"), toArray(f.codes)},
                    {QStringLiteral("message"), f.message},
                    {QStringLiteral("guideline"), f.guideline}};
    QJsonArray evidence;
    for (const EvidenceSpan& s : f.evidence) {
        evidence.append(QJsonObject{{QStringLiteral("quote"), s.quote},
                                    {QStringLiteral("start"), s.start},
                                    {QStringLiteral("end"), s.end}});
    }
    obj.insert(QStringLiteral("evidence"), evidence);
    if (f.fix) {
        obj.insert(QStringLiteral("fix"), QJsonObject{{QStringLiteral("kind"), int(f.fix->kind)},
                                                      {QStringLiteral("code"), f.fix->code},
                                                      {QStringLiteral("replacement"), f.fix->replacement},
                                                      {QStringLiteral("label"), f.fix->label}});
    }
    return obj;
}

Finding storedFinding(const QJsonObject& obj)
{
    Finding f;
    f.rule = obj.value(QStringLiteral("rule")).toString();
    f.severity =
        severityFromName(obj.value(QStringLiteral("severity")).toString()).value_or(Severity::Warning);
    f.codes = toList(obj.value(QStringLiteral("codes")));
    f.message = obj.value(QStringLiteral("message")).toString();
    f.guideline = obj.value(QStringLiteral("guideline")).toString();
    for (const QJsonValue& v : obj.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject s = v.toObject();
        f.evidence.append({s.value(QStringLiteral("quote")).toString(),
                           s.value(QStringLiteral("start")).toInt(), s.value(QStringLiteral("end")).toInt()});
    }
    if (obj.contains(QStringLiteral("fix"))) {
        const QJsonObject x = obj.value(QStringLiteral("fix")).toObject();
        CodeFix fix;
        fix.kind = CodeFix::Kind(qBound(0, x.value(QStringLiteral("kind")).toInt(), 3));
        fix.code = x.value(QStringLiteral("code")).toString();
        fix.replacement = x.value(QStringLiteral("replacement")).toString();
        fix.label = x.value(QStringLiteral("label")).toString();
        f.fix = fix;
    }
    return f;
}

QJsonObject storedQueryJson(const ProviderQuery& q)
{
    return {{QStringLiteral("topic"), q.topic},
            {QStringLiteral("question"), q.question},
            {QStringLiteral("indicators"), toArray(q.indicators)},
            {QStringLiteral("options"), toArray(q.options)}};
}

ProviderQuery storedQuery(const QJsonObject& obj)
{
    ProviderQuery q;
    q.topic = obj.value(QStringLiteral("topic")).toString();
    q.question = obj.value(QStringLiteral("question")).toString();
    q.indicators = toList(obj.value(QStringLiteral("indicators")));
    q.options = toList(obj.value(QStringLiteral("options")));
    return q;
}

} // namespace wcw::db
