#pragma once
// What the importers read out of CDC's files, before it is written to the database.
// Codes are compact ("R531"); owners of notes are a compact code, "chapter:N" or "block:A00-A09".
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace wcw::db {

struct ChapterRow
{
    QString num;   // "18"
    QString title; // without the trailing "(R00-R99)"
    QString first, last;
};

struct BlockRow
{
    QString id; // "R50-R69"
    QString chapter;
    QString title; // without the trailing "(R50-R69)"
    QString first, last;
};

struct CodeRow
{
    QString code; // compact
    QString title;
    QString shortTitle; // order file only
    QString parent;     // compact, empty for a category
    QString chapter;
    QString block;
    int depth = 0; // 0 = category
    bool billable = false;
};

struct NoteRow
{
    QString owner;
    QString kind; // inclusionTerm, includes, excludes1, ..., sevenChrNote, sevenChrDef
    QString text;
    int seq = 0;
};

struct TabularData
{
    QString version;
    QList<ChapterRow> chapters;
    QList<BlockRow> blocks;
    QList<CodeRow> codes;
    QList<NoteRow> notes;
};

struct IndexTermRow
{
    int id = 0;
    int parentId = -1; // -1 for a main term
    int level = 0;     // 0 = main term
    QString title;
    QString nemod;
    QString code; // as written, dotted, may end in "-"
    QString manif;
    QString see;
    QString seeAlso;
};

struct IndexData
{
    QString version;
    QList<IndexTermRow> terms;
};

struct OrderRow
{
    QString code; // compact
    bool billable = false;
    QString shortTitle;
    QString longTitle;
};

// Progress and cancellation shared by the readers and the importer (the GUI runs imports on a
// worker thread). progress(done, total) is in bytes of the file being read.
struct ImportControl
{
    std::function<void(const QString& stage, qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
    void report(const QString& stage, qint64 done, qint64 total) const
    {
        if (progress)
            progress(stage, done, total);
    }
};

} // namespace wcw::db
