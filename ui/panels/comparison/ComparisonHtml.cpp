#include "panels/comparison/ComparisonHtml.h"

#include <QStringList>

namespace wcw::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// A note line; inherited notes name the code or chapter that declares them (tabular convention).
QString noteLine(const CodeNote& n)
{
    QString line = esc(n.text);
    if (!n.inheritedFrom.isEmpty())
        line +=
            QStringLiteral(" <span style='color:%2'><i>(%1)</i></span>")
                .arg(esc(QObject::tr("inherited from %1").arg(n.inheritedFrom)), QStringLiteral("#7a7a7a"));
    return line;
}

QStringList notesOfKinds(const CodeRecord& r, const QStringList& kinds)
{
    QStringList out;
    for (const CodeNote& n : r.notes) {
        if (kinds.contains(n.kind))
            out.append(noteLine(n));
    }
    return out;
}

QStringList indexLines(const CodeRecord& r)
{
    QStringList out;
    for (const IndexEntry& e : r.index) {
        QString path = esc(e.terms.join(QStringLiteral(" \u203a ")));
        if (!e.see.isEmpty())
            path += QStringLiteral(" <i>(see %1)</i>").arg(esc(e.see));
        out.append(path);
    }
    return out;
}

QString billableText(const CodeRecord& r)
{
    return r.billable ? QObject::tr("Yes \u2014 billable leaf code")
                      : QObject::tr("No \u2014 category header, code to a greater specificity");
}

QString cellList(const QStringList& lines)
{
    if (lines.isEmpty())
        return QStringLiteral("<span style='color:#8a8a8a'>\u2014</span>");
    if (lines.size() == 1)
        return lines.first();
    return QStringLiteral("&#8226; ") + lines.join(QStringLiteral("<br>&#8226; "));
}

struct Row
{
    QString label;
    QString a;
    QString b;
};

QString renderRow(const Row& row, const QString& diffBg)
{
    const bool differs = row.a != row.b;
    const QString bg = differs ? QStringLiteral(" style='background-color:%1'").arg(diffBg) : QString();
    const QString label =
        differs ? QStringLiteral("<b>%1</b>&nbsp;\u2260").arg(esc(row.label)) : esc(row.label);
    return QStringLiteral("<tr><th align='left' valign='top' width='17%'>%1</th>"
                          "<td valign='top' width='41%'%4>%2</td><td valign='top' width='42%'%4>%3</td></tr>")
        .arg(label, row.a, row.b, bg);
}

QString exclusionSentence(const QString& from, const QString& to, const QList<ExclusionLink>& links)
{
    QStringList parts;
    for (const ExclusionLink& l : links) {
        if (!l.excludes)
            continue;
        const bool one = l.kind == QLatin1String("excludes1");
        const QString colour = one ? QStringLiteral("#c62828") : QStringLiteral("#b26a00");
        const QString meaning =
            one ? QObject::tr("never coded together unless documented as unrelated (OCG I.A.12.a)")
                : QObject::tr("not part of %1; both may be coded when both are present (OCG I.A.12.b)")
                      .arg(from);
        const QString origin = l.inheritedFrom.isEmpty()
                                   ? QObject::tr("direct note on %1").arg(from)
                                   : QObject::tr("inherited from %1").arg(l.inheritedFrom);
        parts.append(
            QStringLiteral("<span style='color:%1'><b>%2</b></span> %3: \u201c%4\u201d \u2014 %5 <i>(%6)</i>")
                .arg(colour, one ? QObject::tr("Excludes1") : QObject::tr("Excludes2"),
                     esc(QObject::tr("%1 excludes %2").arg(from, to)), esc(l.noteText), esc(meaning),
                     esc(origin)));
    }
    if (parts.isEmpty())
        return esc(QObject::tr("%1 has no Excludes note covering %2.").arg(from, to));
    return parts.join(QStringLiteral("<br>"));
}

QString guidanceHtml(const PairGuidance& g)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(g.title));
    for (const auto& [heading, text] : g.sections)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(heading), esc(text));
    if (!g.citations.isEmpty())
        html += QStringLiteral("<p style='color:#6a6a6a'><i>%1 %2</i></p>")
                    .arg(esc(QObject::tr("Sources:")), esc(g.citations.join(QStringLiteral("; "))));
    return html;
}

