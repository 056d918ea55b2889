#pragma once
// What the tabular and index readers share about an official ICD-10-CM XML file: finding
// its root element and naming the place of an error as "file:line:column: what".
#include <QString>
#include <QXmlStreamReader>

namespace wcw::db {

// Reads up to the root element; raises an XML error (naming `kind`, e.g. "index") and returns
// false when the file is empty or its root is not `rootName`.
bool enterRoot(QXmlStreamReader& xml, QLatin1String rootName, const QString& kind);
// "file:line:column: error" for the reader's current error.
QString positionedError(const QXmlStreamReader& xml, const QString& fileName);

} // namespace wcw::db
