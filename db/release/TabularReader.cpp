#include "release/TabularReader.h"

#include "domain/IcdCode.h"
#include "release/XmlFile.h"

#include <QRegularExpression>
#include <QSet>

namespace wcw::db {

namespace {

// "Intestinal infectious diseases (A00-A09)" -> title, first, last.
void splitRangeTitle(const QString& desc, QString* title, QString* first, QString* last)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.*?)\s*\(([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])\)\s*$)"));
    const QRegularExpressionMatch m = re.match(desc);
    if (!m.hasMatch()) {
        *title = desc;
        return;
    }
    *title = m.captured(1);
    if (first->isEmpty())
        *first = m.captured(2);
    if (last->isEmpty())
        *last = m.captured(3);
}

} // namespace

bool isTabularNoteKind(const QString& name)
{
    static const QSet<QString> kinds{
        QStringLiteral("inclusionTerm"), QStringLiteral("includes"),  QStringLiteral("excludes1"),
        QStringLiteral("excludes2"),     QStringLiteral("codeFirst"), QStringLiteral("useAdditionalCode"),
        QStringLiteral("codeAlso"),      QStringLiteral("notes"),     QStringLiteral("sevenChrNote")};
    return kinds.contains(name);
}

TabularReader::TabularReader(QString fileName, const ImportControl& control)
    : m_fileName(std::move(fileName)), m_control(control)
{
}

bool TabularReader::read(const QByteArray& bytes, TabularData* out)
{
    m_out = out;
    m_total = bytes.size();
    m_xml.clear();
    m_xml.addData(bytes);
    readRoot();
    if (!m_xml.hasError()) {
        // Anything after the root element other than whitespace/comments is an error too.
        while (!m_xml.atEnd())
            m_xml.readNext();
    }
    if (m_xml.hasError()) {
        m_error = positionedError(m_xml, m_fileName);
        return false;
    }
    m_control.report(QStringLiteral("tabular"), m_total, m_total);
    return true;
}

void TabularReader::tick()
{
    const qint64 at = m_xml.characterOffset();
    if (at - m_lastTick < 256 * 1024)
        return;
    m_lastTick = at;
    if (m_control.cancelled())
        m_xml.raiseError(QStringLiteral("import cancelled"));
    m_control.report(QStringLiteral("tabular"), at, m_total);
}

QString TabularReader::text()
{
    return m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).simplified();
}

void TabularReader::unknownElement(const QString& where)
{
    m_xml.raiseError(QStringLiteral("unknown element <%1> in <%2>").arg(m_xml.name().toString(), where));
}

void TabularReader::readRoot()
{
    if (!enterRoot(m_xml, QLatin1String("ICD10CM.tabular"), QStringLiteral("tabular")))
        return;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("version"))
            m_out->version = text();
        else if (m_xml.name() == QLatin1String("introduction"))
            m_xml.skipCurrentElement();
        else if (m_xml.name() == QLatin1String("chapter"))
            readChapter();
        else
            unknownElement(QStringLiteral("ICD10CM.tabular"));
    }
    if (!m_xml.hasError() && m_out->chapters.isEmpty())
        m_xml.raiseError(QStringLiteral("the tabular file holds no <chapter>"));
}

void TabularReader::readChapter()
{
    ChapterRow chapter;
    const qsizetype at = m_out->chapters.size();
    m_out->chapters.append(chapter);
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("name")) {
            chapter.num = text();
        } else if (name == QLatin1String("desc")) {
            splitRangeTitle(text(), &chapter.title, &chapter.first, &chapter.last);
        } else if (isTabularNoteKind(name.toString())) {
            readNotes(QStringLiteral("chapter:") + chapter.num, name.toString());
        } else if (name == QLatin1String("sectionIndex")) {
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("section")) {
            m_out->chapters[at] = chapter;
            readSection(chapter.num);
        } else {
            unknownElement(QStringLiteral("chapter"));
        }
    }
    if (!m_xml.hasError() && chapter.num.isEmpty())
        m_xml.raiseError(QStringLiteral("<chapter> without <name>"));
    m_out->chapters[at] = chapter;
}

void TabularReader::readSection(const QString& chapter)
{
    BlockRow block;
    block.id = m_xml.attributes().value(QLatin1String("id")).toString().trimmed();
    block.chapter = chapter;
    const qsizetype dash = block.id.indexOf(u'-');
    block.first = dash > 0 ? block.id.left(dash) : block.id;
    block.last = dash > 0 ? block.id.mid(dash + 1) : block.id;
    if (block.id.isEmpty()) {
        m_xml.raiseError(QStringLiteral("<section> without an id attribute"));
        return;
    }
    const qsizetype at = m_out->blocks.size();
    m_out->blocks.append(block);
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("desc")) {
            splitRangeTitle(text(), &block.title, &block.first, &block.last);
            m_out->blocks[at] = block;
        } else if (isTabularNoteKind(name.toString())) {
            readNotes(QStringLiteral("block:") + block.id, name.toString());
        } else if (name == QLatin1String("diag")) {
            readDiag(DiagContext{{}, chapter, block.id, 0, nullptr});
        } else {
            unknownElement(QStringLiteral("section"));
        }
    }
}

