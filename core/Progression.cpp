#include "Progression.h"

#include <QRegularExpression>

namespace wcw {

// First version: cue phrases. The rules core's note reader refines this (negation, sections).
ProgressionEvidence readProgression(const QString& note)
{
    static const QRegularExpression progressionCues(
        QStringLiteral("\\b(worse(ning|ned)?|progress(ing|ed|ion)?|improv(ed|ing|ement)|new onset|now (unable|able)|"
                       "declin(ed|ing)|increas(ed|ing) (weakness|fatigue)|spread(ing)? to|no longer)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reevaluationCues(
        QStringLiteral("\\b(ordered|referr(al|ed)|EMG|MRI|CT|nerve conduction|CK|results? (show|reveal)|"
                       "re-?evaluat(ed|ion)|repeat(ed)? exam|start(ed)? on|changed? (plan|dose))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    ProgressionEvidence ev;
    for (const auto* re : {&progressionCues, &reevaluationCues}) {
        auto it = re->globalMatch(note);
        while (it.hasNext()) {
            const auto m = it.next();
            ev.spans.append({m.captured(0), int(m.capturedStart(0)), int(m.capturedEnd(0))});
            (re == &progressionCues ? ev.progression : ev.reevaluation) = true;
        }
    }
    return ev;
}

} // namespace wcw
