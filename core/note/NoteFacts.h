#pragma once
// What the rules and the decision tree need to know about one note: the mentions (with
// negation, uncertainty, history, section, side) and the named facts derived from them
// ("facial-weakness", "location-conflict", ...). Everything here is derived from the one
// reading NoteReader makes (NoteEvidence): the facts' mentions are the highlighter's mentions,
// renamed to the facts' kinds, with the same spans and the same negation/uncertainty. The
// decision tree's conditions and the rules read the same facts, so a rule, the tree and the
// highlights can never disagree about the note.
#include "note/NoteEvidence.h"

#include <QHash>
#include <QList>
#include <QString>

namespace wcw {

// A confirmed diagnosis that can explain weakness/fatigue/malaise (OCG I.B.5): routine
// manifestations are not coded; a sign not routinely associated needs the provider's link.
struct CauseExplanation
{
    QString id;           // NoteEvidence diagnosis concept id ("hypokalemia")
    QStringList explains; // "weakness", "fatigue", "malaise"
    bool routine = false; // routinely associated: a confirmed mention is enough; else attribution needed
};
const QList<CauseExplanation>& causeExplanations();
const CauseExplanation* causeExplanation(const QString& id); // nullptr when the facts do not read it

struct Fact
{
    bool value = false;
    QString detail; // e.g. "left", "hypokalemia", "left-nondominant"
    QList<EvidenceSpan> evidence;
};

class NoteFacts
{
public:
    explicit NoteFacts(const QString& note); // reads the note with NoteReader
    NoteFacts(const QString& note, NoteEvidence evidence);

    const NoteEvidence& evidence() const { return m_evidence; } // the one reading the facts come from
    const QString& note() const { return m_note; }
    const QList<Mention>& mentions() const { return m_mentions; }

    // Named facts; an unknown name reads as false.
    Fact fact(const QString& name) const { return m_facts.value(name); }
    bool is(const QString& name) const { return m_facts.value(name).value; }
    const QHash<QString, Fact>& facts() const { return m_facts; }

    // Present (non-negated) mentions of a kind, optionally only where the provider states them.
    QList<const Mention*> present(const QString& kind) const;
    // "weakness" | "fatigue" | "malaise": is any non-negated mention of that symptom family in the note?
    bool supportsSymptom(const QString& family) const;
    QList<EvidenceSpan> negatedEvidence(const QString& family) const;
    // Confirmed causes (concept id) that explain `family`, with their evidence.
    QList<QPair<QString, EvidenceSpan>> causesExplaining(const QString& family) const;
    bool causeConfirmed(const QString& causeId) const;

    // True when all `words` (lower case) occur in the clause of a mention or diagnosis the reader
    // marks uncertain ("probable multiple sclerosis"); fills the span with that mention's span.
    bool uncertainMentionOf(const QStringList& words, EvidenceSpan* span) const;

    // A documentation cue of the reading (Cue::type, Cue::value), e.g. ("relation", "unrelated").
    bool hasCue(const QString& type, const QString& value) const;

    // The clause around a span ("R hand grip 3/5" around "3/5"), trimmed: what a coder quotes.
    EvidenceSpan clauseOf(const EvidenceSpan& span) const;

    static QStringList familyKinds(const QString& family);

private:
    void readMentions();
    void deriveFacts();
    void deriveLocation();
    void deriveCauses();
    bool strokeIsPast() const;
    // The facts' kind of NoteEvidence::mentions[i] (empty when no fact reads it).
    const QString& factKindOf(int i) const { return m_mentionKinds.at(i); }
    int clauseStart(int pos) const;
    int clauseEnd(int pos) const;
    bool inStatement(const Mention& m) const;

    QString m_note;
    NoteEvidence m_evidence;
    QStringList m_mentionKinds; // parallel to m_evidence.mentions
    bool m_hasAssessment = false;
    QList<Mention> m_mentions;
    QHash<QString, Fact> m_facts;
    struct Cause
    {
        QString id;
        EvidenceSpan span;
        bool attributed = false;
        QString attributedFamily;
    };
    QList<Cause> m_causes;
};

} // namespace wcw
