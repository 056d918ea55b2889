#pragma once
// The SQL side of an import: writes one parsed release into an open transaction.
#include "domain/Result.h"
#include "release/ReleaseData.h"
#include "release/ReleaseSource.h"

#include <QSqlDatabase>

namespace wcw::db {

struct ReleaseRow
{
    QString id;
    QString label;
    QDate effectiveFrom;
    QString kind;
    QString version;
    QString digest;
};

class ReleaseWriter
{
public:
    ReleaseWriter(QSqlDatabase db, const ImportControl& control);
    // Each returns false and sets error() on failure; the caller rolls back.
    bool removeRelease(const QString& id);
    bool removeStarterReleases();
    bool writeRelease(const ReleaseRow& row, const ReleaseSources& sources);
    bool writeChapters(const QString& release, const QList<ChapterRow>& chapters,
                       const QList<BlockRow>& blocks);
    bool writeCodes(const QString& release, const QList<CodeRow>& codes);
    bool writeNotes(const QString& release, const QList<NoteRow>& notes);
    bool writeIndex(const QString& release, const QList<IndexTermRow>& terms);
    QString error() const { return m_error; }

private:
    // Checked through db/sqlite/SqlCheck; false with error() = "<file>: <purpose>: <cause>".
    bool exec(QSqlQuery& q, const QString& what);
    bool prepare(QSqlQuery& q, const QString& sql, const QString& what);
    bool check(const Status& status);
    bool tick(int row, const QString& stage, int total);

    QSqlDatabase m_db;
    const ImportControl& m_control;
    QString m_error;
};

} // namespace wcw::db
