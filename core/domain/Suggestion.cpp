#include "domain/Suggestion.h"

namespace wcw {

int Checklist::complete() const
{
    int n = 0;
    for (const ChecklistItem& i : items)
        n += i.present ? 1 : 0;
    return n;
}

QStringList Checklist::missing() const
{
    QStringList out;
    for (const ChecklistItem& i : items) {
        if (!i.present)
            out.append(i.id);
    }
    return out;
}

} // namespace wcw
