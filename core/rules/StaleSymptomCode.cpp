// stale-symptom-code: the same symptom code carried from visit to visit with nothing new
// documented, or kept after an earlier visit established the definitive diagnosis
// (OCG I.C.18.b: symptom codes are for the period before a diagnosis; IV.J code what this visit documents).
#include "rules/CodingTerms.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"
#include "rules/TextWords.h"
#include "work/CarryOver.h"
#include "work/Progression.h"

namespace wcw::rules {
namespace {

class StaleSymptomCode final : public Rule
{
public:
    QString id() const override { return ruleName(RuleId::StaleSymptomCode); }
    QString citation() const override { return QStringLiteral("OCG I.C.18.b, IV.J"); }
    QList<Finding> apply(const RuleContext& ctx) const override
    {
        QList<Finding> out;
        QList<PriorVisit> earlier;
        for (const PriorVisit& v : ctx.encounter.sortedHistory()) {
            if (v.dateOfService < ctx.encounter.dateOfService)
                earlier.append(v);
        }
        if (earlier.isEmpty())
            return out;
        // The codes watched are the ones the store's visit history watches (core/CarryOver), so the
        // per-encounter finding and the visit-history panel speak of the same codes (R54 included).
        static const QStringList watched = defaultStaleSymptomCodes();
        std::optional<bool> progressed; // this note's progression, read at most once (it is costly)
        for (const QString& code : ctx.encounter.codes) {
            const QString family = CodingTerms::instance().symptomKind(code);
            if (family.isEmpty() && !watched.contains(code))
                continue;
            if (auto f = family.isEmpty() ? std::nullopt : diagnosedEarlier(ctx, code, family, earlier))
                out.append(*f);
            else if (auto g = carriedUnchanged(ctx, code, earlier, &progressed))
                out.append(*g);
        }
        return out;
    }

private:
    std::optional<Finding> diagnosedEarlier(const RuleContext& ctx, const QString& code,
                                            const QString& family, const QList<PriorVisit>& earlier) const
    {
        for (const CauseTerm& cause : CodingTerms::instance().causes()) {
            const CauseExplanation* what = causeExplanation(cause.id);
            if (!what || !what->explains.contains(family) || !what->routine)
                continue;
            for (const PriorVisit& v : earlier) {
                for (const QString& dx : v.codes) {
                    bool covered = false;
                    for (const QString& p : cause.codes)
                        covered = covered || codeCovers(p, dx);
                    if (!covered)
                        continue;
                    Finding f = finding(
                        Severity::Warning, {code},
                        QStringLiteral("%1 is still coded although the definitive diagnosis %2 was "
                                       "established at visit %3 (%4); symptom codes are for the period "
                                       "before a diagnosis is made (OCG I.C.18.b).")
                            .arg(ctx.title(code), dx, v.encounterId, isoDate(v.dateOfService)));
                    const bool coded = ctx.encounter.codes.contains(dx);
                    f.fix = coded || !ctx.billableOnDate(dx) ? removeFix(code) : replaceFix(code, dx);
                    return f;
                }
            }
        }
        return std::nullopt;
    }

    std::optional<Finding> carriedUnchanged(const RuleContext& ctx, const QString& code,
                                            const QList<PriorVisit>& earlier,
                                            std::optional<bool>* progressed) const
    {
        const PriorVisit& last = earlier.last();
        if (!last.codes.contains(code))
            return std::nullopt;
        // A copied note documents nothing new whatever it says, so it is not read for progression.
        const bool cloned = sameSimplified(last.note, ctx.encounter.note);
        if (!cloned && !progressed->has_value())
            *progressed = readProgression(ctx.encounter.note).any();
        if (!cloned && progressed->value())
            return std::nullopt;
        int carried = 0;
        for (const PriorVisit& v : earlier)
            carried += v.codes.contains(code) ? 1 : 0;
        Finding f = finding(
            Severity::Warning, {code},
            QStringLiteral("%1 has been carried over %2 earlier visit(s) (last %3 on %4) and this note "
                           "documents no progression, new tests or new plan%5. Re-evaluate the symptom "
                           "or the diagnosis (OCG I.C.18.b, IV.J).")
                .arg(ctx.title(code))
                .arg(carried)
                .arg(last.encounterId, isoDate(last.dateOfService),
                     cloned ? QStringLiteral(" (the note is a copy of the previous visit's note)")
                            : QString()));
        return f;
    }
};

} // namespace

std::shared_ptr<const Rule> makeStaleSymptomCodeRule()
{
    return std::make_shared<StaleSymptomCode>();
}

} // namespace wcw::rules
