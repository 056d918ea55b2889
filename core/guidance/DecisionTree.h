#pragma once
// The guided decision tree for weakness coding. The tree itself is data
// (resources/rules/decision-tree.json): nodes with a question and a guideline citation,
// answers with conditions over the note's facts, and either a next node or an outcome.
// This class only interprets it. A coder's answer (Encounter::answers[node]) overrides the note.
#include "domain/CodeFacts.h"
#include "domain/Suggestion.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>

namespace wcw {

class NoteFacts;

// A "when" condition, read once from its JSON: every walk tests it, and JSON look-ups by key
// cost more than the test.
struct TreeCondition
{
    enum class Kind { Fact, All, Any, Not };
    Kind kind = Kind::Fact;
    QString fact; // Kind::Fact: the fact's name
    bool hasIs = false;
    QString is;                 // Kind::Fact with "is": the detail the fact must have
    QList<TreeCondition> parts; // All / Any; Not has one

    static TreeCondition fromJson(const QJsonObject& when);
};

// An answer's "outcome", read once from its JSON for the same reason.
struct TreeOutcome
{
    struct Code
    {
        QString code; // may hold "{table}" slots, expanded from the note's facts
        QString reason;
    };
    QString id;
    bool noSymptomCode = false;
    QString query;
    QList<Code> codes;

    static TreeOutcome fromJson(const QJsonObject& outcome);
};

struct TreeAnswer
{
    QString id;
    QString label;
    QJsonObject when; // condition over facts; empty = the fallback answer
    QString next;     // next node id, or empty when this answer ends the walk
    QJsonObject outcome;
    TreeCondition condition; // `when`, compiled
    TreeOutcome result;      // `outcome`, read
};

struct TreeNode
{
    QString id;
    QString question;
    QString guideline;
    QList<TreeAnswer> answers;
};

// Where a walk ended.
struct TreeWalk
{
    QList<PathStep> path;
    QString outcome; // outcome id, e.g. "muscle-weakness", "query", "cause-explains"
    QList<SuggestedCode>
        codes; // the codes the outcome names (first = the weakness code), billable on the date
    bool noSymptomCode = false; // the weakness is not coded (explained by a confirmed dx, normal state, ...)
    QString queryTopic;         // set when the outcome is a provider query
    QStringList problems;       // e.g. "I69.354 is not billable in ICD-10-CM FY2026 on 2026-03-01"
    bool endsInQuery() const { return !queryTopic.isEmpty(); }
};

class DecisionTree
{
public:
    // The shipped tree (:/rules/decision-tree.json), loaded and checked once.
    static const DecisionTree& standard();
    // Loads and checks a tree; false with *error naming the node/answer on a broken tree.
    bool load(const QByteArray& json, QString* error);

    const QList<TreeNode>& nodes() const { return m_nodes; }
    const TreeNode* node(const QString& id) const;
    QString start() const { return m_start; }

    // Walks from the start. Answers from `overrides` (node id -> answer id) win over the note.
    TreeWalk walk(const NoteFacts& chart, const QMap<QString, QString>& overrides,
                  const CodeFacts& facts, QDate dateOfService) const;

    QString loadError;

private:
    bool holds(const TreeCondition& cond, const NoteFacts& chart, QStringList* factsUsed) const;
    QString expand(const QString& codeTemplate, const NoteFacts& chart) const;
    void finish(const TreeAnswer& answer, const NoteFacts& chart, const CodeFacts& facts,
                QDate date, TreeWalk* walk) const;

    QString m_start;
    QList<TreeNode> m_nodes;
    QHash<QString, int> m_index;
    QJsonObject m_tables;
};

} // namespace wcw
