#pragma once
// Finds and reads the files of one ICD-10-CM release, as CDC publishes them: a folder of
// extracted files, a zip archive (or a folder holding CDC's zips), or files named one by one.
// Also works out when the release takes effect from the names CDC gives its files.
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace wcw::db {

struct SourceFile
{
    QString role; // "tabular" | "index" | "order"
    QString name; // for messages: path, or "archive.zip:member"
    QByteArray bytes;
    QString sha256;
};

struct ReleaseSources
{
    std::optional<SourceFile> tabular;
    std::optional<SourceFile> index;
    std::optional<SourceFile> order;
    QDate effectiveFrom;    // from names; may be null until the tabular's <version> is read
    QString origin;         // the folder, archive or first file named
    QString digest() const; // sha256 over the files' roles and hashes
    QList<const SourceFile*> files() const;
};

// Each returns false and *error (naming the file) when something cannot be read.
bool loadReleaseFiles(const QString& tabular, const QString& index, const QString& order, ReleaseSources* out,
                      QString* error);
bool loadReleasePath(const QString& folderOrZip, ReleaseSources* out, QString* error);

// "2022-10-01" in a folder name; "Jan-2021", "April-1-2026"; "FY2023" or "_2023" -> 2022-10-01.
QDate effectiveDateFromName(const QString& name);
// Fiscal-year releases take effect on 1 October of the year before.
QDate effectiveDateFromVersion(const QString& version);

} // namespace wcw::db
