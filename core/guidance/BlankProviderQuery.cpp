#include "guidance/BlankProviderQuery.h"

#include "guidance/ProviderQueryBuilder.h"
#include "note/NoteFacts.h"

#include <algorithm>

namespace wcw {

ProviderQuery blankProviderQuery(const QString& note)
{
    const NoteFacts chart(note);
    // The "default" wording: no conflict fact carries evidence for it, so build() quotes nothing
    // and the indicators are gathered here from every affirmed symptom-family mention.
    ProviderQuery q = ProviderQueryBuilder().build(QStringLiteral("default"), chart);
    QStringList kinds;
    for (const char* family : {"weakness", "fatigue", "malaise"})
        kinds << NoteFacts::familyKinds(QString::fromLatin1(family));
    QList<EvidenceSpan> spans;
    for (const Mention& m : chart.mentions()) {
        if (!m.negated && kinds.contains(m.kind))
            spans << chart.clauseOf(m.span);
    }
    std::sort(spans.begin(), spans.end(),
              [](const EvidenceSpan& a, const EvidenceSpan& b) { return a.start < b.start; });
    QStringList indicators;
    for (const EvidenceSpan& s : spans) {
        const QString quote = QStringLiteral("\"%1\"").arg(s.quote);
        if (!indicators.contains(quote))
            indicators << quote;
    }
    q.indicators = indicators;
    if (!indicators.isEmpty())
        q.question = QStringLiteral("The record documents: %1. ").arg(indicators.join(QStringLiteral("; "))) +
                     q.question;
    return q;
}

} // namespace wcw
