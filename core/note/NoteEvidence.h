#pragma once
// What the note says about weakness and its relatives, with spans, so rules can cite
// evidence and the GUI can highlight it. Produced by NoteReader (core/NoteReader.h).
//
// Mention kinds (Mention::kind):
//   weakness-family:  "weakness" (weak, asthenia, feeling weak), "muscle-weakness", "fatigue" (tired, no
//   energy),
//                     "malaise" (unwell, feels off), "debility" (debility NOS, deconditioning),
//                     "frailty" (frail, age-related physical debility, senile debility), "sarcopenia",
//                     "facial-droop" (facial droop/weakness/palsy), "hemiparesis" (hemiplegia, one-sided
//                     weakness), "monoparesis" (monoplegia, one limb), "icu-weakness" (ICU-acquired weakness,
//                     critical illness myopathy), "functional-quadriplegia", "immobility"
//   objective:        "strength-grade" (attributes "grade" = "4-", "reduced" = "true"/"false")
//   context:          "exertion" (marathon, post-exertional), "falls", "fall-risk", "unsteadiness",
//   "fatigability"
// Attributes (Mention::attributes, all optional): "location" (body parts, comma separated), "laterality"
// ("left"|"right"|"bilateral"), "extent" ("generalized"|"localized"), "symmetry" ("symmetric"|"asymmetric"),
// "onset", "duration", "progression", "pattern", "function", "cause" (text after "due to"/"2/2"/...),
// "exertional" ("true" when the sentence describes exertion), "residual" ("true"), "as-cause" ("true" when
// the mention sits inside another mention's cause, e.g. "quadriplegia due to dementia and frailty"), "grade",
// "reduced", "term" (the words as written, lower case).
#include "domain/Finding.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wcw {

enum class NoteSection { Unknown, ChiefComplaint, Hpi, Ros, Exam, Assessment, Plan, History, Addendum };

QString noteSectionId(
    NoteSection s); // "unknown", "cc", "hpi", "ros", "exam", "assessment", "plan", "history", "addendum"

// How much a statement in this section counts when statements conflict: the provider's
// assessment outranks narrative, which outranks the exam, history, and last a templated ROS line.
int sectionWeight(NoteSection s);

struct Mention
{
    QString kind; // see the list above; for diagnoses a concept id ("hypokalemia", "myasthenia-gravis", ...)
    EvidenceSpan span;
    NoteSection section = NoteSection::Unknown;
    bool negated = false;
    bool uncertain = false;
    bool historical = false;
    QMap<QString, QString> attributes; // "location", "laterality", "onset", "duration", ...
    int sentence = -1;                 // mentions with the same index share a sentence (or list line)

    bool affirmed() const { return !negated && !uncertain && !historical; }
    bool inAssessment() const { return section == NoteSection::Assessment; }
    QString attribute(const QString& name) const { return attributes.value(name); }
};

// "Weakness 2/2 hypokalemia", "cancer-related fatigue", "hemiparesis following old infarct".
struct CausalLink
{
    int mention = -1;      // index into NoteEvidence::mentions (the effect)
    EvidenceSpan trigger;  // "2/2", "due to", "related", "following", ...
    EvidenceSpan cause;    // the cause as written
    QStringList concepts;  // diagnosis concept ids found inside the cause ("hypokalemia")
    QString relation;      // "cause" ("due to", "2/2", "-related"), "sequela" ("residual of"), "temporal"
                           // ("following", "after": weaker), "with" ("sarcopenia with muscle weakness")
    bool temporal = false; // relation == "temporal"
    bool uncertain = false;
    NoteSection section = NoteSection::Unknown;
};

// A documentation cue used by attributes and the checklist: type is one of "extent", "bodypart",
// "laterality", "symmetry", "onset", "duration", "progression", "pattern", "function", "objective",
// "exertion-level"; value is the normalized meaning ("generalized", "hip", "left", "gradual", "x 2 wks",
// ...).
struct Cue
{
    QString type;
    QString value;
    EvidenceSpan span;
    NoteSection section = NoteSection::Unknown;
    bool negated = false;
    int sentence = -1;
};

struct NoteEvidence
{
    QList<Mention> mentions;      // weakness family, strength grades, falls, exertion ...
    QList<Mention> diagnoses;     // kind = concept id; attribute "weakness-cause" = "true" when it commonly
                                  // explains weakness; "sequela" = "true" for old/residual stroke
    QList<CausalLink> causes;     // documented causes of mentions
    QList<Cue> cues;              // documentation cues (checklist, attributes)
    QList<EvidenceSpan> sections; // section headers as written ("A/P:")
    QList<EvidenceSpan> etiologyUnknown; // "etiology unclear", "no specific disease identified"
    QString handedness; // "left" | "right" | "not-documented" (explicitly) | "" (not mentioned)
    EvidenceSpan handednessSpan;

    static bool isWeaknessFamily(const QString& kind);
    // Mentions of a kind, strongest first: affirmed before not, then by section weight, then note order.
    QList<const Mention*> ranked(const QString& kind) const;
    bool hasAffirmed(const QString& kind) const;
    // The first affirmed mention of a kind in the Assessment, or nullptr.
    const Mention* assessed(const QString& kind) const;
    const Mention* diagnosis(const QString& conceptId) const; // strongest mention of a diagnosis concept
    bool strokeHistory() const; // a stroke/cerebral infarct is documented (old, residual or current)
    QList<CausalLink> causesOf(int mentionIndex) const;
};

} // namespace wcw

// Spans, cues and mentions are only QStrings, QMaps and ints: moving them in memory is safe,
// which lets QList grow without copying each one.
Q_DECLARE_TYPEINFO(wcw::Cue, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(wcw::Mention, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(wcw::CausalLink, Q_RELOCATABLE_TYPE);
