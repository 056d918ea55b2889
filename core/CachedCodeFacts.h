#pragma once
// A memoizing CodeFacts in front of any other (the reference database): the rules core asks
// 10-50 questions per encounter, mostly the same few codes, so every answer is kept per release.
// Thread-safe (one lock); the wrapped CodeFacts must outlive it and must not change underneath
// (call clear() after an import).
#include "CodeFacts.h"

#include <QHash>
#include <QMutex>

namespace wcw {

class CachedCodeFacts : public CodeFacts
{
public:
    explicit CachedCodeFacts(const CodeFacts& source);

    std::optional<Release> releaseOn(QDate dateOfService) const override;
    CodeValidity validityOn(QStringView code, QDate dateOfService) const override;
    bool billableInAnyRelease(QStringView code) const override;
    std::optional<CodeRecord> record(QStringView code, QDate dateOfService) const override;
    bool excludes1(QStringView code, QStringView other, QDate dateOfService) const override;

    void clear();

private:
    QString releaseKey(QDate d) const; // release id in force, "" when none (caller holds the lock)

    const CodeFacts& m_source;
    mutable QMutex m_lock;
    mutable QHash<qint64, std::optional<Release>> m_releases; // julian day -> release
    mutable QHash<QString, CodeValidity> m_validity;          // "release|code"
    mutable QHash<QString, bool> m_billableAnywhere;
    mutable QHash<QString, std::optional<CodeRecord>> m_records; // "release|code"
    mutable QHash<QString, bool> m_excludes1;                    // "release|code|other"
};

} // namespace wcw
