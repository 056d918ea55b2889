#include "ReferenceCli.h"

#include "domain/DataPaths.h"
#include "release/StarterSet.h"

#include <QJsonArray>

namespace wcw::cli {

std::unique_ptr<db::ReferenceDb> openReference(const QString& dbOption, bool seedStarter)
{
    auto ref = std::make_unique<db::ReferenceDb>(paths::referenceDb(dbOption));
    QString error;
    if (!ref->open(&error) || (seedStarter && !db::ensureStarterSet(*ref, &error))) {
        fail(BadInput, error);
        return nullptr;
    }
    return ref;
}

std::optional<QDate> dateOption(Args& args, QString* error)
{
    if (!args.hasOption(QStringLiteral("date")))
        return std::nullopt;
    const QString text = args.option(QStringLiteral("date"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() && !text.isEmpty()) // an empty one is Args' missing-value error
        *error = QStringLiteral("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(text);
    return date;
}

QDate answerDate(const db::ReferenceDb& ref, const std::optional<QDate>& asked)
{
    if (asked)
        return *asked;
    const QDate today = QDate::currentDate();
    if (!ref.releaseOn(today) && ref.newestRelease())
        return ref.newestRelease()->effectiveFrom;
    return today;
}

bool reportReadError(const db::ReferenceDb& ref)
{
    const std::optional<Error> error = ref.readError();
    if (error)
        fail(BadInput, error->text());
    return error.has_value();
}

QJsonObject releaseJson(const Release& r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("label"), r.label},
        {QStringLiteral("kind"), releaseKindName(r.kind)},
        {QStringLiteral("effective_from"), r.effectiveFrom.toString(Qt::ISODate)},
        {QStringLiteral("effective_to"),
         r.effectiveTo.isNull() ? QJsonValue() : QJsonValue(r.effectiveTo.toString(Qt::ISODate))},
        {QStringLiteral("notes_from"), r.notesFromId.isEmpty() ? QJsonValue() : QJsonValue(r.notesFromId)}};
}

QJsonObject recordJson(const CodeRecord& r)
{
    QJsonArray notes;
    for (const CodeNote& n : r.notes) {
        notes.append(QJsonObject{{QStringLiteral("kind"), n.kind},
                                 {QStringLiteral("text"), n.text},
                                 {QStringLiteral("codes"), QJsonArray::fromStringList(n.codes)},
                                 {QStringLiteral("inherited_from"),
                                  n.inheritedFrom.isEmpty() ? QJsonValue() : QJsonValue(n.inheritedFrom)}});
    }
    QJsonArray index;
    for (const IndexEntry& e : r.index) {
        QJsonObject o{{QStringLiteral("terms"), QJsonArray::fromStringList(e.terms)},
                      {QStringLiteral("code"), e.code}};
        if (!e.see.isEmpty())
            o.insert(QStringLiteral("see"), e.see);
        index.append(o);
    }
    QJsonObject out{{QStringLiteral("code"), r.code},
                    {QStringLiteral("title"), r.title},
                    {QStringLiteral("billable"), r.billable},
                    {QStringLiteral("release"), r.release.id},
                    {QStringLiteral("release_label"), r.release.label},
                    {QStringLiteral("release_kind"), releaseKindName(r.release.kind)},
                    {QStringLiteral("chapter"), r.chapter},
                    {QStringLiteral("block"), r.block},
                    {QStringLiteral("parents"), QJsonArray::fromStringList(r.parents)},
                    {QStringLiteral("notes"), notes},
                    {QStringLiteral("index"), index},
                    {QStringLiteral("notes_release"),
                     r.notesReleaseId.isEmpty() ? QJsonValue() : QJsonValue(r.notesReleaseId)},
                    {QStringLiteral("index_release"),
                     r.indexReleaseId.isEmpty() ? QJsonValue() : QJsonValue(r.indexReleaseId)}};
    if (r.notesReleaseId != r.release.id) {
        out.insert(
            QStringLiteral("notes_source"),
            r.notesReleaseId.isEmpty()
                ? QStringLiteral("release %1 has no notes, and no earlier full release is imported")
                      .arg(r.release.id)
                : QStringLiteral(
                      "notes and index entries come from release %1; release %2 has codes and titles only")
                      .arg(r.notesReleaseId, r.release.id));
    }
    return out;
}

QString recordText(const CodeRecord& r)
{
    QStringList lines;
    lines << QStringLiteral("%1  %2").arg(r.code, r.title);
    lines << QStringLiteral("  %1; release %2 (%3)")
                 .arg(r.billable ? QStringLiteral("billable") : QStringLiteral("header, not billable"),
                      r.release.id, r.release.label);
    if (r.notesReleaseId != r.release.id)
        lines << QStringLiteral("  notes and index from release %1 (this release has codes and titles only)")
                     .arg(r.notesReleaseId.isEmpty() ? QStringLiteral("(none)") : r.notesReleaseId);
    if (!r.chapter.isEmpty())
        lines << QStringLiteral("  chapter %1").arg(r.chapter);
    if (!r.block.isEmpty())
        lines << QStringLiteral("  section %1").arg(r.block);
    if (!r.parents.isEmpty())
        lines << QStringLiteral("  parents: %1").arg(r.parents.join(QStringLiteral(" < ")));
    for (const CodeNote& n : r.notes) {
        lines << QStringLiteral("  %1: %2%3")
                     .arg(n.kind, n.text,
                          n.inheritedFrom.isEmpty() ? QString()
                                                    : QStringLiteral("  [from %1]").arg(n.inheritedFrom));
    }
    for (const IndexEntry& e : r.index)
        lines << QStringLiteral("  index: %1 -> %2").arg(e.terms.join(QStringLiteral(" > ")), e.code);
    return lines.join(u'\n');
}

} // namespace wcw::cli
