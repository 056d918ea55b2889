#include "interchange/Narrative.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace wcw::fhir {
namespace {

bool isBlock(QStringView tag)
{
    static const QStringList blocks{QStringLiteral("p"),  QStringLiteral("div"), QStringLiteral("br"),
                                    QStringLiteral("li"), QStringLiteral("tr"),  QStringLiteral("h1"),
                                    QStringLiteral("h2"), QStringLiteral("h3"),  QStringLiteral("h4"),
                                    QStringLiteral("h5"), QStringLiteral("h6"),  QStringLiteral("table"),
                                    QStringLiteral("ul"), QStringLiteral("ol")};
    return blocks.contains(tag.toString());
}

// Collapses runs of spaces inside each line and trims it; the empty lines that opening and
// closing block tags leave between them carry no content and are dropped.
QString tidyLines(const QString& raw)
{
    QStringList lines;
    for (const QString& line : raw.split(u'\n')) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    return lines.join(u'\n');
}

} // namespace

bool narrativeText(const QString& div, QString* text, QString* error)
{
    // XHTML narratives in the wild use &nbsp;, which XML does not predefine.
    QString source = div;
    source.replace(QStringLiteral("&nbsp;"), QStringLiteral("&#160;"));
    QXmlStreamReader xml(source);
    QString raw;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
        case QXmlStreamReader::EndElement:
            if (isBlock(xml.name()))
                raw += u'\n';
            break;
        case QXmlStreamReader::Characters:
            // Line breaks in the source are layout, not content: only block elements break lines.
            raw += xml.text().toString().replace(u'\n', u' ').replace(QChar(0xA0), u' ');
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = QStringLiteral("not well-formed XHTML (line %1 column %2: %3)")
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString());
        return false;
    }
    *text = tidyLines(raw);
    return true;
}

} // namespace wcw::fhir
