#include "release/XmlFile.h"

namespace wcw::db {

bool enterRoot(QXmlStreamReader& xml, QLatin1String rootName, const QString& kind)
{
    if (!xml.readNextStartElement()) {
        if (!xml.hasError()) {
            const bool vowel = QStringLiteral("aeiou").contains(kind.left(1)); // "an index", "a tabular"
            xml.raiseError(QStringLiteral("no XML element found; not %1 %2 file")
                               .arg(vowel ? QStringLiteral("an") : QStringLiteral("a"), kind));
        }
        return false;
    }
    if (xml.name() != rootName) {
        xml.raiseError(QStringLiteral("not an ICD-10-CM %1 file: root element <%2>, expected <%3>")
                           .arg(kind, xml.name().toString(), QString(rootName)));
        return false;
    }
    return true;
}

QString positionedError(const QXmlStreamReader& xml, const QString& fileName)
{
    return QStringLiteral("%1:%2:%3: %4")
        .arg(fileName)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

} // namespace wcw::db
