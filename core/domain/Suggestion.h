#pragma once
// The outcome of the guided decision tree: codes with reasons, the path walked,
// provider queries, and the documentation checklist (contract: wcw-cli suggest).
#include "domain/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wcw {

struct SuggestedCode
{
    QString code;   // dotted
    QString role;   // "primary" | "additional"
    QString reason; // cites the guideline / tabular note / index entry
};

struct PathStep
{
    QString node;      // decision-tree node id, e.g. "location"
    QString question;  // as the tree words it
    QString answer;    // the chosen answer id
    QString evidence;  // quote from the note, or "answered by coder"
    QString guideline; // citation of the node
    bool fromAnswers = false; // true when the coder's answer overrode the note
};

struct ProviderQuery
{
    QString topic;
    QString question;
    QStringList indicators; // clinical indicators quoted from the note
    QStringList options;    // always ends with "Other (please specify)", "Unable to determine"
};

struct ChecklistItem
{
    QString id;    // "location", "onset", ...
    QString label; // "Location of the weakness"
    bool present = false;
    QList<EvidenceSpan> evidence;
};

struct Checklist
{
    QList<ChecklistItem> items;
    int complete() const;
    int total() const { return int(items.size()); }
    QStringList missing() const;
};

struct Suggestion
{
    QList<SuggestedCode> codes; // first = recommended first-listed / principal; may be empty when a query is due
    QList<PathStep> path;
    QList<ProviderQuery> queries;
    Checklist checklist;
    QStringList notes; // e.g. "I69.354 is not a billable code in ... for 2026-03-01" (the tree's ends are checked)
};

} // namespace wcw
