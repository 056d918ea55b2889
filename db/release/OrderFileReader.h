#pragma once
// Reads CDC's fixed-width order file ("Code Descriptions in Tabular Order"):
// cols 1-5 order number, 7-13 code without dot, 15 billable flag (1/0),
// 17-76 short title, 78- long title.
#include "release/ReleaseData.h"

namespace wcw::db {

class OrderFileReader
{
public:
    OrderFileReader(QString fileName, const ImportControl& control);
    bool read(const QByteArray& bytes, QList<OrderRow>* out); // false and error() ("file:line:column: ...")
    QString error() const { return m_error; }

private:
    bool parseLine(QByteArrayView line, int lineNo, QList<OrderRow>* out);

    QString m_fileName;
    const ImportControl& m_control;
    QString m_error;
};

} // namespace wcw::db
