#include "guidance/DocumentationChecklist.h"

#include <QSet>

namespace wcw {

namespace {

bool isWeaknessLike(const Mention& m)
{
    return NoteEvidence::isWeaknessFamily(m.kind) || m.kind == u"strength-grade";
}

// Sentences that talk about the symptom (any mention outside a templated ROS line, or a grade):
// the cues there describe it. A cue elsewhere ("DTRs 2+ and symmetric") does not.
QSet<int> symptomSentences(const NoteEvidence& e)
{
    QSet<int> out;
    for (const Mention& m : e.mentions) {
        if (isWeaknessLike(m) && m.section != NoteSection::Ros && !m.negated)
            out.insert(m.sentence);
    }
    return out;
}

struct Builder
{
    const NoteEvidence& e;
    QSet<int> sentences;

    static ChecklistItem item(const char* id, const char* label)
    {
        return {QString::fromLatin1(id), QString::fromLatin1(label), false, {}};
    }
    void add(ChecklistItem& it, const EvidenceSpan& span)
    {
        it.present = true;
        if (it.evidence.size() < 4)
            it.evidence.append(span);
    }
    // Cues of the given types in symptom sentences (or, when anywhere is true, in the whole note
    // outside the ROS); a negated cue still documents the item ("no falls", "no focal deficits").
    void cues(ChecklistItem& it, std::initializer_list<const char*> types, bool anywhere = false)
    {
        for (const Cue& c : e.cues) {
            const bool typed = std::any_of(types.begin(), types.end(),
                                           [&](const char* t) { return c.type == QLatin1String(t); });
            if (!typed)
                continue;
            if (sentences.contains(c.sentence) || (anywhere && c.section != NoteSection::Ros))
                add(it, c.span);
        }
    }
    void attribute(ChecklistItem& it, const QString& name)
    {
        for (const Mention& m : e.mentions) {
            if (isWeaknessLike(m) && !m.negated && !m.attribute(name).isEmpty())
                add(it, m.span);
        }
    }
};

void symptomDistinguished(Builder& b, ChecklistItem& it)
{
    // Weakness, fatigue and malaise are told apart when the note names more than one of them
    // (affirmed or denied: "not tired and not weak"), or tests strength objectively.
    QSet<QString> groups;
    QList<EvidenceSpan> spans;
    for (const Mention& m : b.e.mentions) {
        QString group;
        if (m.kind == u"fatigue" || m.kind == u"malaise")
            group = m.kind;
        else if (m.kind == u"weakness" || m.kind == u"muscle-weakness")
            group = QStringLiteral("weakness");
        if (group.isEmpty() || m.section == NoteSection::Ros)
            continue;
        groups.insert(group);
        spans.append(m.span);
    }
    bool graded = false;
    for (const Mention& m : b.e.mentions)
        graded = graded || m.kind == u"strength-grade";
    if (groups.size() >= 2 || (groups.contains(QStringLiteral("weakness")) && graded)) {
        for (const EvidenceSpan& s : spans)
            b.add(it, s);
    }
}

void cause(Builder& b, ChecklistItem& it)
{
    for (const CausalLink& c : b.e.causes) {
        if (!c.temporal)
            b.add(it, c.cause);
    }
    // A ruled-out cause also answers the question ("GBS ruled out").
    for (const Mention& d : b.e.diagnoses) {
        if (d.negated)
            b.add(it, d.span);
    }
}

} // namespace

Checklist buildChecklist(const NoteEvidence& evidence, const QString& note)
{
    Q_UNUSED(note); // spans already quote the note; kept for callers that pass raw text
    Builder b{evidence, symptomSentences(evidence)};
    ChecklistItem location = b.item("location", "Location of the weakness");
    b.cues(location, {"extent", "bodypart", "laterality"});
    ChecklistItem extent = b.item("extent", "Generalized or localized");
    b.cues(extent, {"extent"});
    b.attribute(extent, QStringLiteral("extent"));
    ChecklistItem parts = b.item("body-parts", "Body parts affected");
    b.cues(parts, {"bodypart"});
    ChecklistItem symmetry = b.item("symmetry", "Symmetry");
    b.cues(symmetry, {"symmetry"});
    ChecklistItem onset = b.item("onset", "Onset");
    b.cues(onset, {"onset"});
    ChecklistItem duration = b.item("duration", "Duration");
    b.cues(duration, {"duration"});
    ChecklistItem progression = b.item("progression", "Progression");
    b.cues(progression, {"progression"});
    ChecklistItem pattern = b.item("pattern", "Fluctuation or pattern");
    b.cues(pattern, {"pattern"});
    ChecklistItem function = b.item("functional-impact", "Functional impact (ADLs, falls, mobility)");
    b.cues(function, {"function"}, true);
    ChecklistItem objective = b.item("objective-findings", "Objective findings (strength grades, exam)");
    for (const Mention& m : evidence.mentions) {
        if (m.kind == u"strength-grade")
            b.add(objective, m.span);
    }
    for (const Cue& c : evidence.cues) {
        if (c.type == u"objective" && c.section == NoteSection::Exam)
            b.add(objective, c.span);
    }
    ChecklistItem distinguished =
        b.item("symptom-distinguished", "Weakness told apart from fatigue and malaise");
    symptomDistinguished(b, distinguished);
    ChecklistItem why = b.item("cause", "Cause documented or ruled out");
    cause(b, why);
    // Location is documented when extent or body parts are.
    if (!location.present && (extent.present || parts.present)) {
        location.present = true;
        location.evidence = extent.present ? extent.evidence : parts.evidence;
    }
    Checklist list;
    list.items = {location,    extent,  parts,    symmetry,  onset,         duration,
                  progression, pattern, function, objective, distinguished, why};
    return list;
}

} // namespace wcw
