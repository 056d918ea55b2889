#include "release/ReleaseSource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <zip.h>

namespace wcw::db {

namespace {

QString hashOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Which part of a release a file is, from CDC's file names; empty when none.
QString roleOf(const QString& fileName)
{
    const QString n = QFileInfo(fileName).fileName().toLower();
    if (n.contains(QLatin1String("addenda")) || n.contains(QLatin1String("eindex")) ||
        n.contains(QLatin1String("drug")) || n.contains(QLatin1String("neoplasm")) ||
        n.endsWith(QLatin1String(".xsd")))
        return {};
    if (n.endsWith(QLatin1String(".xml")) && n.contains(QLatin1String("tabular")))
        return QStringLiteral("tabular");
    if (n.endsWith(QLatin1String(".xml")) && n.contains(QLatin1String("index")))
        return QStringLiteral("index");
    if (n.endsWith(QLatin1String(".txt")) && n.contains(QLatin1String("order")))
        return QStringLiteral("order");
    return {};
}

std::optional<SourceFile>* slotFor(ReleaseSources* out, const QString& role)
{
    if (role == QLatin1String("tabular"))
        return &out->tabular;
    if (role == QLatin1String("index"))
        return &out->index;
    return &out->order;
}

bool place(ReleaseSources* out, SourceFile file, QString* error)
{
    std::optional<SourceFile>* slot = slotFor(out, file.role);
    if (slot->has_value()) {
        *error = QStringLiteral("%1: a second %2 file in the same release (first: %3)")
                     .arg(file.name, file.role, (*slot)->name);
        return false;
    }
    file.sha256 = hashOf(file.bytes);
    *slot = std::move(file);
    return true;
}

bool readFile(const QString& path, const QString& role, ReleaseSources* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    return place(out, SourceFile{role, path, f.readAll(), {}}, error);
}

bool readZip(const QString& path, ReleaseSources* out, QString* error)
{
    int code = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        *error = QStringLiteral("%1: not a readable zip archive (%2)")
                     .arg(path, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    bool ok = true;
    const zip_int64_t n = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; ok && i < n; ++i) {
        const QString member = QString::fromUtf8(zip_get_name(zip, zip_uint64_t(i), 0));
        const QString role = roleOf(member);
        if (role.isEmpty())
            continue;
        zip_stat_t st;
        zip_file_t* zf = zip_stat_index(zip, zip_uint64_t(i), 0, &st) == 0
                             ? zip_fopen_index(zip, zip_uint64_t(i), 0)
                             : nullptr;
        const QString name = path + u':' + member;
        if (!zf) {
            *error =
                QStringLiteral("%1: cannot open member: %2").arg(name, QString::fromUtf8(zip_strerror(zip)));
            ok = false;
            break;
        }
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t got = zip_fread(zf, bytes.data(), st.size);
        zip_fclose(zf);
        if (got != zip_int64_t(st.size)) {
            *error = QStringLiteral("%1: truncated or damaged member (read %2 of %3 bytes)")
                         .arg(name)
                         .arg(got)
                         .arg(st.size);
            ok = false;
            break;
        }
        ok = place(out, SourceFile{role, name, bytes, {}}, error);
    }
    zip_discard(zip);
    return ok;
}

void noteDate(ReleaseSources* out, const QString& name)
{
    if (out->effectiveFrom.isNull())
        out->effectiveFrom = effectiveDateFromName(name);
}

// Folder names count only when they are a plain date ("2022-10-01"), as in ../shared/icd10cm.
void noteFolderDate(ReleaseSources* out, const QString& folder)
{
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (out->effectiveFrom.isNull() && iso.match(folder).hasMatch())
        out->effectiveFrom = QDate::fromString(folder, Qt::ISODate);
}

} // namespace

QString ReleaseSources::digest() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const SourceFile* f : files()) {
        h.addData(f->role.toUtf8());
        h.addData(f->sha256.toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

QList<const SourceFile*> ReleaseSources::files() const
{
    QList<const SourceFile*> out;
    for (const std::optional<SourceFile>* f : {&tabular, &index, &order}) {
        if (f->has_value())
            out.append(&f->value());
    }
    return out;
}

bool loadReleaseFiles(const QString& tabular, const QString& index, const QString& order, ReleaseSources* out,
                      QString* error)
{
    const QList<QPair<QString, QString>> named{{QStringLiteral("tabular"), tabular},
                                               {QStringLiteral("index"), index},
                                               {QStringLiteral("order"), order}};
    for (const auto& [role, path] : named) {
        if (path.isEmpty())
            continue;
        if (out->origin.isEmpty())
            out->origin = path;
        if (!readFile(path, role, out, error))
            return false;
        noteFolderDate(out, QFileInfo(path).dir().dirName());
        noteDate(out, QFileInfo(path).fileName());
    }
    return true;
}

bool loadReleasePath(const QString& folderOrZip, ReleaseSources* out, QString* error)
{
    const QFileInfo info(folderOrZip);
    out->origin = folderOrZip;
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file or folder").arg(folderOrZip);
        return false;
    }
    if (info.isFile())
        noteDate(out, info.fileName());
    else
        noteFolderDate(out, info.fileName());
    if (info.isFile()) {
        if (!readZip(folderOrZip, out, error))
            return false;
    } else {
        const QFileInfoList entries = QDir(folderOrZip).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& e : entries) {
            const QString role = roleOf(e.fileName());
            if (!role.isEmpty() && !readFile(e.filePath(), role, out, error))
                return false;
            if (e.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0 &&
                !readZip(e.filePath(), out, error))
                return false;
        }
    }
    for (const SourceFile* f : out->files())
        noteDate(out, QFileInfo(f->name).fileName());
    if (out->files().isEmpty()) {
        *error = QStringLiteral("%1: no ICD-10-CM tabular, index or order file found "
                                "(expected names like icd10cm_tabular_2023.xml, icd10cm-order-2026.txt)")
                     .arg(folderOrZip);
        return false;
    }
    return true;
}

QDate effectiveDateFromName(const QString& name)
{
    static const QRegularExpression iso(QStringLiteral(R"((?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    static const QRegularExpression monthly(
        QStringLiteral(R"((jan|january|apr|april)[-_ ]?(?:1[-_ ])?(20\d\d))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fiscal(QStringLiteral(R"((?:fy|[-_ ]|^)(20\d\d)(?!\d))"),
                                           QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = iso.match(name);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = monthly.match(name);
    if (m.hasMatch())
        return QDate(m.captured(2).toInt(), m.captured(1).at(0).toLower() == u'j' ? 1 : 4, 1);
    m = fiscal.match(name);
    if (m.hasMatch())
        return effectiveDateFromVersion(m.captured(1));
    return {};
}

QDate effectiveDateFromVersion(const QString& version)
{
    bool ok = false;
    const int year = version.trimmed().left(4).toInt(&ok);
    if (!ok || year < 2000)
        return {};
    return QDate(year - 1, 10, 1);
}

} // namespace wcw::db
