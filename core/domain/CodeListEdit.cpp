#include "domain/CodeListEdit.h"

#include "domain/IcdCode.h"

namespace wcw::codelist {

qsizetype indexOf(const QStringList& codes, QStringView code)
{
    const QString wanted = icd::compact(code);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (icd::compact(codes.at(i)) == wanted)
            return i;
    }
    return -1;
}

QStringList added(const QStringList& codes, QStringView code, qsizetype position)
{
    if (icd::compact(code).isEmpty() || indexOf(codes, code) >= 0)
        return codes;
    QStringList out = codes;
    if (position < 0 || position > out.size())
        position = out.size();
    out.insert(position, icd::dotted(code));
    return out;
}

QStringList removed(const QStringList& codes, QStringView code)
{
    QStringList out = codes;
    const qsizetype at = indexOf(out, code);
    if (at >= 0)
        out.removeAt(at);
    return out;
}

QStringList moved(const QStringList& codes, qsizetype from, qsizetype to)
{
    if (codes.isEmpty())
        return codes;
    const qsizetype last = codes.size() - 1;
    from = qBound<qsizetype>(0, from, last);
    to = qBound<qsizetype>(0, to, last);
    QStringList out = codes;
    out.move(from, to);
    return out;
}

QStringList withFix(const QStringList& codes, const CodeFix& fix)
{
    return applyFix(
        codes, fix, [](const QString& c) { return c; }, [](QStringView c) { return icd::dotted(c); });
}

bool fixApplies(const QStringList& codes, const CodeFix& fix)
{
    return withFix(codes, fix) != codes;
}

} // namespace wcw::codelist
