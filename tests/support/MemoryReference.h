#pragma once
// The one in-memory reference for tests: CodeFacts and CodeSearch over a few hand-entered code
// records in one or more releases, so a rule, the tree or a panel can be tested without the
// reference database. Titles and notes here are test data (paraphrased, never read from the CDC
// files); the product's code never contains titles. The data sets below are the fixtures of the
// test areas: weaknessSet() for the rules and tree, panelSet() for the panels, workstationSet()
// for the workstation's UI tests.
#include "domain/CodeFacts.h"
#include "domain/CodeSearch.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <optional>

namespace wcw::test {

class MemoryReference : public CodeFacts, public CodeSearch
{
public:
    explicit MemoryReference(QList<Release> releases = {});

    // A code with its state per release, in release order: 'B' billable, 'H' header, '-' absent.
    MemoryReference& code(const QString& code, const QString& title, const char* states = "BB");
    // A full record (chapter, block, parents, notes, index entries), billable in every release.
    MemoryReference& record(const CodeRecord& record);
    MemoryReference& note(const QString& code, const QString& kind, const QString& text,
                          const QStringList& codes = {});
    MemoryReference& chapter(const QString& code, const QString& chapter);
    // The R53.1/M62.81-style guidance compare() returns for this pair (either order).
    MemoryReference& guidance(const QString& a, const QString& b, const PairGuidance& g);
    // Fixtures of one release answer every date from it, as a panel showing "the" release does.
    MemoryReference& answerAnyDate(bool on = true);
    void setRelease(const Release& release); // the only release from now on (an import's effect)
    const QList<Release>& releases() const { return m_releases; }

    mutable int searches = 0; // calls of search(), for debounce tests
    mutable QString lastSearch;

    std::optional<Release> releaseOn(QDate dateOfService) const override;
    CodeValidity validityOn(QStringView code, QDate dateOfService) const override;
    bool billableInAnyRelease(QStringView code) const override;
    std::optional<CodeRecord> record(QStringView code, QDate dateOfService) const override;
    bool excludes1(QStringView code, QStringView other, QDate dateOfService) const override;
    QList<SearchHit> search(const QString& text, int limit) const override;
    std::optional<CodeComparison> compare(QStringView a, QStringView b, QDate dateOfService) const override;

    static QList<Release> weaknessReleases(); // test FY2025 (2024-10-01..2025-09-30) and FY2026
    static MemoryReference weaknessSet();     // those two releases, the tree's codes
    static MemoryReference panelSet();        // one release, R53.1/M62.81/R53.83/M62.8 with notes and index
    static MemoryReference workstationSet();  // one starter-like release, the queue's codes

private:
    struct Entry
    {
        CodeRecord record;
        QString states;
    };
    int releaseIndex(QDate d) const;
    const Entry* find(QStringView code) const;
    QList<ExclusionLink> links(const CodeRecord& from, const QString& to) const;

    QList<Release> m_releases;
    QMap<QString, Entry> m_codes;            // dotted code -> entry (sorted: search answers in code order)
    QHash<QString, PairGuidance> m_guidance; // "A|B", codes sorted
    bool m_anyDate = false;
};

} // namespace wcw::test
