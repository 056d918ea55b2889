#pragma once
// In-memory answers for the rules core (10-50 questions per encounter, 20,000 encounters/s):
// which codes exist / are billable in which release, and every Excludes note with its parsed
// references, loaded lazily from SQLite once per release and then read without SQL.
#include "NoteCodeRefs.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wcw::db {

// Every code of every loaded release: two bits per release slot (exists, billable).
class CodeTable
{
public:
    static constexpr int MaxReleases = 32;
    bool load(QSqlDatabase& db, const QString& releaseId, int slot, QString* error);
    bool exists(const QString& code, int slot) const
    {
        return m_bits.value(code) & (quint64(1) << (2 * slot));
    }
    bool billable(const QString& code, int slot) const
    {
        return m_bits.value(code) & (quint64(2) << (2 * slot));
    }
    bool billableInAny(const QString& code) const { return m_bits.value(code) & 0xAAAAAAAAAAAAAAAAull; }

private:
    QHash<QString, quint64> m_bits;
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
    bool load(QSqlDatabase& db, const QString& releaseId, QString* error);
    const QList<ExclusionNote>* notesOf(const QString& owner) const
    {
        auto it = m_byOwner.constFind(owner);
        return it == m_byOwner.constEnd() ? nullptr : &it.value();
    }
    // "block:R50-R69" and "chapter:18" for a code, by its category's section range.
    QPair<QString, QString> blockAndChapterOf(const QString& code) const;

private:
    struct Block
    {
        QString id, chapter, first, last;
    };
    QHash<QString, QList<ExclusionNote>> m_byOwner;
    QList<Block> m_blocks;
    QHash<QString, QPair<QString, QString>> m_byCategory; // filled on load for its categories
};

} // namespace wcw::db
