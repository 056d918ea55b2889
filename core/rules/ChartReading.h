#pragma once
// What the rules and the decision tree need to know about one note: the mentions (with
// negation, uncertainty, history, section, side) and the named facts derived from them
// ("facial-weakness", "location-conflict", ...). The decision tree's conditions and the
// rules read the same facts, so a rule and the tree can never disagree about the note.
#include "note/NoteEvidence.h"
#include "rules/TextWords.h"

#include <QHash>
#include <QList>
#include <QString>

namespace wcw::rules {

struct Fact
{
    bool value = false;
    QString detail; // e.g. "left", "hypokalemia", "left-nondominant"
    QList<EvidenceSpan> evidence;
};

class ChartReading
{
public:
    explicit ChartReading(const QString& note); // reads the note with NoteReader
    ChartReading(const QString& note, NoteEvidence evidence);

    const NoteEvidence& evidence() const { return m_evidence; } // the one reading the facts come from
    const QString& note() const { return m_note; }
    TextKind textKind() const { return m_textKind; } // of the note: which scans may take the ASCII path
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
    // Confirmed causes (lexicon id) that explain `family`, with their evidence.
    QList<QPair<QString, EvidenceSpan>> causesExplaining(const QString& family) const;
    bool causeConfirmed(const QString& causeId) const;

    // True when any of the words of `phrase` (lower-case, stopwords dropped) appear as a term
    // that the note marks uncertain ("probable multiple sclerosis"); fills the span.
    bool uncertainMentionOf(const QString& phrase, EvidenceSpan* span) const;

    // The clause around a span ("R hand grip 3/5" around "3/5"), trimmed: what a coder quotes.
    EvidenceSpan clauseOf(const EvidenceSpan& span) const;

    static QStringList familyKinds(const QString& family);

private:
    void readMentions();
    void deriveFacts();
    void deriveLocation();
    void deriveCauses();
    // The facts' kind of NoteEvidence::mentions[i] (empty when no fact reads it).
    const QString& factKindOf(int i) const { return m_mentionKinds.at(i); }
    int clauseStart(int pos) const;
    int clauseEnd(int pos) const;
    bool inStatement(const Mention& m) const;
    const QList<QPair<int, int>>& uncertainClauses() const; // [cue start, clause end)

    QString m_note;
    TextKind m_textKind = TextKind::Ascii;     // found once; every scanner of the note needs it
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
    mutable bool m_uncertainClausesRead = false;
    mutable QList<QPair<int, int>> m_uncertainClauses;
};

} // namespace wcw::rules
