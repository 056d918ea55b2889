#pragma once
// An in-memory reference for panel tests: a handful of hand-written code records
// (paraphrased, not taken from the release files) answering CodeSearch and CodeFacts.
#include "domain/CodeFacts.h"
#include "domain/CodeSearch.h"

#include <QHash>

namespace wcw::test {

class FakeReference : public CodeSearch, public CodeFacts
{
public:
    FakeReference();

    mutable int searches = 0;
    mutable QString lastSearch;

    QList<SearchHit> search(const QString& text, int limit) const override;
    std::optional<CodeComparison> compare(QStringView a, QStringView b, QDate dateOfService) const override;

    std::optional<Release> releaseOn(QDate dateOfService) const override;
    CodeValidity validityOn(QStringView code, QDate dateOfService) const override;
    bool billableInAnyRelease(QStringView code) const override;
    std::optional<CodeRecord> record(QStringView code, QDate dateOfService) const override;
    bool excludes1(QStringView code, QStringView other, QDate dateOfService) const override;

    QHash<QString, CodeRecord> records;
    QList<Release> releases;

private:
    QList<ExclusionLink> links(const CodeRecord& from, const QString& to) const;
};

} // namespace wcw::test
