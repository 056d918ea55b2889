#pragma once
// One check of the rules core. Each rule is a small class in its own file (or with its
// closest relatives), names the guideline it enforces, and reports findings with evidence.
#include "note/NoteFacts.h"
#include "domain/CodeFacts.h"
#include "guidance/DecisionTree.h"
#include "domain/Encounter.h"
#include "domain/Finding.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace wcw::rules {

// Everything a rule may look at, computed once per encounter.
class RuleContext
{
public:
    RuleContext(const Encounter& e, const CodeFacts& facts, const NoteFacts& chart, const TreeWalk& walk)
        : encounter(e), codeFacts(facts), chart(chart), walk(walk)
    {
    }
    const Encounter& encounter;
    const CodeFacts& codeFacts;
    const NoteFacts& chart;
    const TreeWalk& walk; // the decision tree's answer for this note (what the weakness should be coded as)

    // The record of a code on the date of service (cached per encounter; nullopt when absent).
    const CodeRecord* record(const QString& code) const;
    bool billableOnDate(const QString& code) const;
    QString title(const QString& code) const; // from the reference data; the code itself when unknown
    const QString& lowerNote() const;         // the note in lower case, computed once
    bool noteContains(const QString& lowerWord) const; // lowerNote().contains(lowerWord), kept per word
    // The guideline-cited text of a tabular note of `code` of `kind` that mentions `other`, if any.
    QString noteText(const QString& code, const QString& kind, const QString& other = {}) const;

private:
    mutable QHash<QString, std::optional<CodeRecord>> m_records;
    mutable QString m_lowerNote;
    mutable QHash<QString, bool> m_noteWords;
};

class Rule
{
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;       // fixed rule id of the contract
    virtual QString citation() const = 0; // "OCG I.A.12.a"
    virtual QList<Finding> apply(const RuleContext& ctx) const = 0;

protected:
    Finding finding(Severity severity, const QStringList& codes, const QString& message) const
    {
        Finding f;
        f.rule = id();
        f.severity = severity;
        f.codes = codes;
        f.message = message;
        f.guideline = citation();
        return f;
    }
};

// Every rule, in a stable order.
QList<std::shared_ptr<const Rule>> allRules();

// Helpers shared by several rules.
CodeFix replaceFix(const QString& code, const QString& replacement);
CodeFix removeFix(const QString& code);
CodeFix addFix(const QString& code);
CodeFix moveFirstFix(const QString& code);
bool codeCovers(const QString& prefix,
                const QString& code); // "M62.8" covers "M62.81"; "G70.0" covers "G70.00"
// date.toString(Qt::ISODate), without Qt's general date formatting ("2026-01-15").
QString isoDate(QDate date);
// The words of a reference text (a code title, a tabular note) that say something: lowerWords() of
// the lower-cased text (parenthesized parts dropped first when asked), stopwords left out.
QStringList significantWords(const QString& text, int minLength, bool withoutParentheses = false);

} // namespace wcw::rules