QString titleCell(const CodeRecord& r)
{
    return QStringLiteral("<a href='%1'><b>%2</b></a><br>%3")
        .arg(ComparisonHtml::codeLink(r.code), esc(r.code), esc(r.title));
}

QString releaseText(const CodeRecord& r)
{
    QString text = esc(r.release.label.isEmpty() ? r.release.id : r.release.label);
    if (!r.notesReleaseId.isEmpty() && r.notesReleaseId != r.release.id)
        text += QStringLiteral("<br><i>%1</i>")
                    .arg(esc(QObject::tr("notes and index from release %1").arg(r.notesReleaseId)));
    return text;
}

} // namespace

QString ComparisonHtml::codeLink(const QString& code)
{
    return QStringLiteral("code:") + code;
}

QString ComparisonHtml::render(const CodeComparison& c, const QPalette& palette)
{
    // Amber blended into the base colour: visible in light and dark palettes alike.
    const QColor base = palette.color(QPalette::Base);
    const QColor amber(255, 193, 7);
    const QColor diff =
        QColor::fromRgbF(base.redF() * 0.8 + amber.redF() * 0.2, base.greenF() * 0.8 + amber.greenF() * 0.2,
                         base.blueF() * 0.8 + amber.blueF() * 0.2);
    const QString diffBg = diff.name();

    const CodeRecord& a = c.a;
    const CodeRecord& b = c.b;
    const QList<Row> rows = {
        {QObject::tr("Code"), titleCell(a), titleCell(b)},
        {QObject::tr("Chapter"), esc(a.chapter), esc(b.chapter)},
        {QObject::tr("Block"), esc(a.block), esc(b.block)},
        {QObject::tr("Billable"), billableText(a), billableText(b)},
        {QObject::tr("Inclusion terms"),
         cellList(notesOfKinds(a, {QStringLiteral("inclusionTerm"), QStringLiteral("includes")})),
         cellList(notesOfKinds(b, {QStringLiteral("inclusionTerm"), QStringLiteral("includes")}))},
        {QObject::tr("Excludes1"), cellList(notesOfKinds(a, {QStringLiteral("excludes1")})),
         cellList(notesOfKinds(b, {QStringLiteral("excludes1")}))},
        {QObject::tr("Excludes2"), cellList(notesOfKinds(a, {QStringLiteral("excludes2")})),
         cellList(notesOfKinds(b, {QStringLiteral("excludes2")}))},
        {QObject::tr("Code first"), cellList(notesOfKinds(a, {QStringLiteral("codeFirst")})),
         cellList(notesOfKinds(b, {QStringLiteral("codeFirst")}))},
        {QObject::tr("Use additional code"), cellList(notesOfKinds(a, {QStringLiteral("useAdditionalCode")})),
         cellList(notesOfKinds(b, {QStringLiteral("useAdditionalCode")}))},
        {QObject::tr("Code also"), cellList(notesOfKinds(a, {QStringLiteral("codeAlso")})),
         cellList(notesOfKinds(b, {QStringLiteral("codeAlso")}))},
        {QObject::tr("Index entries"), cellList(indexLines(a)), cellList(indexLines(b))},
        {QObject::tr("Release"), releaseText(a), releaseText(b)},
    };

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='6' border='0'>");
    for (const Row& row : rows)
        html += renderRow(row, diffBg);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:#6a6a6a'><i>%1</i></p>")
                .arg(esc(QObject::tr("\u2260 and shading: the two codes differ in this row.")));
    html +=
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
            .arg(esc(QObject::tr("Between the two codes")), exclusionSentence(a.code, b.code, c.aExcludesB),
                 exclusionSentence(b.code, a.code, c.bExcludesA));
    if (c.guidance)
        html += guidanceHtml(*c.guidance);
    html += QStringLiteral("</body></html>");
    return html;
}

QString ComparisonHtml::renderMissing(const QString& a, const QString& b, const QDate& date)
{
    return QStringLiteral("<p>%1</p>")
        .arg(esc(QObject::tr(
                     "Cannot compare %1 with %2: at least one of them is not in the release in force on %3.")
                     .arg(a, b, date.toString(Qt::ISODate))));
}

} // namespace wcw::ui
