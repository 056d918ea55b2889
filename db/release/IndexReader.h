#pragma once
// Streams CDC's Alphabetic Index XML (icd10cm_index_YYYY.xml): letters, main terms and nested
// subterms with their nonessential modifiers, codes, manifestation codes, "see" and "see also".
#include "release/ReleaseData.h"

#include <QXmlStreamReader>

namespace wcw::db {

class IndexReader
{
public:
    IndexReader(QString fileName, const ImportControl& control);
    bool read(const QByteArray& bytes, IndexData* out); // false and error() on bad input
    QString error() const { return m_error; }

private:
    void readRoot();
    void readLetter();
    void readTerm(int parentId, int level);
    void readTitle(IndexTermRow* row);
    QString text();

    QString m_fileName;
    const ImportControl& m_control;
    QXmlStreamReader m_xml;
    IndexData* m_out = nullptr;
    qint64 m_total = 0;
    qint64 m_lastTick = 0;
    QString m_error;
};

} // namespace wcw::db
