#include "panels/query/ProviderQueryDocument.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace wcw::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QStringList headerLines(const QueryContext& c)
{
    QStringList lines;
    if (!c.patientId.isEmpty())
        lines.append(c.patientName.isEmpty()
                         ? QObject::tr("Patient: %1").arg(c.patientId)
                         : QObject::tr("Patient: %1 (%2)").arg(c.patientName, c.patientId));
    if (!c.encounterId.isEmpty())
        lines.append(QObject::tr("Encounter: %1").arg(c.encounterId));
    if (c.dateOfService.isValid())
        lines.append(QObject::tr("Date of service: %1").arg(c.dateOfService.toString(Qt::ISODate)));
    if (!c.provider.isEmpty())
        lines.append(QObject::tr("Provider: %1").arg(c.provider));
    if (!c.author.isEmpty())
        lines.append(QObject::tr("From: %1 (coding)").arg(c.author));
    return lines;
}

} // namespace

QString ProviderQueryDocument::plainText(const ProviderQuery& q, const QueryContext& c)
{
    QStringList out;
    out.append(QObject::tr("Provider query: %1").arg(q.topic));
    out.append(headerLines(c));
    out.append(QString());
    out.append(QObject::tr("Clinical indicators from the record:"));
    for (const QString& i : q.indicators)
        out.append(QStringLiteral("  - ") + i);
    out.append(QString());
    out.append(q.question);
    out.append(QString());
    for (const QString& o : q.options)
        out.append(QStringLiteral("  [ ] ") + o);
    out.append(QString());
    out.append(QObject::tr("Please document your response in the medical record."));
    return out.join(QLatin1Char('\n'));
}

QString ProviderQueryDocument::html(const ProviderQuery& q, const QueryContext& c)
{
    QString h = QStringLiteral("<html><body style='font-family:sans-serif'>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(QObject::tr("Provider query: %1").arg(q.topic)));
    const QStringList header = headerLines(c);
    if (!header.isEmpty()) {
        QStringList escaped;
        for (const QString& line : header)
            escaped.append(esc(line));
        h += QStringLiteral("<p>%1</p>").arg(escaped.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(QObject::tr("Clinical indicators from the record")));
    for (const QString& i : q.indicators)
        h += QStringLiteral("<li>%1</li>").arg(esc(i));
    h += QStringLiteral("</ul><h3>%1</h3><p>%2</p><p>").arg(esc(QObject::tr("Question")), esc(q.question));
    for (const QString& o : q.options)
        h += QStringLiteral("&#9744;&nbsp;%1<br>").arg(esc(o));
    h += QStringLiteral("</p><p><i>%1</i></p></body></html>")
             .arg(esc(QObject::tr("Please document your response in the medical record.")));
    return h;
}

bool ProviderQueryDocument::writePdf(const ProviderQuery& query, const QueryContext& context,
                                     const QString& path, QString* error)
{
    // QPdfWriter reports no errors of its own: open the file first so a bad path is named.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setResolution(144);
    writer.setTitle(QObject::tr("Provider query: %1").arg(query.topic));
    writer.setCreator(QStringLiteral("wcw"));
    QTextDocument doc;
    doc.setHtml(html(query, context));
    doc.print(&writer);
    return true;
}

} // namespace wcw::ui
