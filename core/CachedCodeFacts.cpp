#include "CachedCodeFacts.h"

#include <QMutexLocker>

namespace wcw {

CachedCodeFacts::CachedCodeFacts(const CodeFacts& source) : m_source(source) {}

void CachedCodeFacts::clear()
{
    const QMutexLocker lock(&m_lock);
    m_releases.clear();
    m_validity.clear();
    m_billableAnywhere.clear();
    m_records.clear();
    m_excludes1.clear();
}

QString CachedCodeFacts::releaseKey(QDate d) const
{
    auto it = m_releases.find(d.toJulianDay());
    if (it == m_releases.end())
        it = m_releases.insert(d.toJulianDay(), m_source.releaseOn(d));
    return it->has_value() ? (*it)->id : QString();
}

std::optional<Release> CachedCodeFacts::releaseOn(QDate d) const
{
    const QMutexLocker lock(&m_lock);
    releaseKey(d);
    return m_releases.value(d.toJulianDay());
}

CodeValidity CachedCodeFacts::validityOn(QStringView code, QDate d) const
{
    const QMutexLocker lock(&m_lock);
    const QString key = releaseKey(d) + u'|' + code;
    auto it = m_validity.constFind(key);
    if (it != m_validity.constEnd())
        return *it;
    const CodeValidity v = m_source.validityOn(code, d);
    m_validity.insert(key, v);
    return v;
}

bool CachedCodeFacts::billableInAnyRelease(QStringView code) const
{
    const QMutexLocker lock(&m_lock);
    const QString key = code.toString();
    auto it = m_billableAnywhere.constFind(key);
    if (it != m_billableAnywhere.constEnd())
        return *it;
    const bool b = m_source.billableInAnyRelease(code);
    m_billableAnywhere.insert(key, b);
    return b;
}

std::optional<CodeRecord> CachedCodeFacts::record(QStringView code, QDate d) const
{
    const QMutexLocker lock(&m_lock);
    const QString key = releaseKey(d) + u'|' + code;
    auto it = m_records.constFind(key);
    if (it != m_records.constEnd())
        return *it;
    std::optional<CodeRecord> r = m_source.record(code, d);
    m_records.insert(key, r);
    return r;
}

bool CachedCodeFacts::excludes1(QStringView code, QStringView other, QDate d) const
{
    const QMutexLocker lock(&m_lock);
    const QString key = releaseKey(d) + u'|' + code + u'|' + other;
    auto it = m_excludes1.constFind(key);
    if (it != m_excludes1.constEnd())
        return *it;
    const bool b = m_source.excludes1(code, other, d);
    m_excludes1.insert(key, b);
    return b;
}

} // namespace wcw
