#include "reference/NoteCodeRefs.h"

#include "domain/IcdCode.h"

#include <QRegularExpression>

namespace wcw::db {

bool NoteCodeRef::covers(const QString& code, bool headerRef) const
{
    if (isRange())
        return QStringView(code).left(from.size()) >= from && QStringView(code).left(to.size()) <= to;
    if (subtree || headerRef)
        return code.startsWith(from);
    return code == from;
}

QList<NoteCodeRef> parseNoteCodeRefs(const QString& text)
{
    // A code, optionally "-" (subtree), or a range "A-B" / "A- to B-".
    static const QRegularExpression re(QStringLiteral(
        R"(\b([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{0,4})?)(?:-?(?:\s*-\s*|\s+to\s+)([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{0,4})?)(-?)|(-))?)"));
    QList<NoteCodeRef> out;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString first = m.captured(1);
        const QString last = m.captured(2);
        const bool dashed = !m.captured(4).isEmpty() || !m.captured(3).isEmpty();
        // Outside parentheses a bare token like "B12" (vitamin B12) is prose, not a code.
        const QStringView before = QStringView(text).left(m.capturedStart(0));
        const bool inParens = before.count(u'(') > before.count(u')');
        if (!inParens && !dashed && last.isEmpty() && !first.contains(u'.'))
            continue;
        NoteCodeRef ref;
        ref.from = icd::compact(first);
        ref.to = last.isEmpty() ? ref.from : icd::compact(last);
        ref.subtree = dashed || first.endsWith(u'.');
        if (!out.contains(ref))
            out.append(ref);
    }
    return out;
}

} // namespace wcw::db
