#include "domain/IcdCode.h"

namespace wcw::icd {

QString compact(QStringView code)
{
    QString out;
    out.reserve(code.size());
    for (QChar c : code) {
        if (c == u'.' || c.isSpace())
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QString dotted(QStringView code)
{
    const QString c = compact(code);
    if (c.size() <= 3)
        return c;
    return c.left(3) + u'.' + c.mid(3);
}

bool looksLikeCode(QStringView code)
{
    const QString c = compact(code);
    if (c.size() < 3 || c.size() > 7)
        return false;
    if (!c.at(0).isLetter())
        return false;
    for (QChar ch : c) {
        if (!(ch.isLetterOrNumber() && ch.unicode() < 128))
            return false;
    }
    return true;
}

} // namespace wcw::icd
