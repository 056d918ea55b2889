// sequencing: a symptom is not first-listed when a related confirmed diagnosis is coded
// (OCG I.B.5, IV.D / II.A), and a Tabular "code first" note puts its condition ahead (OCG I.A.13).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"
#include "rules/TextWords.h"

namespace wcw::rules {
namespace {

// A "code first" note without codes ("associated neoplasm") names its condition in words; match
// them against the chapter/block of the other code ("Neoplasms").
bool noteWordsName(const QString& noteText, const CodeRecord& other)
{
    const QString where = lowerText(other.chapter + u' ' + other.block + u' ' + other.title);
    const QString text = lowerText(noteText);
    bool any = false;
    for (QStringView w : lowerWords(text, 4)) {
        if (CodingTerms::instance().isStopword(w))
            continue;
        if (!where.contains(w))
            return false;
        any = true;
    }
    return any;
}

class Sequencing final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::Sequencing); }
    QString citation() const override { return QStringLiteral("OCG I.A.13, I.B.5, IV.D, II.A"); }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        symptomBeforeCause(ctx, &out);
        codeFirstNotes(ctx, &out);
        return out;
    }

private:
    void symptomBeforeCause(const RuleContext& ctx, QList<Finding>* out) const
    {
        const QStringList& codes = ctx.encounter.codes;
        if (codes.size() < 2)
            return;
        const QString family = CodingTerms::instance().symptomKind(codes.first());
        if (family.isEmpty())
            return;
        for (const auto& [causeId, span] : ctx.chart.causesExplaining(family)) {
            const QString dx = assignedCauseCode(ctx, causeId);
            if (dx.isEmpty())
                continue;
            Finding f = finding(
                Severity::Warning, {codes.first(), dx},
                QStringLiteral("%1 is listed first, but the confirmed diagnosis it belongs to, %2, is coded: "
                               "a symptom is not sequenced ahead of its related confirmed diagnosis "
                               "(OCG I.B.5; IV.D outpatient, II.A principal diagnosis).")
                    .arg(ctx.title(codes.first()), ctx.title(dx)));
            f.evidence.append(span);
            f.fix = moveFirstFix(dx);
            out->append(f);
            return;
        }
    }

    void codeFirstNotes(const RuleContext& ctx, QList<Finding>* out) const
    {
        const QStringList& codes = ctx.encounter.codes;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const CodeRecord* r = ctx.record(codes.at(i));
            if (!r)
                continue;
            for (const CodeNote& n : r->notes) {
                if (n.kind != u"codeFirst")
                    continue;
                for (qsizetype j = i + 1; j < codes.size(); ++j) {
                    if (!codeFirstCovers(ctx, n, codes.at(j)))
                        continue;
                    Finding f =
                        finding(Severity::Warning, {codes.at(i), codes.at(j)},
                                QStringLiteral("The Tabular List says at %1: \"Code first %2\". %3 must be "
                                               "sequenced before %1 (OCG I.A.13).")
                                    .arg(n.inheritedFrom.isEmpty() ? codes.at(i) : n.inheritedFrom, n.text,
                                         ctx.title(codes.at(j))));
                    if (i == 0)
                        f.fix = moveFirstFix(codes.at(j));
                    out->append(f);
                    return;
                }
            }
        }
    }

    static bool codeFirstCovers(const RuleContext& ctx, const CodeNote& n, const QString& other)
    {
        for (const QString& c : n.codes) {
            if (codeCovers(c, other))
                return true;
        }
        if (!n.codes.isEmpty())
            return false;
        const CodeRecord* o = ctx.record(other);
        return o && noteWordsName(n.text, *o);
    }
};

} // namespace

std::shared_ptr<const Rule> makeSequencingRule()
{
    return std::make_shared<Sequencing>();
}

} // namespace wcw::rules
