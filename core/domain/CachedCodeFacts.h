#pragma once
// A memoizing CodeFacts in front of any other (the reference database): the rules core asks
// 10-50 questions per encounter, mostly the same few codes, so every answer is kept per release.
// Thread-safe (one lock); the wrapped CodeFacts must outlive it and must not change underneath
// (call clear() after an import).
#include "domain/CodeFacts.h"

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
    QStringList billableDescendants(QStringView header, QDate dateOfService, int depth) const override;

    void clear();

    // A code as a cache key: its characters packed one byte each. Empty when the code cannot be
    // packed (longer than 8 characters, or a character outside 1..255); such codes are not cached.
    static std::optional<quint64> packCode(QStringView code);

    // The cache keys: a lookup builds no string (the rules ask ~25 questions per encounter).
    struct CodeKey
    {
        quint64 code = 0;
        int release = 0; // index of the release id in m_releaseIds
        friend bool operator==(const CodeKey&, const CodeKey&) = default;
    };
    struct PairKey
    {
        quint64 code = 0;
        quint64 other = 0;
        int release = 0;
        friend bool operator==(const PairKey&, const PairKey&) = default;
    };
    struct DescendantsKey
    {
        quint64 header = 0;
        int depth = 0;
        int release = 0;
        friend bool operator==(const DescendantsKey&, const DescendantsKey&) = default;
    };

private:
    // The caller holds the lock for both.
    const std::optional<Release>& releaseAt(QDate d) const;
    int releaseIndex(QDate d) const; // of the release in force on d, in m_releaseIds

    const CodeFacts& m_source;
    mutable QMutex m_lock;
    mutable QHash<qint64, std::optional<Release>> m_releases; // julian day -> release
    mutable QHash<qint64, int> m_releaseOfDay;                // julian day -> index in m_releaseIds
    mutable QHash<QString, int> m_releaseIds;                 // release id ("" = none) -> index
    mutable QHash<CodeKey, CodeValidity> m_validity;
    mutable QHash<quint64, bool> m_billableAnywhere;
    mutable QHash<CodeKey, std::optional<CodeRecord>> m_records;
    mutable QHash<PairKey, bool> m_excludes1;
    mutable QHash<DescendantsKey, QStringList> m_descendants;
    mutable quint64 m_generation = 0; // counts clear()s: an answer computed across one is not kept
};

size_t qHash(const CachedCodeFacts::CodeKey& k, size_t seed = 0) noexcept;
size_t qHash(const CachedCodeFacts::PairKey& k, size_t seed = 0) noexcept;
size_t qHash(const CachedCodeFacts::DescendantsKey& k, size_t seed = 0) noexcept;

} // namespace wcw
