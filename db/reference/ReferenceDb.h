#pragma once
// The reference database as the rest of wcw sees it: releases side by side, code facts for
// the rules core (cached in memory), records with own and inherited notes, search and compare.
#include "domain/CodeFacts.h"
#include "domain/CodeSearch.h"
#include "domain/Release.h"

#include <QList>
#include <QString>
#include <memory>

namespace wcw::db {

class ReferenceDb : public CodeFacts, public CodeSearch
{
public:
    explicit ReferenceDb(QString path);
    ~ReferenceDb() override;
    ReferenceDb(const ReferenceDb&) = delete;
    ReferenceDb& operator=(const ReferenceDb&) = delete;

    // Creates/migrates the schema and reads the release list. False and *error naming the file.
    bool open(QString* error);
    // Re-reads the release list and drops cached answers (call after an import).
    bool reload(QString* error);

    QString path() const;
    QList<Release> releases() const; // oldest first
    std::optional<Release> releaseById(const QString& id) const;
    std::optional<Release> newestRelease() const;

    // CodeFacts
    std::optional<Release> releaseOn(QDate dateOfService) const override;
    CodeValidity validityOn(QStringView code, QDate dateOfService) const override;
    bool billableInAnyRelease(QStringView code) const override;
    std::optional<CodeRecord> record(QStringView code, QDate dateOfService) const override;
    bool excludes1(QStringView code, QStringView other, QDate dateOfService) const override;

    // CodeSearch (search uses the newest release)
    QList<SearchHit> search(const QString& text, int limit = 20) const override;
    std::optional<CodeComparison> compare(QStringView a, QStringView b, QDate dateOfService) const override;

    // Every Excludes1/Excludes2 note of `code` (own or inherited) that covers `other`.
    QList<ExclusionLink> exclusions(QStringView code, QStringView other, QDate dateOfService) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace wcw::db
