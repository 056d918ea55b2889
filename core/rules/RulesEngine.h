#pragma once
// Entry point of the rules core (issue: rules core). Pure QtCore; reads code facts through CodeFacts.
// The rules live in core/rules/ (one small class per rule), the decision tree in
// resources/rules/decision-tree.json (interpreted by DecisionTree).
#include "domain/CodeFacts.h"
#include "domain/Encounter.h"
#include "domain/Finding.h"
#include "note/NoteEvidence.h"
#include "domain/Suggestion.h"

namespace wcw {

// Everything about one encounter, computed in one pass (the GUI shows all of it).
struct EncounterReview
{
    QList<Finding> findings;
    Suggestion suggestion;
};

class RulesEngine
{
public:
    explicit RulesEngine(const CodeFacts& facts);
    ~RulesEngine();

    NoteEvidence read(const QString& note) const;     // mentions with spans and attributes
    QList<Finding> check(const Encounter& e) const;   // every rule; order: severity, then rule id
    Suggestion suggest(const Encounter& e) const;     // decision tree + checklist + queries
    EncounterReview review(const Encounter& e) const; // check + suggest sharing one reading of the note

    // Non-empty when a shipped resource (lexicon, decision tree) failed to load: a build problem.
    static QString resourceError();

private:
    const CodeFacts& m_facts;
};

} // namespace wcw
