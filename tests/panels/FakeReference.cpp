#include "FakeReference.h"

namespace wcw::test {

namespace {

CodeNote note(const char* kind, const char* text, QStringList codes = {}, const char* from = "")
{
    return CodeNote{QString::fromUtf8(kind), QString::fromUtf8(text), codes, QString::fromUtf8(from)};
}

Release fy2026()
{
    Release r;
    r.id = QStringLiteral("test-2025-10-01");
    r.label = QStringLiteral("Test release FY2026");
    r.effectiveFrom = QDate(2025, 10, 1);
    r.notesFromId = r.id;
    return r;
}

} // namespace

FakeReference::FakeReference()
{
    releases = {fy2026()};
    const QString symptoms = QStringLiteral("18 Symptoms, signs and abnormal findings (test)");
    const QString musculo = QStringLiteral("13 Diseases of the musculoskeletal system (test)");

    CodeRecord r531;
    r531.code = QStringLiteral("R53.1");
    r531.title = QStringLiteral("Weakness");
    r531.billable = true;
    r531.chapter = symptoms;
    r531.block = QStringLiteral("R50-R69 General symptoms and signs");
    r531.parents = {QStringLiteral("R53")};
    r531.notes = {note("inclusionTerm", "Asthenia NOS"),
                  note("excludes1", "age-related weakness (R54)", {QStringLiteral("R54")}),
                  note("excludes1", "muscle weakness (M62.8-)", {QStringLiteral("M62.8")}),
                  note("excludes1", "sarcopenia (M62.84)", {QStringLiteral("M62.84")}),
                  note("codeFirst", "any associated underlying condition (test note)", {}, "R53")};
    r531.index = {IndexEntry{{QStringLiteral("Weak, weakening, weakness (generalized)")}, r531.code, {}},
                  IndexEntry{{QStringLiteral("Asthenia, asthenic")}, r531.code, {}}};

    CodeRecord m6281;
    m6281.code = QStringLiteral("M62.81");
    m6281.title = QStringLiteral("Muscle weakness (generalized)");
    m6281.billable = true;
    m6281.chapter = musculo;
    m6281.block = QStringLiteral("M60-M63 Disorders of muscles");
    m6281.parents = {QStringLiteral("M62.8"), QStringLiteral("M62")};
    m6281.notes = {note("excludes1", "muscle weakness in sarcopenia (M62.84)", {QStringLiteral("M62.84")}),
                   note("excludes2", "test excludes2 note inherited (M60-M63 block)", {}, "M62")};
    m6281.index = {
        IndexEntry{{QStringLiteral("Weak, weakening, weakness (generalized)"), QStringLiteral("muscle")},
                   m6281.code,
                   {}}};

    CodeRecord r5383;
    r5383.code = QStringLiteral("R53.83");
    r5383.title = QStringLiteral("Other fatigue");
    r5383.billable = true;
    r5383.chapter = symptoms;
    r5383.block = r531.block;
    r5383.parents = {QStringLiteral("R53.8"), QStringLiteral("R53")};
    r5383.index = {IndexEntry{{QStringLiteral("Fatigue")}, r5383.code, {}}};

    CodeRecord m628;
    m628.code = QStringLiteral("M62.8");
    m628.title = QStringLiteral("Other specified disorders of muscle");
    m628.billable = false;
    m628.chapter = musculo;
    m628.block = m6281.block;
    m628.parents = {QStringLiteral("M62")};

    for (CodeRecord* r : {&r531, &m6281, &r5383, &m628}) {
        r->release = releases.first();
        r->notesReleaseId = releases.first().id;
        records.insert(r->code, *r);
    }
}

QList<SearchHit> FakeReference::search(const QString& text, int limit) const
{
    ++searches;
    lastSearch = text;
    QList<SearchHit> hits;
    const QString needle = text.trimmed();
    for (const CodeRecord& r : records) {
        QString matched;
        if (r.code.startsWith(needle, Qt::CaseInsensitive))
            matched = QStringLiteral("code prefix");
        else if (r.title.contains(needle, Qt::CaseInsensitive))
            matched = QStringLiteral("title");
        if (!matched.isEmpty())
            hits.append(SearchHit{r.code, r.title, r.billable, matched, 1.0});
    }
    std::sort(hits.begin(), hits.end(),
              [](const SearchHit& x, const SearchHit& y) { return x.code < y.code; });
    return hits.mid(0, limit);
}

QList<ExclusionLink> FakeReference::links(const CodeRecord& from, const QString& to) const
{
    QList<ExclusionLink> out;
    for (const CodeNote& n : from.notes) {
        if (n.kind != QLatin1String("excludes1") && n.kind != QLatin1String("excludes2"))
            continue;
        for (const QString& c : n.codes) {
            if (to == c || to.startsWith(c))
                out.append(ExclusionLink{true, n.kind, n.text, n.inheritedFrom});
        }
    }
    return out;
}

std::optional<CodeComparison> FakeReference::compare(QStringView a, QStringView b, QDate) const
{
    const auto ra = records.constFind(a.toString());
    const auto rb = records.constFind(b.toString());
    if (ra == records.cend() || rb == records.cend())
        return std::nullopt;
    CodeComparison c{*ra, *rb, links(*ra, rb->code), links(*rb, ra->code), std::nullopt};
    const QStringList pair{ra->code, rb->code};
    if (pair.contains(QStringLiteral("R53.1")) && pair.contains(QStringLiteral("M62.81"))) {
        PairGuidance g;
        g.title = QStringLiteral("R53.1 or M62.81? (test guidance)");
        g.sections = {
            {QStringLiteral("When to use R53.1"), QStringLiteral("General weakness, no muscle findings.")},
            {QStringLiteral("When to use M62.81"), QStringLiteral("Objective muscle weakness, e.g. 4/5.")}};
        g.citations = {QStringLiteral("OCG I.A.12.a"), QStringLiteral("OCG I.C.18.b")};
        c.guidance = g;
    }
    return c;
}

std::optional<Release> FakeReference::releaseOn(QDate dateOfService) const
{
    for (const Release& r : releases) {
        if (r.governs(dateOfService))
            return r;
    }
    return std::nullopt;
}

CodeValidity FakeReference::validityOn(QStringView code, QDate) const
{
    const auto r = records.constFind(code.toString());
    if (r == records.cend())
        return CodeValidity::Absent;
    return r->billable ? CodeValidity::Billable : CodeValidity::Header;
}

bool FakeReference::billableInAnyRelease(QStringView code) const
{
    const auto r = records.constFind(code.toString());
    return r != records.cend() && r->billable;
}

std::optional<CodeRecord> FakeReference::record(QStringView code, QDate) const
{
    const auto r = records.constFind(code.toString());
    if (r == records.cend())
        return std::nullopt;
    return *r;
}

bool FakeReference::excludes1(QStringView code, QStringView other, QDate) const
{
    const auto r = records.constFind(code.toString());
    if (r == records.cend())
        return false;
    for (const ExclusionLink& l : links(*r, other.toString())) {
        if (l.kind == QLatin1String("excludes1"))
            return true;
    }
    return false;
}

} // namespace wcw::test
