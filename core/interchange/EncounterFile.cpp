#include "interchange/EncounterFile.h"

#include "interchange/CsvEncounters.h"
#include "interchange/EncounterJsonBatch.h"
#include "interchange/FhirR4.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wcw {

QString formatName(EncounterFormat format)
{
    switch (format) {
    case EncounterFormat::Csv:
        return QStringLiteral("CSV");
    case EncounterFormat::EncounterJson:
        return QStringLiteral("encounter JSON");
    case EncounterFormat::FhirR4:
        return QStringLiteral("FHIR R4");
    }
    return {};
}

EncounterFormat detectFormat(const QString& fileName, const QByteArray& bytes)
{
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return EncounterFormat::Csv;
    if (fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ||
        fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        return EncounterFormat::EncounterJson;
    const QByteArray start = bytes.left(4096).trimmed();
    if (!start.startsWith('{') && !start.startsWith('['))
        return EncounterFormat::Csv; // not JSON at all: let the CSV reader say what is wrong with it
    // A FHIR resource has a top-level "resourceType"; the contract's encounters never do.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return doc.isObject() && doc.object().contains(QLatin1String("resourceType"))
                   ? EncounterFormat::FhirR4
                   : EncounterFormat::EncounterJson;
    // Malformed: guess from the first member so the error comes from the reader the user meant.
    static const QRegularExpression fhirStart(QStringLiteral(R"(^\{\s*"resourceType"\s*:)"));
    return fhirStart.match(QString::fromUtf8(start)).hasMatch() ? EncounterFormat::FhirR4
                                                                : EncounterFormat::EncounterJson;
}

ImportBatch readEncounterFile(const QString& path, EncounterFormat* format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportBatch batch;
        batch.problems.append({path, QStringLiteral("cannot read: %1").arg(file.errorString()), {}});
        return batch;
    }
    const QByteArray bytes = file.readAll();
    const EncounterFormat detected = detectFormat(path, bytes);
    if (format)
        *format = detected;
    switch (detected) {
    case EncounterFormat::Csv:
        return csv::readEncounters(bytes, path);
    case EncounterFormat::FhirR4:
        return fhir::readResources(bytes, path);
    case EncounterFormat::EncounterJson:
        break;
    }
    return readEncounterJson(bytes, path);
}

} // namespace wcw
