#pragma once
// Edits of an encounter's assigned code list (sequence order matters: first = principal or
// first-listed). Pure functions so the workspace's undo commands and the rules' one-key fixes
// share one tested implementation. Codes are compared in compact form and stored dotted.
#include "domain/Finding.h"
#include "domain/IcdCode.h"

#include <QList>
#include <QStringList>

namespace wcw::codelist {

// The one implementation of a rule's fix, for any list whose items carry a code: the workspace's
// plain code list (withFix below) and the rules' suggested codes with their reasons
// (rules/SuggestionBuilder). `codeOf(item)` reads an item's code; `make(code)` builds the item a
// fix brings in. Codes match ignoring dot and case. Replacing keeps the position of the replaced
// code, and a replacement already in the list moves there (keeping its item) instead of doubling.
template <class Item, class CodeOf, class Make>
QList<Item> applyFix(QList<Item> list, const CodeFix& fix, CodeOf codeOf, Make make)
{
    auto find = [&](QStringView code) -> qsizetype {
        const QString wanted = icd::compact(code);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (icd::compact(codeOf(list.at(i))) == wanted)
                return i;
        }
        return -1;
    };
    switch (fix.kind) {
    case CodeFix::Kind::Replace: {
        const qsizetype at = find(fix.code);
        if (at < 0)
            return list;
        if (icd::compact(fix.replacement).isEmpty()) { // nothing to bring in: the code goes
            list.removeAt(at);
            return list;
        }
        const qsizetype present = find(fix.replacement);
        Item replacement = present >= 0 ? list.takeAt(present) : make(fix.replacement);
        const qsizetype old = find(fix.code);
        if (old >= 0)
            list.removeAt(old);
        list.insert(qMin(at, list.size()), replacement);
        return list;
    }
    case CodeFix::Kind::Remove: {
        const qsizetype at = find(fix.code);
        if (at >= 0)
            list.removeAt(at);
        return list;
    }
    case CodeFix::Kind::Add: {
        const QString& code = fix.replacement.isEmpty() ? fix.code : fix.replacement;
        if (!icd::compact(code).isEmpty() && find(code) < 0)
            list.append(make(code));
        return list;
    }
    case CodeFix::Kind::MoveFirst: {
        const qsizetype at = find(fix.code);
        if (at > 0)
            list.move(at, 0);
        return list;
    }
    }
    return list;
}

// Index of `code` in `codes` ignoring dot and case; -1 when absent.
qsizetype indexOf(const QStringList& codes, QStringView code);
// Inserts the dotted code at `position` (clamped; -1 = at the end). Unchanged when already present.
QStringList added(const QStringList& codes, QStringView code, qsizetype position = -1);
QStringList removed(const QStringList& codes, QStringView code);
// Moves the entry at `from` to index `to` (both clamped).
QStringList moved(const QStringList& codes, qsizetype from, qsizetype to);
// What a rule's one-key fix does to the list. Replacing keeps the position of the replaced code;
// a replacement already present elsewhere is not duplicated.
QStringList withFix(const QStringList& codes, const CodeFix& fix);
// True when the fix would change the list (a fix whose code is already gone is stale).
bool fixApplies(const QStringList& codes, const CodeFix& fix);

} // namespace wcw::codelist
