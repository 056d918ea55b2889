#pragma once
// An in-memory CodeFacts for unit tests: a few hand-entered codes in two releases (FY2025 and
// FY2026), so a rule or the tree can be tested without the reference database. Titles here are
// test data; the rules never contain titles.
#include "domain/CodeFacts.h"

#include <QHash>
#include <QList>

namespace wcw::test {

class MemoryCodeFacts : public CodeFacts
{
public:
    MemoryCodeFacts();

    // state per release: 'B' billable, 'H' header, '-' absent; {fy2025, fy2026}
    MemoryCodeFacts& code(const QString& code, const QString& title, const char* states = "BB");
    MemoryCodeFacts& note(const QString& code, const QString& kind, const QString& text,
                          const QStringList& codes = {});
    MemoryCodeFacts& chapter(const QString& code, const QString& chapter);

    std::optional<Release> releaseOn(QDate dateOfService) const override;
    CodeValidity validityOn(QStringView code, QDate dateOfService) const override;
    bool billableInAnyRelease(QStringView code) const override;
    std::optional<CodeRecord> record(QStringView code, QDate dateOfService) const override;
    bool excludes1(QStringView code, QStringView other, QDate dateOfService) const override;

    // The weakness codes of the decision tree and the shared cases, with their key notes.
    static MemoryCodeFacts weaknessSet();

private:
    struct Entry
    {
        QString title;
        QString states;
        QString chapter;
        QList<CodeNote> notes;
    };
    int releaseIndex(QDate d) const;
    QList<Release> m_releases;
    QHash<QString, Entry> m_codes;
};

} // namespace wcw::test
