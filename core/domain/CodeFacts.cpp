#include "domain/CodeFacts.h"

namespace wcw {

QStringList CodeFacts::billableDescendants(QStringView header, QDate dateOfService, int depth) const
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QStringList out;
    if (depth <= 0 || header.size() >= 8)
        return out;
    // One buffer for all 36 probes, its last character replaced each time: a probe builds no string
    // (writing to it after a child was kept detaches it, so the kept child keeps its value).
    QString child = header.toString();
    if (header.size() == 3)
        child += u'.';
    child += u'0';
    const qsizetype last = child.size() - 1;
    for (const QChar c : alphabet) {
        child[last] = c;
        const CodeValidity v = validityOn(child, dateOfService);
        if (v == CodeValidity::Billable)
            out.append(child);
        else if (v == CodeValidity::Header)
            out += billableDescendants(child, dateOfService, depth - 1);
    }
    return out;
}

} // namespace wcw
