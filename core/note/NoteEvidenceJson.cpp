#include "note/NoteEvidenceJson.h"

#include <QJsonArray>

namespace wcw {

QJsonObject evidenceSpanToJson(const EvidenceSpan& s)
{
    return {{QStringLiteral("quote"), s.quote},
            {QStringLiteral("start"), s.start},
            {QStringLiteral("end"), s.end}};
}

QJsonObject mentionToJson(const Mention& m)
{
    QJsonObject o = evidenceSpanToJson(m.span);
    o.insert(QStringLiteral("kind"), m.kind);
    o.insert(QStringLiteral("section"), noteSectionId(m.section));
    o.insert(QStringLiteral("sentence"), m.sentence);
    if (m.negated)
        o.insert(QStringLiteral("negated"), true);
    if (m.uncertain)
        o.insert(QStringLiteral("uncertain"), true);
    if (m.historical)
        o.insert(QStringLiteral("historical"), true);
    if (!m.attributes.isEmpty()) {
        QJsonObject attrs;
        for (auto it = m.attributes.cbegin(); it != m.attributes.cend(); ++it)
            attrs.insert(it.key(), it.value());
        o.insert(QStringLiteral("attributes"), attrs);
    }
    return o;
}

QJsonObject noteEvidenceToJson(const NoteEvidence& e)
{
    QJsonArray mentions, diagnoses, causes, cues, sections, unknown;
    for (const Mention& m : e.mentions)
        mentions.append(mentionToJson(m));
    for (const Mention& d : e.diagnoses)
        diagnoses.append(mentionToJson(d));
    for (const CausalLink& c : e.causes) {
        QJsonObject o{{QStringLiteral("mention"), c.mention},
                      {QStringLiteral("relation"), c.relation},
                      {QStringLiteral("trigger"), evidenceSpanToJson(c.trigger)},
                      {QStringLiteral("cause"), evidenceSpanToJson(c.cause)},
                      {QStringLiteral("concepts"), QJsonArray::fromStringList(c.concepts)}};
        if (c.uncertain)
            o.insert(QStringLiteral("uncertain"), true);
        causes.append(o);
    }
    for (const Cue& c : e.cues) {
        QJsonObject o = evidenceSpanToJson(c.span);
        o.insert(QStringLiteral("type"), c.type);
        o.insert(QStringLiteral("value"), c.value);
        o.insert(QStringLiteral("section"), noteSectionId(c.section));
        if (c.negated)
            o.insert(QStringLiteral("negated"), true);
        cues.append(o);
    }
    for (const EvidenceSpan& s : e.sections)
        sections.append(evidenceSpanToJson(s));
    for (const EvidenceSpan& s : e.etiologyUnknown)
        unknown.append(evidenceSpanToJson(s));
    QJsonObject out{{QStringLiteral("mentions"), mentions}, {QStringLiteral("diagnoses"), diagnoses},
                    {QStringLiteral("causes"), causes},     {QStringLiteral("cues"), cues},
                    {QStringLiteral("sections"), sections}, {QStringLiteral("etiology_unknown"), unknown}};
    if (!e.handedness.isEmpty()) {
        QJsonObject h = evidenceSpanToJson(e.handednessSpan);
        h.insert(QStringLiteral("value"), e.handedness);
        out.insert(QStringLiteral("handedness"), h);
    }
    return out;
}

} // namespace wcw
