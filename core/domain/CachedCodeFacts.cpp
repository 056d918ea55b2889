#include "domain/CachedCodeFacts.h"

#include <QMutexLocker>

namespace wcw {

CachedCodeFacts::CachedCodeFacts(const CodeFacts& source) : m_source(source) {}

void CachedCodeFacts::clear()
{
    const QMutexLocker lock(&m_lock);
    m_releases.clear();
    m_releaseOfDay.clear();
    m_releaseIds.clear();
    m_validity.clear();
    m_billableAnywhere.clear();
    m_records.clear();
    m_excludes1.clear();
    m_descendants.clear();
    ++m_generation;
}

// No character is zero, so the zero bytes after a shorter code cannot be mistaken for characters:
// two codes get the same key exactly when they are the same string (case included).
std::optional<quint64> CachedCodeFacts::packCode(QStringView code)
{
    if (code.size() > 8)
        return std::nullopt;
    quint64 key = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (c == 0 || c > 0xFF)
            return std::nullopt;
        key |= quint64(c) << (8 * i);
    }
    return key;
}

size_t qHash(const CachedCodeFacts::CodeKey& k, size_t seed) noexcept
{
    return qHashMulti(seed, k.code, k.release);
}

size_t qHash(const CachedCodeFacts::PairKey& k, size_t seed) noexcept
{
    return qHashMulti(seed, k.code, k.other, k.release);
}

const std::optional<Release>& CachedCodeFacts::releaseAt(QDate d) const
{
    auto it = m_releases.find(d.toJulianDay());
    if (it == m_releases.end())
        it = m_releases.insert(d.toJulianDay(), m_source.releaseOn(d));
    return *it;
}

size_t qHash(const CachedCodeFacts::DescendantsKey& k, size_t seed) noexcept
{
    return qHashMulti(seed, k.header, k.depth, k.release);
}

// Answers are kept per release id, as before: dates governed by the same release share them.
int CachedCodeFacts::releaseIndex(QDate d) const
{
    auto day = m_releaseOfDay.constFind(d.toJulianDay());
    if (day != m_releaseOfDay.constEnd())
        return *day;
    const std::optional<Release>& release = releaseAt(d);
    const QString id = release ? release->id : QString();
    auto known = m_releaseIds.constFind(id);
    if (known == m_releaseIds.constEnd())
        known = m_releaseIds.insert(id, int(m_releaseIds.size()));
    m_releaseOfDay.insert(d.toJulianDay(), *known);
    return *known;
}

std::optional<Release> CachedCodeFacts::releaseOn(QDate d) const
{
    const QMutexLocker lock(&m_lock);
    return releaseAt(d);
}

CodeValidity CachedCodeFacts::validityOn(QStringView code, QDate d) const
{
    const std::optional<quint64> packed = packCode(code);
    const QMutexLocker lock(&m_lock); // the source (one SQLite connection) is asked under it too
    if (!packed)
        return m_source.validityOn(code, d);
    const CodeKey key{*packed, releaseIndex(d)};
    auto it = m_validity.constFind(key);
    if (it != m_validity.constEnd())
        return *it;
    const CodeValidity v = m_source.validityOn(code, d);
    m_validity.insert(key, v);
    return v;
}

bool CachedCodeFacts::billableInAnyRelease(QStringView code) const
{
    const std::optional<quint64> packed = packCode(code);
    const QMutexLocker lock(&m_lock);
    if (!packed)
        return m_source.billableInAnyRelease(code);
    auto it = m_billableAnywhere.constFind(*packed);
    if (it != m_billableAnywhere.constEnd())
        return *it;
    const bool b = m_source.billableInAnyRelease(code);
    m_billableAnywhere.insert(*packed, b);
    return b;
}

std::optional<CodeRecord> CachedCodeFacts::record(QStringView code, QDate d) const
{
    const std::optional<quint64> packed = packCode(code);
    const QMutexLocker lock(&m_lock);
    if (!packed)
        return m_source.record(code, d);
    const CodeKey key{*packed, releaseIndex(d)};
    auto it = m_records.constFind(key);
    if (it != m_records.constEnd())
        return *it;
    std::optional<CodeRecord> r = m_source.record(code, d);
    m_records.insert(key, r);
    return r;
}

bool CachedCodeFacts::excludes1(QStringView code, QStringView other, QDate d) const
{
    const std::optional<quint64> a = packCode(code), b = packCode(other);
    const QMutexLocker lock(&m_lock);
    if (!a || !b)
        return m_source.excludes1(code, other, d);
    const PairKey key{*a, *b, releaseIndex(d)};
    auto it = m_excludes1.constFind(key);
    if (it != m_excludes1.constEnd())
        return *it;
    const bool x = m_source.excludes1(code, other, d);
    m_excludes1.insert(key, x);
    return x;
}

// The probing runs without the lock: every probe goes through validityOn, which takes it (and
// answers most probes from this cache). Two threads may both probe a header; both get the same list.
QStringList CachedCodeFacts::billableDescendants(QStringView header, QDate d, int depth) const
{
    const std::optional<quint64> packed = packCode(header);
    if (!packed)
        return CodeFacts::billableDescendants(header, d, depth);
    DescendantsKey key;
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_lock);
        key = {*packed, depth, releaseIndex(d)};
        auto it = m_descendants.constFind(key);
        if (it != m_descendants.constEnd())
            return *it;
        generation = m_generation;
    }
    const QStringList out = CodeFacts::billableDescendants(header, d, depth);
    const QMutexLocker lock(&m_lock);
    if (generation == m_generation)
        m_descendants.insert(key, out);
    return out;
}

} // namespace wcw
