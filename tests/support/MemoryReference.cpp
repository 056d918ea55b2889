#include "MemoryReference.h"

#include "domain/IcdCode.h"

#include <algorithm>

namespace wcw::test {

MemoryReference::MemoryReference(QList<Release> releases) : m_releases(std::move(releases)) {}

MemoryReference& MemoryReference::code(const QString& code, const QString& title, const char* states)
{
    Entry& e = m_codes[icd::dotted(code)];
    e.record.code = icd::dotted(code);
    e.record.title = title;
    e.states = QString::fromLatin1(states);
    return *this;
}

MemoryReference& MemoryReference::record(const CodeRecord& record)
{
    Entry& e = m_codes[icd::dotted(record.code)];
    e.record = record;
    e.states = QString(std::max<qsizetype>(1, m_releases.size()), record.billable ? u'B' : u'H');
    return *this;
}

MemoryReference& MemoryReference::note(const QString& code, const QString& kind, const QString& text,
                                       const QStringList& codes)
{
    m_codes[icd::dotted(code)].record.notes.append({kind, text, codes, {}});
    return *this;
}

MemoryReference& MemoryReference::chapter(const QString& code, const QString& chapter)
{
    m_codes[icd::dotted(code)].record.chapter = chapter;
    return *this;
}

MemoryReference& MemoryReference::guidance(const QString& a, const QString& b, const PairGuidance& g)
{
    QStringList pair{icd::dotted(a), icd::dotted(b)};
    pair.sort();
    m_guidance.insert(pair.join(u'|'), g);
    return *this;
}

MemoryReference& MemoryReference::answerAnyDate(bool on)
{
    m_anyDate = on;
    return *this;
}

void MemoryReference::setRelease(const Release& release)
{
    m_releases = {release};
}

int MemoryReference::releaseIndex(QDate d) const
{
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        if (m_releases.at(i).governs(d))
            return int(i);
    }
    return m_anyDate ? int(m_releases.size()) - 1 : -1;
}

const MemoryReference::Entry* MemoryReference::find(QStringView code) const
{
    const auto it = m_codes.constFind(icd::dotted(code));
    return it == m_codes.cend() ? nullptr : &*it;
}

std::optional<Release> MemoryReference::releaseOn(QDate d) const
{
    const int i = releaseIndex(d);
    return i < 0 ? std::nullopt : std::optional<Release>(m_releases.at(i));
}

CodeValidity MemoryReference::validityOn(QStringView code, QDate d) const
{
    const int i = releaseIndex(d);
    const Entry* e = find(code);
    if (i < 0 || !e || e->states.size() <= i)
        return CodeValidity::Absent;
    const QChar s = e->states.at(i);
    return s == u'B' ? CodeValidity::Billable : s == u'H' ? CodeValidity::Header : CodeValidity::Absent;
}

bool MemoryReference::billableInAnyRelease(QStringView code) const
{
    const Entry* e = find(code);
    return e && e->states.contains(u'B');
}

std::optional<CodeRecord> MemoryReference::record(QStringView code, QDate d) const
{
    const CodeValidity v = validityOn(code, d);
    if (v == CodeValidity::Absent)
        return std::nullopt;
    CodeRecord r = find(code)->record;
    r.billable = v == CodeValidity::Billable;
    r.release = *releaseOn(d);
    return r;
}

// The Excludes1/Excludes2 notes of `from` that cover `to` (a note's code covers its subcodes).
QList<ExclusionLink> MemoryReference::links(const CodeRecord& from, const QString& to) const
{
    QList<ExclusionLink> out;
    for (const CodeNote& n : from.notes) {
        if (n.kind != u"excludes1" && n.kind != u"excludes2")
            continue;
        for (const QString& c : n.codes) {
            if (to.startsWith(c))
                out.append(ExclusionLink{true, n.kind, n.text, n.inheritedFrom});
        }
    }
    return out;
}

bool MemoryReference::excludes1(QStringView code, QStringView other, QDate) const
{
    const Entry* e = find(code);
    if (!e)
        return false;
    const QList<ExclusionLink> found = links(e->record, icd::dotted(other));
    return std::any_of(found.cbegin(), found.cend(),
                       [](const ExclusionLink& l) { return l.kind == u"excludes1"; });
}

// Code prefix (typed with or without the dot) or a word of the title; in code order.
QList<SearchHit> MemoryReference::search(const QString& text, int limit) const
{
    ++searches;
    lastSearch = text;
    const QString needle = text.trimmed();
    QList<SearchHit> hits;
    if (limit <= 0)
        return hits;
    for (const Entry& e : m_codes) {
        const CodeRecord& r = e.record;
        const bool byCode = icd::compact(r.code).startsWith(icd::compact(needle));
        if (byCode || r.title.contains(needle, Qt::CaseInsensitive))
            hits.append(SearchHit{r.code, r.title, e.states.contains(u'B'),
                                  byCode ? QStringLiteral("code prefix") : QStringLiteral("title"),
                                  byCode ? 2.0 : 1.0});
        if (hits.size() >= limit)
            break;
    }
    return hits;
}

std::optional<CodeComparison> MemoryReference::compare(QStringView a, QStringView b, QDate d) const
{
    const std::optional<CodeRecord> ra = record(a, d);
    const std::optional<CodeRecord> rb = record(b, d);
    if (!ra || !rb)
        return std::nullopt;
    CodeComparison c{*ra, *rb, links(*ra, rb->code), links(*rb, ra->code), std::nullopt};
    QStringList pair{ra->code, rb->code};
    pair.sort();
    const auto g = m_guidance.constFind(pair.join(u'|'));
    if (g != m_guidance.cend())
        c.guidance = *g;
    return c;
}

} // namespace wcw::test
