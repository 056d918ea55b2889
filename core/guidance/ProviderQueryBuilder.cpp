#include "guidance/ProviderQueryBuilder.h"

#include "note/NoteFacts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace wcw {

const QString ProviderQueryBuilder::kOther = QStringLiteral("Other (please specify)");
const QString ProviderQueryBuilder::kUndetermined = QStringLiteral("Unable to determine");

ProviderQueryBuilder::ProviderQueryBuilder()
{
    static const QJsonObject templates = [] {
        QFile f(QStringLiteral(":/rules/queries.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }();
    m_templates = templates;
}

ProviderQuery ProviderQueryBuilder::build(const QString& topic, const NoteFacts& chart) const
{
    const QJsonObject t = m_templates.value(topic).isObject()
                              ? m_templates.value(topic).toObject()
                              : m_templates.value(QStringLiteral("default")).toObject();
    const Fact fact = chart.fact(topic);
    QString side = chart.fact(QStringLiteral("location-conflict")).detail;
    if (side.isEmpty())
        side = QStringLiteral("affected");
    ProviderQuery q;
    q.topic = t.value(QStringLiteral("topic")).toString();
    // Indicators are quoted verbatim from the note, each once, in note order.
    QList<EvidenceSpan> spans = fact.evidence;
    std::sort(spans.begin(), spans.end(),
              [](const EvidenceSpan& a, const EvidenceSpan& b) { return a.start < b.start; });
    for (const EvidenceSpan& s : spans) {
        const QString quote = QStringLiteral("\"%1\"").arg(chart.clauseOf(s).quote);
        if (!q.indicators.contains(quote))
            q.indicators.append(quote);
    }
    QString question = t.value(QStringLiteral("question")).toString();
    if (!q.indicators.isEmpty())
        question = QStringLiteral("The record documents: %1. ").arg(q.indicators.join(QStringLiteral("; "))) +
                   question;
    q.question = question;
    for (const QJsonValue& o : t.value(QStringLiteral("options")).toArray())
        q.options.append(o.toString().replace(QStringLiteral("{side}"), side));
    // Compliant queries always let the provider answer outside the listed options.
    q.options.removeAll(kOther);
    q.options.removeAll(kUndetermined);
    q.options.append(kOther);
    q.options.append(kUndetermined);
    return q;
}

} // namespace wcw
