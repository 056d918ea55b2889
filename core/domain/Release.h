#pragma once
// One ICD-10-CM release as imported into the reference database.
#include <QDate>
#include <QString>

namespace wcw {

enum class ReleaseKind {
    Full,      // tabular (+ index, + order file): codes, titles, notes, index entries
    OrderOnly, // order file only: codes and titles; notes/index borrowed from an earlier Full release
    Starter,   // the small hand-written set shipped in resources/ for machines with no release files
};

struct Release
{
    QString id;            // stable key, e.g. "2025-10-01"
    QString label;         // "ICD-10-CM FY2026 (order file only)"
    QDate effectiveFrom;   // first date of service it governs (1 Oct, or 1 Apr / 1 Jan updates)
    QDate effectiveTo;     // last date of service it governs; null = still in force
    ReleaseKind kind = ReleaseKind::Full;
    QString notesFromId;   // for OrderOnly: the release whose notes and index are used; else == id

    bool isValid() const { return !id.isEmpty(); }
    bool governs(QDate dateOfService) const
    {
        return dateOfService >= effectiveFrom && (effectiveTo.isNull() || dateOfService <= effectiveTo);
    }
};

QString releaseKindName(ReleaseKind kind); // "full" | "order-only" | "starter"

} // namespace wcw
