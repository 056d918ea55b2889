#pragma once
// RFC 4180 records: comma-separated fields, double-quoted when they hold commas, quotes or
// line breaks, a doubled quote for a literal one. Lines end in LF or CRLF. A record that
// breaks the quoting rules is reported with its line and column, and reading resumes on the
// next line so one bad row does not hide the others.
#include <QList>
#include <QString>
#include <QStringList>

namespace wcw::csv {

struct Record
{
    int line = 0;        // physical line the record starts on (1-based)
    QStringList fields;  // empty when error is set
    int errorColumn = 0; // 1-based character column of the problem
    QString error;       // empty for a good record
};

// Splits decoded text into records. Entirely empty lines are skipped.
QList<Record> splitRecords(QStringView text);

// Quotes a field only when it must be (comma, quote, CR, LF) or would lose leading/trailing space.
QString quoteField(const QString& field);

} // namespace wcw::csv
