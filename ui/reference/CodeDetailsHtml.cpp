#include "reference/CodeDetailsHtml.h"

#include <QObject>
#include <QStringList>

namespace wcw::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString link(const QString& code)
{
    return QStringLiteral("<a href='code:%1'>%1</a>").arg(esc(code));
}

// Where an inherited note comes from, as the tabular list names it.
QString origin(const QString& from)
{
    if (from.startsWith(QLatin1String("chapter:")))
        return QObject::tr("chapter %1").arg(from.mid(8));
    if (from.startsWith(QLatin1String("block:")))
        return QObject::tr("block %1").arg(from.mid(6));
    return from;
}

QString noteItem(const CodeNote& n)
{
    QString item = esc(n.text);
    if (!n.codes.isEmpty()) {
        QStringList links;
        for (const QString& c : n.codes)
            links.append(link(c));
        item += QStringLiteral(" &rarr; ") + links.join(QStringLiteral(", "));
    }
    if (!n.inheritedFrom.isEmpty())
        item += QStringLiteral(" <span style='color:#7a7a7a'><i>(%1)</i></span>")
                    .arg(esc(QObject::tr("inherited from %1").arg(origin(n.inheritedFrom))));
    return item;
}

} // namespace

QString CodeDetailsHtml::kindLabel(const QString& kind)
{
    static const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("inclusionTerm"), QObject::tr("Inclusion terms")},
        {QStringLiteral("includes"), QObject::tr("Includes")},
        {QStringLiteral("excludes1"), QObject::tr("Excludes1")},
        {QStringLiteral("excludes2"), QObject::tr("Excludes2")},
        {QStringLiteral("codeFirst"), QObject::tr("Code first")},
        {QStringLiteral("useAdditionalCode"), QObject::tr("Use additional code")},
        {QStringLiteral("codeAlso"), QObject::tr("Code also")},
        {QStringLiteral("notes"), QObject::tr("Notes")},
        {QStringLiteral("sevenChrNote"), QObject::tr("7th character")},
    };
    for (const auto& [k, label] : labels) {
        if (k == kind)
            return label;
    }
    return kind;
}

QString CodeDetailsHtml::render(const CodeRecord& r)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2>%1 &nbsp;<span style='font-weight:normal'>%2</span></h2>")
             .arg(esc(r.code), esc(r.title));
    const QString billable = r.billable ? QObject::tr("Billable leaf code")
                                        : QObject::tr("Header: not billable, code to a greater specificity");
    h += QStringLiteral("<p><b style='color:%1'>%2</b><br>")
             .arg(r.billable ? QStringLiteral("#2e7d32") : QStringLiteral("#b26a00"), esc(billable));
    if (!r.chapter.isEmpty())
        h += esc(QObject::tr("Chapter %1").arg(r.chapter)) + QStringLiteral("<br>");
    if (!r.block.isEmpty())
        h += esc(QObject::tr("Block %1").arg(r.block)) + QStringLiteral("<br>");
    if (!r.parents.isEmpty()) {
        QStringList chain;
        for (auto it = r.parents.crbegin(); it != r.parents.crend(); ++it)
            chain.append(link(*it));
        h += esc(QObject::tr("Under")) + QLatin1Char(' ') + chain.join(QStringLiteral(" &rsaquo; ")) +
             QStringLiteral("<br>");
    }
    const QString release = r.release.label.isEmpty() ? r.release.id : r.release.label;
    h += QStringLiteral("<span style='color:#6a6a6a'>%1</span>")
             .arg(esc(QObject::tr("Release: %1").arg(release)));
    if (!r.notesReleaseId.isEmpty() && r.notesReleaseId != r.release.id)
        h += QStringLiteral("<br><span style='color:#6a6a6a'>%1</span>")
                 .arg(esc(QObject::tr("Notes and index entries from release %1").arg(r.notesReleaseId)));
    h += QStringLiteral("</p>");

    // Notes grouped by kind, own notes before inherited ones (the record's order).
    QStringList kinds;
    for (const CodeNote& n : r.notes) {
        if (!kinds.contains(n.kind))
            kinds.append(n.kind);
    }
    for (const QString& kind : kinds) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(kindLabel(kind)));
        for (const CodeNote& n : r.notes) {
            if (n.kind == kind)
                h += QStringLiteral("<li>%1</li>").arg(noteItem(n));
        }
        h += QStringLiteral("</ul>");
    }
    if (r.notes.isEmpty())
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(QObject::tr("No tabular notes on this code or above it.")));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(QObject::tr("Index entries leading here")));
    if (r.index.isEmpty()) {
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(QObject::tr("None in the Alphabetic Index.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const IndexEntry& e : r.index) {
            QString line = esc(e.terms.join(QStringLiteral(" \u203a ")));
            if (!e.see.isEmpty())
                line += QStringLiteral(" <i>(%1)</i>").arg(esc(QObject::tr("see %1").arg(e.see)));
            h += QStringLiteral("<li>%1</li>").arg(line);
        }
        h += QStringLiteral("</ul>");
    }
    return h + QStringLiteral("</body></html>");
}

QString CodeDetailsHtml::notFound(const QString& code, const QDate& date)
{
    return QStringLiteral("<p>%1</p>")
        .arg(esc(
            QObject::tr("%1 is not in the release in force on %2.").arg(code, date.toString(Qt::ISODate))));
}

} // namespace wcw::ui
