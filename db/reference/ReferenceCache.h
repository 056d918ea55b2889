#pragma once
// In-memory answers for the rules core (10-50 questions per encounter, 20,000 encounters/s):
// which codes exist / are billable in which release, and every Excludes note with its parsed
// references, loaded lazily from SQLite once per release and then read without SQL.
#include "domain/Result.h"
#include "reference/NoteCodeRefs.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wcw::db {

// The codes of one release: code (compact) -> billable. Built once, then only read.
class CodeTable
{
public:
    static constexpr int MaxReleases = 32;
    Status load(QSqlDatabase& db, const QString& releaseId);
    bool exists(const QString& code) const { return m_billable.contains(code); }
    bool billable(const QString& code) const { return m_billable.value(code, false); }
    // A bare reference to a header ("(F33)") covers the header's codes too.
    bool isHeader(const QString& code) const
    {
        auto it = m_billable.constFind(code);
        return it != m_billable.constEnd() && !it.value();
    }

    const QHash<QString, bool>& all() const { return m_billable; }

private:
    QHash<QString, bool> m_billable;
};

struct ExclusionNote
{
    QString kind; // "excludes1" | "excludes2"
    QString text;
    QList<NoteCodeRef> refs;
};

// The Excludes notes of one release that holds notes, by owner (code, "block:..", "chapter:..").
class ExclusionTable
{
public:
    Status load(QSqlDatabase& db, const QString& releaseId);
    const QList<ExclusionNote>* notesOf(const QString& owner) const
    {
        auto it = m_byOwner.constFind(owner);
        return it == m_byOwner.constEnd() ? nullptr : &it.value();
    }
    // "block:R50-R69" and "chapter:18" for a code, by its category's section range; null when unknown.
    const QPair<QString, QString>* blockAndChapterOf(const QString& code) const;

private:
    struct Block
    {
        QString id, chapter, first, last;
    };
    Status loadNotes(QSqlDatabase& db, const QString& releaseId);
    Status loadBlocks(QSqlDatabase& db, const QString& releaseId);
    Status loadCategories(QSqlDatabase& db);
    QHash<QString, QList<ExclusionNote>> m_byOwner;
    QList<Block> m_blocks;
    QHash<QString, QPair<QString, QString>> m_byCategory; // every category, filled on load
};

// Every Excludes1 reference that applies to each code of one release (own and inherited),
// flattened once so excludes1() is one hash lookup and a short scan.
class Excludes1Index
{
public:
    struct Applied
    {
        const NoteCodeRef* ref;
        bool headerRef; // the referenced code is a header in this release: covers its subtree
    };
    void build(const CodeTable& codes, const ExclusionTable& notes);
    const QList<Applied>* refsOf(const QString& code) const
    {
        auto it = m_byCode.constFind(code);
        return it == m_byCode.constEnd() ? nullptr : &it.value();
    }

private:
    QHash<QString, QList<Applied>> m_byCode;
};

} // namespace wcw::db
