#include "guidance/ComparisonChoice.h"

#include "domain/CodeListEdit.h"
#include "domain/IcdCode.h"

namespace wcw {

QPair<QString, QString> comparisonPair(const QStringList& codes, const QList<Finding>& findings,
                                       const Suggestion& suggestion)
{
    for (const Finding& f : findings) {
        if (f.fix && f.fix->kind == CodeFix::Kind::Replace && codelist::fixApplies(codes, *f.fix))
            return {icd::dotted(f.fix->code), icd::dotted(f.fix->replacement)};
    }
    // Else: the first assigned code the suggestion drops, against the first suggested code
    // not yet assigned (what the coder would swap in).
    QString dropped, proposed;
    for (const QString& assigned : codes) {
        bool kept = false;
        for (const SuggestedCode& sc : suggestion.codes)
            kept = kept || icd::compact(sc.code) == icd::compact(assigned);
        if (!kept) {
            dropped = assigned;
            break;
        }
    }
    for (const SuggestedCode& sc : suggestion.codes) {
        if (codelist::indexOf(codes, sc.code) < 0) {
            proposed = sc.code;
            break;
        }
    }
    if (!dropped.isEmpty() && !proposed.isEmpty())
        return {icd::dotted(dropped), icd::dotted(proposed)};
    return {QStringLiteral("R53.1"), QStringLiteral("M62.81")};
}

} // namespace wcw
