#include "release/IndexReader.h"

#include "release/XmlFile.h"

namespace wcw::db {

IndexReader::IndexReader(QString fileName, const ImportControl& control)
    : m_fileName(std::move(fileName)), m_control(control)
{
}

bool IndexReader::read(const QByteArray& bytes, IndexData* out)
{
    m_out = out;
    m_total = bytes.size();
    m_xml.clear();
    m_xml.addData(bytes);
    readRoot();
    while (!m_xml.hasError() && !m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError()) {
        m_error = positionedError(m_xml, m_fileName);
        return false;
    }
    m_control.report(QStringLiteral("index"), m_total, m_total);
    return true;
}

QString IndexReader::text()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
}

void IndexReader::readRoot()
{
    if (!enterRoot(m_xml, QLatin1String("ICD10CM.index"), QStringLiteral("index")))
        return;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("version"))
            m_out->version = text();
        else if (m_xml.name() == QLatin1String("title"))
            m_xml.skipCurrentElement();
        else if (m_xml.name() == QLatin1String("letter"))
            readLetter();
        else
            m_xml.raiseError(
                QStringLiteral("unknown element <%1> in <ICD10CM.index>").arg(m_xml.name().toString()));
    }
}

void IndexReader::readLetter()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("title"))
            m_xml.skipCurrentElement();
        else if (m_xml.name() == QLatin1String("mainTerm"))
            readTerm(-1, 0);
        else
            m_xml.raiseError(QStringLiteral("unknown element <%1> in <letter>").arg(m_xml.name().toString()));
    }
}

// <title>Weak, weakening, weakness<nemod>(generalized)</nemod></title>
void IndexReader::readTitle(IndexTermRow* row)
{
    QString title;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::Characters) {
            title += m_xml.text();
        } else if (t == QXmlStreamReader::StartElement) {
            if (m_xml.name() != QLatin1String("nemod")) {
                m_xml.raiseError(
                    QStringLiteral("unknown element <%1> in <title>").arg(m_xml.name().toString()));
                return;
            }
            row->nemod = QString(row->nemod + u' ' + text()).simplified();
        } else if (t == QXmlStreamReader::EndElement) {
            break;
        }
    }
    row->title = title.simplified();
    if (row->title.isEmpty()) {
        // "<title><nemod>(taser)</nemod></title>": the modifier is the whole subterm.
        row->title = row->nemod;
        row->nemod.clear();
    }
}

void IndexReader::readTerm(int parentId, int level)
{
    if (m_xml.attributes().hasAttribute(QLatin1String("level")))
        level = m_xml.attributes().value(QLatin1String("level")).toInt();
    const qsizetype at = m_out->terms.size();
    m_out->terms.append(IndexTermRow{int(at), parentId, level, {}, {}, {}, {}, {}, {}});
    if (at % 2048 == 0) {
        if (m_control.cancelled())
            m_xml.raiseError(QStringLiteral("import cancelled"));
        m_control.report(QStringLiteral("index"), m_xml.characterOffset(), m_total);
    }
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        IndexTermRow& row = m_out->terms[at];
        if (name == QLatin1String("title")) {
            readTitle(&row);
        } else if (name == QLatin1String("code")) {
            row.code = text();
        } else if (name == QLatin1String("subcat")) {
            // A category to be completed from the tabular ("H93.3-").
            row.code = text() + u'-';
        } else if (name == QLatin1String("manif")) {
            row.manif = text();
        } else if (name == QLatin1String("see")) {
            row.see = text();
        } else if (name == QLatin1String("seecat")) {
            row.see = QStringLiteral("category ") + text();
        } else if (name == QLatin1String("seeAlso")) {
            row.seeAlso = text();
        } else if (name == QLatin1String("term")) {
            readTerm(int(at), level + 1);
        } else {
            m_xml.raiseError(
                QStringLiteral("unknown element <%1> in <%2>")
                    .arg(name.toString(), level == 0 ? QStringLiteral("mainTerm") : QStringLiteral("term")));
        }
    }
    if (!m_xml.hasError() && m_out->terms.at(at).title.isEmpty())
        m_xml.raiseError(QStringLiteral("index term without <title>"));
}

} // namespace wcw::db
