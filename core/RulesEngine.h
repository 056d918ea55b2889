#pragma once
// Entry point of the rules core (issue: rules core). Pure QtCore; reads code facts through CodeFacts.
// INTERFACE AGREED FIRST: implementation lands with the rules-core work; extend, don't break.
#include "CodeFacts.h"
#include "Encounter.h"
#include "Finding.h"
#include "NoteEvidence.h"
#include "Suggestion.h"

namespace wcw {

class RulesEngine
{
public:
    explicit RulesEngine(const CodeFacts& facts);
    ~RulesEngine();

    NoteEvidence read(const QString& note) const;     // mentions with spans and attributes
    QList<Finding> check(const Encounter& e) const;   // every rule; order: severity, then rule id
    Suggestion suggest(const Encounter& e) const;     // decision tree + checklist + queries

private:
    const CodeFacts& m_facts;
};

} // namespace wcw
