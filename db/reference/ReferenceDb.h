#pragma once
// The reference database as the rest of wcw sees it: releases side by side, code facts for
// the rules core (cached in memory), records with own and inherited notes, search and compare.
#include "domain/CodeFacts.h"
#include "domain/CodeSearch.h"
#include "domain/Release.h"
#include "domain/Result.h"

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
    // readRecord(); a failed read gives nullopt here and is kept for readError().
    std::optional<CodeRecord> record(QStringView code, QDate dateOfService) const override;
    bool excludes1(QStringView code, QStringView other, QDate dateOfService) const override;
    // The first failed read since open() or reload() (codes, notes, records, search), naming
    // the file: the interface questions cannot return an Error, so whoever asked them checks here.
    std::optional<Error> readError() const;
    // record() for people: a failed read is an Error, not a missing code.
    Result<std::optional<CodeRecord>> readRecord(QStringView code, QDate dateOfService) const;

    // CodeSearch (search uses the newest release); a failure gives an empty answer and is kept
    // for readError(). The checked forms return it.
    QList<SearchHit> search(const QString& text, int limit = 20) const override;
    std::optional<CodeComparison> compare(QStringView a, QStringView b, QDate dateOfService) const override;
    Result<QList<SearchHit>> searchChecked(const QString& text, int limit = 20) const;
    Result<std::optional<CodeComparison>> compareChecked(QStringView a, QStringView b, QDate dateOfService) const;

    // Every Excludes1/Excludes2 note of `code` (own or inherited) that covers `other`. Read from
    // the in-memory notes: a failure to load them is kept for readError().
    QList<ExclusionLink> exclusions(QStringView code, QStringView other, QDate dateOfService) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace wcw::db
