// excludes1-conflict: two assigned codes in an Excludes1 relation are never reported together
// (OCG I.A.12.a), unless the note documents the two conditions as unrelated.
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"
#include "rules/TextWords.h"

namespace wcw::rules {
namespace {

// "unrelated", "separate problem", ... anywhere in the note: the reader's "relation" cue.
bool documentedUnrelated(const RuleContext& ctx)
{
    return ctx.chart.hasCue(QStringLiteral("relation"), QStringLiteral("unrelated"));
}

// The Excludes1 note text of `holder` that covers `other`, and whether it names `other` itself
// rather than a whole subtree ("muscle weakness (M62.8-)").
struct Cover
{
    QString text;
    bool exact = false;
};

Cover coveringNote(const RuleContext& ctx, const QString& holder, const QString& other)
{
    const CodeRecord* r = ctx.record(holder);
    if (!r)
        return {};
    for (const CodeNote& n : r->notes) {
        if (n.kind != u"excludes1")
            continue;
        for (const QString& c : n.codes) {
            if (codeCovers(c, other))
                return {n.text, c == other};
        }
    }
    return {};
}

// README: the note's parentheses point to where the excluded condition is coded; a code for a
// different condition under the same subcategory is not it. A subtree reference only counts when
// the note's words name the other code's condition.
bool namesCondition(const RuleContext& ctx, const Cover& cover, const QString& other)
{
    if (cover.exact || cover.text.isEmpty())
        return true;
    const CodeRecord* r = ctx.record(other);
    if (!r)
        return true;
    const QString noteText = lowerText(cover.text);
    const QString title = lowerText(r->title);
    for (QStringView w : lowerWords(title, 4)) {
        if (!CodingTerms::instance().isStopword(w) && noteText.contains(w))
            return true;
    }
    return false;
}

class Excludes1Conflict final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::Excludes1Conflict); }
    QString citation() const override { return QStringLiteral("OCG I.A.12.a"); }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        const QStringList& codes = ctx.encounter.codes;
        const QDate dos = ctx.encounter.dateOfService;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            for (qsizetype j = i + 1; j < codes.size(); ++j) {
                const QString& a = codes.at(i);
                const QString& b = codes.at(j);
                QString holder, other;
                if (ctx.codeFacts.excludes1(a, b, dos))
                    holder = a, other = b;
                else if (ctx.codeFacts.excludes1(b, a, dos))
                    holder = b, other = a;
                else
                    continue;
                const Cover cover = coveringNote(ctx, holder, other);
                if (!namesCondition(ctx, cover, other) || documentedUnrelated(ctx))
                    continue;
                Finding f = finding(
                    Severity::Error, {a, b},
                    QStringLiteral("%1 and %2 are not coded together: the Tabular List has an Excludes1 note "
                                   "at %3%4 (OCG I.A.12.a: the two conditions cannot occur together "
                                   "unless documented as unrelated).")
                        .arg(ctx.title(a), ctx.title(b), holder,
                             cover.text.isEmpty() ? QString() : QStringLiteral(": \"") + cover.text + u'"'));
                // Keep the code the documentation supports (the tree's answer); else drop the code
                // holding the note, since the note sends the excluded condition elsewhere.
                QString drop = holder;
                for (const SuggestedCode& sc : ctx.walk.codes) {
                    if (sc.code == holder)
                        drop = other;
                }
                f.fix = removeFix(drop);
                out.append(f);
            }
        }
        return out;
    }
};

} // namespace

std::shared_ptr<const Rule> makeExcludes1ConflictRule()
{
    return std::make_shared<Excludes1Conflict>();
}

} // namespace wcw::rules
