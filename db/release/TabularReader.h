#pragma once
// Streams CDC's Tabular List XML (icd10cm_tabular_YYYY.xml) into TabularData: chapters,
// sections (blocks), the diag tree, every note kind, and seventh-character expansion onto
// leaf codes (placeholder X up to six characters, as the tabular's introduction instructs).
#include "release/ReleaseData.h"

#include <QXmlStreamReader>

namespace wcw::db {

class TabularReader
{
public:
    TabularReader(QString fileName, const ImportControl& control);
    // False and error() ("file:line:column: what") on malformed XML, unknown elements or cancel.
    bool read(const QByteArray& bytes, TabularData* out);
    QString error() const { return m_error; }

private:
    struct Extension
    {
        QString character;
        QString text;
    };
    struct DiagContext
    {
        QString parent;
        QString chapter;
        QString block;
        int depth = 0;
        const QList<Extension>* sevenChr = nullptr; // nearest declared sevenChrDef
    };

    void readRoot();
    void readChapter();
    void readSection(const QString& chapter);
    void readDiag(const DiagContext& ctx);
    void readNotes(const QString& owner, const QString& kind);
    QList<Extension> readSevenChrDef(const QString& owner);
    void expandSevenChr(const CodeRow& leaf, const QList<Extension>& extensions);
    QString text(); // element text, whitespace simplified
    void unknownElement(const QString& where);
    void tick();

    QString m_fileName;
    const ImportControl& m_control;
    QXmlStreamReader m_xml;
    TabularData* m_out = nullptr;
    qint64 m_total = 0;
    qint64 m_lastTick = 0;
    QString m_error;
};

bool isTabularNoteKind(const QString& name);

} // namespace wcw::db