void TabularReader::readDiag(const DiagContext& ctx)
{
    tick();
    qsizetype at = -1;
    QString code;
    QList<Extension> ownSevenChr;
    bool hasChild = false;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("name")) {
            code = icd::compact(text());
            if (!icd::looksLikeCode(code)) {
                m_xml.raiseError(QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(code));
                return;
            }
            at = m_out->codes.size();
            m_out->codes.append(CodeRow{code, {}, {}, ctx.parent, ctx.chapter, ctx.block, ctx.depth, true});
            continue;
        }
        if (at < 0) {
            m_xml.raiseError(QStringLiteral("<%1> before the <name> of its <diag>").arg(name.toString()));
            return;
        }
        if (name == QLatin1String("desc")) {
            m_out->codes[at].title = text();
        } else if (isTabularNoteKind(name.toString())) {
            readNotes(code, name.toString());
        } else if (name == QLatin1String("sevenChrDef")) {
            ownSevenChr = readSevenChrDef(code);
        } else if (name == QLatin1String("diag")) {
            hasChild = true;
            readDiag(DiagContext{code, ctx.chapter, ctx.block, ctx.depth + 1,
                                 ownSevenChr.isEmpty() ? ctx.sevenChr : &ownSevenChr});
        } else if (name == QLatin1String("visualImpairment")) {
            m_xml.skipCurrentElement(); // a WHO table under H54; no codes in it
        } else {
            unknownElement(QStringLiteral("diag"));
        }
    }
    if (m_xml.hasError())
        return;
    if (at < 0) {
        m_xml.raiseError(QStringLiteral("<diag> without <name>"));
        return;
    }
    const QList<Extension>* sevenChr = ownSevenChr.isEmpty() ? ctx.sevenChr : &ownSevenChr;
    if (hasChild) {
        m_out->codes[at].billable = false;
    } else if (sevenChr && !sevenChr->isEmpty()) {
        m_out->codes[at].billable = false;
        expandSevenChr(m_out->codes.at(at), *sevenChr);
    }
}

void TabularReader::expandSevenChr(const CodeRow& leaf, const QList<Extension>& extensions)
{
    // "For codes less than 6 characters that require a 7th character a placeholder X should be
    // assigned for all characters less than 6" (tabular introduction).
    QString base = leaf.code;
    while (base.size() < 6)
        base.append(u'X');
    for (const Extension& ext : extensions) {
        m_out->codes.append(CodeRow{base + ext.character,
                                    leaf.title + QStringLiteral(", ") + ext.text,
                                    {},
                                    leaf.code,
                                    leaf.chapter,
                                    leaf.block,
                                    leaf.depth + 1,
                                    true});
    }
}

QList<TabularReader::Extension> TabularReader::readSevenChrDef(const QString& owner)
{
    QList<Extension> out;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("note")) {
            // An inclusion note under the extension before it ("2 stable" - "Old central retinal vein
            // occlusion").
            const QString note = text();
            const QString ch = out.isEmpty() ? QString() : out.last().character + u' ';
            m_out->notes.append(NoteRow{owner, QStringLiteral("sevenChrDef"),
                                        ch + QStringLiteral("includes: ") + note, int(m_out->notes.size())});
            continue;
        }
        if (m_xml.name() != QLatin1String("extension")) {
            unknownElement(QStringLiteral("sevenChrDef"));
            return out;
        }
        const QString ch = m_xml.attributes().value(QLatin1String("char")).toString().trimmed().toUpper();
        if (ch.size() != 1) {
            m_xml.raiseError(
                QStringLiteral("<extension> needs a one-character char attribute, got \"%1\"").arg(ch));
            return out;
        }
        const QString what = text();
        out.append(Extension{ch, what});
        m_out->notes.append(NoteRow{owner, QStringLiteral("sevenChrDef"), ch + QStringLiteral(" ") + what,
                                    int(m_out->notes.size())});
    }
    return out;
}

void TabularReader::readNotes(const QString& owner, const QString& kind)
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("note")) {
            unknownElement(kind);
            return;
        }
        const QString note = text();
        if (!note.isEmpty())
            m_out->notes.append(NoteRow{owner, kind, note, int(m_out->notes.size())});
    }
}

} // namespace wcw::db
