#include "rules/RulesJson.h"

#include <QJsonArray>

namespace wcw {

QJsonObject findingsToJson(const QString& encounterId, const QList<Finding>& findings)
{
    QJsonArray list;
    for (const Finding& f : findings) {
        QJsonArray evidence;
        for (const EvidenceSpan& s : f.evidence)
            evidence.append(QJsonObject{{QStringLiteral("quote"), s.quote},
                                        {QStringLiteral("start"), s.start},
                                        {QStringLiteral("end"), s.end}});
        QJsonObject o{{QStringLiteral("rule"), f.rule},
                      {QStringLiteral("severity"), severityName(f.severity)},
                      {QStringLiteral("codes"), QJsonArray::fromStringList(f.codes)},
                      {QStringLiteral("message"), f.message},
                      {QStringLiteral("evidence"), evidence}};
        if (f.fix)
            o.insert(QStringLiteral("fix"), f.fix->label);
        list.append(o);
    }
    return {{QStringLiteral("encounter_id"), encounterId}, {QStringLiteral("findings"), list}};
}

QJsonObject suggestionToJson(const QString& encounterId, const Suggestion& s)
{
    QJsonArray codes, path, queries;
    for (const SuggestedCode& c : s.codes)
        codes.append(QJsonObject{{QStringLiteral("code"), c.code},
                                 {QStringLiteral("role"), c.role},
                                 {QStringLiteral("reason"), c.reason}});
    for (const PathStep& p : s.path)
        path.append(QJsonObject{{QStringLiteral("node"), p.node},
                                {QStringLiteral("answer"), p.answer},
                                {QStringLiteral("evidence"), p.evidence}});
    for (const ProviderQuery& q : s.queries)
        queries.append(QJsonObject{{QStringLiteral("topic"), q.topic},
                                   {QStringLiteral("question"), q.question},
                                   {QStringLiteral("options"), QJsonArray::fromStringList(q.options)}});
    QJsonObject checklist{{QStringLiteral("complete"), s.checklist.complete()},
                          {QStringLiteral("total"), s.checklist.total()},
                          {QStringLiteral("missing"), QJsonArray::fromStringList(s.checklist.missing())}};
    QJsonObject o{{QStringLiteral("encounter_id"), encounterId},
                  {QStringLiteral("codes"), codes},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("queries"), queries},
                  {QStringLiteral("checklist"), checklist}};
    if (!s.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(s.notes));
    return o;
}

} // namespace wcw
