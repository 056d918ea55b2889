#include "rules/RulesEngine.h"

#include "guidance/DecisionTree.h"
#include "guidance/DocumentationChecklist.h"
#include "guidance/ProviderQueryBuilder.h"
#include "note/NoteReader.h"
#include "note/NoteFacts.h"
#include "rules/CodingTerms.h"
#include "rules/Rule.h"
#include "rules/RuleId.h"
#include "rules/SuggestionBuilder.h"

#include <algorithm>

namespace wcw {
namespace {

bool subset(const QStringList& a, const QStringList& b)
{
    for (const QString& x : a) {
        if (!b.contains(x))
            return false;
    }
    return true;
}

// How the rules are meant to combine (shared/cases/README.md):
// - an Excludes1 pair is one problem: r531-vs-m6281 / symptom-after-confirmed-dx on those codes go;
// - localized-weakness-as-r531 replaces r531-vs-m6281 for the same code.
// (weakness-vs-fatigue / unsupported-symptom-code, and query-needed vs the rules that depend on
// the disputed fact, exclude each other inside the rules themselves.)
QList<Finding> applyInterplay(const QList<Finding>& all)
{
    QList<QStringList> pairs, localized;
    for (const Finding& f : all) {
        if (f.rule == rules::ruleName(rules::RuleId::Excludes1Conflict))
            pairs.append(f.codes);
        else if (f.rule == rules::ruleName(rules::RuleId::LocalizedWeaknessAsR531))
            localized.append(f.codes);
    }
    QList<Finding> out;
    for (const Finding& f : all) {
        bool drop = false;
        if (f.rule == rules::ruleName(rules::RuleId::R531VsM6281) ||
            f.rule == rules::ruleName(rules::RuleId::SymptomAfterConfirmedDx)) {
            for (const QStringList& p : std::as_const(pairs))
                drop = drop || subset(f.codes.mid(0, 1), p);
        }
        if (f.rule == rules::ruleName(rules::RuleId::R531VsM6281)) {
            for (const QStringList& l : std::as_const(localized))
                drop = drop || subset(f.codes, l);
        }
        if (!drop)
            out.append(f);
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return a.severity != b.severity ? a.severity > b.severity : a.rule < b.rule;
    });
    return out;
}

struct Pass
{
    NoteFacts chart;
    TreeWalk walk;
    rules::RuleContext ctx;
    Pass(const Encounter& e, const CodeFacts& facts)
        : chart(e.note), walk(DecisionTree::standard().walk(chart, e.answers, facts, e.dateOfService)),
          ctx(e, facts, chart, walk)
    {
    }
    QList<Finding> findings() const
    {
        QList<Finding> all;
        for (const auto& rule : rules::allRules())
            all += rule->apply(ctx);
        return applyInterplay(all);
    }
};

} // namespace

RulesEngine::RulesEngine(const CodeFacts& facts) : m_facts(facts) {}

RulesEngine::~RulesEngine() = default;

QString RulesEngine::resourceError()
{
    if (!rules::CodingTerms::instance().loadError.isEmpty())
        return rules::CodingTerms::instance().loadError;
    return DecisionTree::standard().loadError;
}

NoteEvidence RulesEngine::read(const QString& note) const
{
    return NoteReader().read(note);
}

QList<Finding> RulesEngine::check(const Encounter& e) const
{
    return Pass(e, m_facts).findings();
}

Suggestion RulesEngine::suggest(const Encounter& e) const
{
    return review(e).suggestion;
}

EncounterReview RulesEngine::review(const Encounter& e) const
{
    const Pass pass(e, m_facts);
    EncounterReview r;
    r.findings = pass.findings();
    Suggestion& s = r.suggestion;
    s.codes = rules::suggestCodes(pass.ctx, r.findings);
    s.path = pass.walk.path;
    s.notes = pass.walk.problems;
    s.checklist = buildChecklist(NoteReader().read(e.note), e.note);
    const ProviderQueryBuilder queries;
    if (pass.walk.endsInQuery()) {
        const QString detail = pass.chart.fact(QStringLiteral("documentation-conflict")).detail;
        s.queries.append(queries.build(detail.isEmpty() ? pass.walk.queryTopic : detail, pass.chart));
    } else if (std::any_of(r.findings.cbegin(), r.findings.cend(), [](const Finding& f) {
                   return f.rule == rules::ruleName(rules::RuleId::QueryNeeded);
               })) {
        s.queries.append(queries.build(QStringLiteral("default"), pass.chart));
    }
    return r;
}

} // namespace wcw
