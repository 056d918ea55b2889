#pragma once
// Edits of an encounter's assigned code list (sequence order matters: first = principal or
// first-listed). Pure functions so the workspace's undo commands and the rules' one-key fixes
// share one tested implementation. Codes are compared in compact form and stored dotted.
#include "domain/Finding.h"

#include <QStringList>

namespace wcw::codelist {

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
