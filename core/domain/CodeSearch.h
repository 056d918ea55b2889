#pragma once
// Search-as-you-type and two-code comparison over the reference database.
// core/ defines the answers; db/ (ReferenceDb) computes them.
#include "domain/CodeFacts.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace wcw {

struct SearchHit
{
    QString code; // dotted
    QString title;
    bool billable = false;
    QString matched; // what matched: "code", "code prefix", "index: Weak, weakening, weakness > muscle", "title", ...
    double score = 0;
};

struct ExclusionLink
{
    bool excludes = false;  // does the "from" code's Excludes note cover the "to" code
    QString kind;           // "excludes1" | "excludes2"
    QString noteText;       // the note text that does it
    QString inheritedFrom;  // empty when direct
};

// Curated guidance for a pair (R53.1 vs M62.81 first), from resources/, citing guidelines.
struct PairGuidance
{
    QString title;
    QList<QPair<QString, QString>> sections; // heading -> text ("When to use R53.1", ...)
    QStringList citations;
};

struct CodeComparison
{
    CodeRecord a;
    CodeRecord b;
    QList<ExclusionLink> aExcludesB; // excludes1 / excludes2, direct or inherited
    QList<ExclusionLink> bExcludesA;
    std::optional<PairGuidance> guidance;
};

class CodeSearch
{
public:
    virtual ~CodeSearch() = default;
    virtual QList<SearchHit> search(const QString& text, int limit = 20) const = 0;
    virtual std::optional<CodeComparison> compare(QStringView a, QStringView b, QDate dateOfService) const = 0;
};

} // namespace wcw
