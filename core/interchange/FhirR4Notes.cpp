// FHIR R4 import, second half: Conditions (ICD-10-CM codes and kept external codings) and the
// note from DocumentReference (base64 text/plain) or Composition (section narrative).
#include "interchange/FhirR4Reader.h"
#include "domain/IcdCode.h"
#include "interchange/Narrative.h"

#include <QStringDecoder>
#include <functional>

namespace wcw::fhir::detail {

void BundleReader::readConditions()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).type != QLatin1String("Condition"))
            continue;
        ConditionInfo info;
        if (readCondition(m_entries.at(i), &info))
            m_conditions.insert(i, info);
        else
            m_badEntries.insert(i);
    }
}

bool BundleReader::readCondition(const Entry& e, ConditionInfo* info)
{
    bool ok = true;
    if (!e.resource.contains(QLatin1String("subject"))) {
        problem(e.pointer + QStringLiteral("/subject"),
                QStringLiteral("Condition.subject is required (R4 cardinality 1..1)"));
        ok = false;
    } else {
        info->subjectEntry = resolveTyped(obj(e.resource, "subject"), e.pointer + QStringLiteral("/subject"),
                                          QStringLiteral("Patient"), true, &ok);
    }
    if (e.resource.contains(QLatin1String("encounter")))
        info->encounterEntry =
            resolveTyped(obj(e.resource, "encounter"), e.pointer + QStringLiteral("/encounter"),
                         QStringLiteral("Encounter"), false, &ok);
    const QJsonArray verification = arr(obj(e.resource, "verificationStatus"), "coding");
    for (const QJsonValue& v : verification) {
        const QString code = str(v.toObject(), "code");
        if (code == QLatin1String("refuted") || code == QLatin1String("entered-in-error"))
            info->skip = true;
    }
    const QJsonArray codings = arr(obj(e.resource, "code"), "coding");
    if (codings.isEmpty()) {
        problem(e.pointer + QStringLiteral("/code"),
                QStringLiteral("Condition.code needs at least one coding"));
        return false;
    }
    for (qsizetype c = 0; c < codings.size(); ++c) {
        const QJsonObject coding = codings.at(c).toObject();
        const QString pointer = e.pointer + QStringLiteral("/code/coding/%1").arg(c);
        const QString system = str(coding, "system");
        const QString code = str(coding, "code").trimmed();
        if (code.isEmpty()) {
            problem(pointer + QStringLiteral("/code"), QStringLiteral("coding without a code"));
            ok = false;
        } else if (system == QStringView(kIcd10CmSystem)) {
            if (!icd::looksLikeCode(code)) {
                problem(pointer + QStringLiteral("/code"),
                        QStringLiteral("\"%1\" is not shaped like an ICD-10-CM code").arg(code));
                ok = false;
            } else if (!info->icdCode.isEmpty()) {
                problem(pointer,
                        QStringLiteral(
                            "a second ICD-10-CM coding in one Condition; give each code its own Condition"));
                ok = false;
            } else {
                info->icdCode = icd::dotted(code);
            }
        } else {
            info->others.append(ExternalCoding{system, code, str(coding, "display")});
        }
    }
    return ok;
}

void BundleReader::readNotes()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).type == QLatin1String("DocumentReference"))
            readDocumentReference(i);
        else if (m_entries.at(i).type == QLatin1String("Composition"))
            readComposition(i);
    }
}

void BundleReader::addNote(int encounterEntry, const QString& text)
{
    if (!text.isEmpty())
        m_notes[encounterEntry].append(text);
}

void BundleReader::readDocumentReference(int index)
{
    const Entry& e = m_entries.at(index);
    if (str(e.resource, "status") == QLatin1String("entered-in-error"))
        return;
    const QJsonArray encounters = arr(obj(e.resource, "context"), "encounter");
    bool ok = true;
    if (encounters.isEmpty()) {
        problem(e.pointer + QStringLiteral("/context/encounter"),
                QStringLiteral(
                    "DocumentReference.context.encounter is needed to attach the note to its encounter"));
        return;
    }
    const int target =
        resolveTyped(encounters.first().toObject(), e.pointer + QStringLiteral("/context/encounter/0"),
                     QStringLiteral("Encounter"), true, &ok);
    if (!ok)
        return;
    const QJsonArray content = arr(e.resource, "content");
    for (qsizetype c = 0; c < content.size(); ++c) {
        const QJsonObject attachment = obj(content.at(c).toObject(), "attachment");
        const QString pointer = e.pointer + QStringLiteral("/content/%1/attachment/data").arg(c);
        // Only plain text is a note wcw can read; PDFs and images of the same visit are left alone.
        if (!str(attachment, "contentType").startsWith(QLatin1String("text/plain")) ||
            !attachment.contains(QLatin1String("data")))
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(str(attachment, "data").toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            problem(pointer, QStringLiteral("not valid base64"));
            m_badNoteFor.insert(target, pointer);
            continue;
        }
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(*decoded);
        if (utf8.hasError()) {
            problem(pointer, QStringLiteral("the decoded note is not UTF-8 text"));
            m_badNoteFor.insert(target, pointer);
            continue;
        }
        addNote(target, text);
    }
}

void BundleReader::readComposition(int index)
{
    const Entry& e = m_entries.at(index);
    bool ok = true;
    if (!e.resource.contains(QLatin1String("encounter"))) {
        problem(e.pointer + QStringLiteral("/encounter"),
                QStringLiteral("Composition.encounter is needed to attach the note to its encounter"));
        return;
    }
    const int target = resolveTyped(obj(e.resource, "encounter"), e.pointer + QStringLiteral("/encounter"),
                                    QStringLiteral("Encounter"), true, &ok);
    if (!ok)
        return;
    QStringList parts;
    // Sections nest; read them depth first so the note keeps the document's order.
    std::function<void(const QJsonArray&, const QString&)> walk = [&](const QJsonArray& sections,
                                                                      const QString& base) {
        for (qsizetype s = 0; s < sections.size(); ++s) {
            const QJsonObject section = sections.at(s).toObject();
            const QString pointer = base + QStringLiteral("/section/%1").arg(s);
            QString text, error;
            const QString div = str(obj(section, "text"), "div");
            if (!div.isEmpty() && !narrativeText(div, &text, &error)) {
                problem(pointer + QStringLiteral("/text/div"), error);
                m_badNoteFor.insert(target, pointer + QStringLiteral("/text/div"));
                continue;
            }
            const QString title = str(section, "title");
            if (!title.isEmpty() && !text.isEmpty())
                parts.append(title + QStringLiteral(":\n") + text);
            else if (!text.isEmpty())
                parts.append(text);
            walk(arr(section, "section"), pointer);
        }
    };
    walk(arr(e.resource, "section"), e.pointer);
    addNote(target, parts.join(QStringLiteral("\n\n")));
}

} // namespace wcw::fhir::detail
