#include "interchange/CsvEncounters.h"

#include "domain/EncounterStatus.h"
#include "domain/IcdCode.h"
#include "interchange/CsvRecords.h"

#include <QHash>
#include <QStringDecoder>

namespace wcw::csv {
namespace {

const QString kEncounterId = QStringLiteral("encounter_id");
const QString kPatientId = QStringLiteral("patient_id");
const QString kPatientName = QStringLiteral("patient_name");
const QString kDate = QStringLiteral("date_of_service");
const QString kSetting = QStringLiteral("setting");
const QString kProvider = QStringLiteral("provider");
const QString kStatus = QStringLiteral("status");
const QString kCodes = QStringLiteral("codes");
const QString kNote = QStringLiteral("note");

// Decodes strictly: a byte sequence that is not UTF-8 is reported with its line, never guessed at.
bool decodeUtf8(QByteArray bytes, const QString& fileName, QString* text, ImportProblem* problem)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    int line = 1;
    qsizetype start = 0;
    QString out;
    out.reserve(bytes.size());
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        else
            ++end; // keep the newline with its line
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        out += decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError()) {
            *problem = ImportProblem{QStringLiteral("%1:%2").arg(fileName).arg(line),
                                     QStringLiteral("not valid UTF-8 (save the file as UTF-8)"),
                                     {}};
            return false;
        }
        if (end == bytes.size())
            break;
        start = end;
        ++line;
    }
    *text = out;
    return true;
}

// Maps column names to positions; reports missing, duplicate and unknown columns.
bool readHeader(const Record& header, const QString& fileName, QHash<QString, int>* columns,
                QList<ImportProblem>* problems)
{
    const QString where = QStringLiteral("%1:%2").arg(fileName).arg(header.line);
    if (!header.error.isEmpty()) {
        problems->append(
            {where, QStringLiteral("column %1: %2").arg(header.errorColumn).arg(header.error), {}});
        return false;
    }
    const QStringList known = encounterColumns();
    QStringList unknown;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!known.contains(name))
            unknown.append(header.fields.at(i));
        else if (columns->contains(name))
            problems->append(
                {where, QStringLiteral("column \"%1\" appears twice").arg(name), QStringLiteral("header")});
        else
            columns->insert(name, i);
    }
    QStringList missing;
    for (const QString& name : requiredEncounterColumns()) {
        if (!columns->contains(name))
            missing.append(name);
    }
    if (columns->isEmpty()) {
        problems->append({where,
                          QStringLiteral("no header line: the first line must name the columns (%1)")
                              .arg(known.join(QStringLiteral(", "))),
                          QStringLiteral("header")});
        return false;
    }
    if (!unknown.isEmpty())
        problems->append({where,
                          QStringLiteral("unknown column(s) %1; the columns are %2")
                              .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))),
                          QStringLiteral("header")});
    if (!missing.isEmpty())
        problems->append(
            {where, QStringLiteral("missing required column(s) %1").arg(missing.join(QStringLiteral(", "))),
             QStringLiteral("header")});
    return unknown.isEmpty() && missing.isEmpty() && problems->isEmpty();
}

struct RowReader
{
    const QHash<QString, int>& columns;
    const QStringList& fields;

    QString value(const QString& column) const
    {
        const int i = columns.value(column, -1);
        return i < 0 ? QString() : fields.at(i);
    }
};

// Turns one data row into an encounter; returns false with the column and reason on the first fault.
bool rowToEncounter(const RowReader& row, ImportedEncounter* e, QString* field, QString* reason)
{
    auto fail = [&](const QString& column, const QString& why) {
        *field = column;
        *reason = why;
        return false;
    };
    e->encounterId = row.value(kEncounterId).trimmed();
    if (e->encounterId.isEmpty())
        return fail(kEncounterId, QStringLiteral("is required"));
    e->patientId = row.value(kPatientId).trimmed();
    if (e->patientId.isEmpty())
        return fail(kPatientId, QStringLiteral("is required"));
    e->patientName = row.value(kPatientName).trimmed();

    const QString date = row.value(kDate).trimmed();
    e->dateOfService = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
    if (!e->dateOfService.isValid())
        return fail(kDate, QStringLiteral("must be a real date YYYY-MM-DD, got \"%1\"").arg(date));

    const QString setting = row.value(kSetting).trimmed().toLower();
    if (setting == settingName(Setting::Outpatient))
        e->setting = Setting::Outpatient;
    else if (setting == settingName(Setting::Inpatient))
        e->setting = Setting::Inpatient;
    else
        return fail(kSetting, QStringLiteral("must be \"outpatient\" or \"inpatient\", got \"%1\"")
                                  .arg(row.value(kSetting).trimmed()));

    e->provider = row.value(kProvider).trimmed();
    const QString status = row.value(kStatus).trimmed().toLower();
    if (!status.isEmpty() && !statusFromName(status))
        return fail(kStatus,
                    QStringLiteral("unknown status \"%1\" (new, in progress, query sent, on hold, done)")
                        .arg(row.value(kStatus).trimmed()));
    e->status = status;

    const QStringList items = row.value(kCodes).split(u';');
    for (int i = 0; i < items.size(); ++i) {
        const QString code = items.at(i).trimmed();
        if (code.isEmpty())
            continue;
        if (!icd::looksLikeCode(code))
            return fail(
                kCodes,
                QStringLiteral("item %1 \"%2\" is not shaped like an ICD-10-CM code").arg(i + 1).arg(code));
        const QString dotted = icd::dotted(code);
        if (e->codes.contains(dotted))
            return fail(kCodes, QStringLiteral("%1 is listed twice").arg(dotted));
        e->codes.append(dotted);
    }
    e->note = row.value(kNote); // verbatim: spacing and line breaks in a note are the provider's
    return true;
}

} // namespace

QStringList encounterColumns()
{
    return {kEncounterId, kPatientId, kPatientName, kDate, kSetting, kProvider, kStatus, kCodes, kNote};
}

QStringList requiredEncounterColumns()
{
    return {kEncounterId, kPatientId, kDate, kSetting, kCodes};
}

namespace {

// Collects a file's data rows into a batch; each bad row becomes one problem naming file:line and,
// where it can, the column.
struct RowCollector
{
    const QString& fileName;
    const QHash<QString, int>& columns;
    qsizetype headerFields;
    ImportBatch& batch;
    QHash<QString, int> encounterLine;      // encounter_id -> line it was first seen on
    QHash<QString, qsizetype> patientIndex; // patient_id -> index in batch.patients

    void add(const Record& rec)
    {
        const QString where = QStringLiteral("%1:%2").arg(fileName).arg(rec.line);
        if (!rec.error.isEmpty()) {
            batch.problems.append(
                {where, QStringLiteral("column %1: %2").arg(rec.errorColumn).arg(rec.error), {}});
            return;
        }
        if (rec.fields.size() != headerFields) {
            batch.problems.append({where,
                                   QStringLiteral("row has %1 fields, the header has %2 (quote fields that "
                                                  "contain commas)")
                                       .arg(rec.fields.size())
                                       .arg(headerFields),
                                   {}});
            return;
        }
        ImportedEncounter e;
        QString field, reason;
        if (!rowToEncounter(RowReader{columns, rec.fields}, &e, &field, &reason)) {
            batch.problems.append({where, reason, field});
            return;
        }
        if (encounterLine.contains(e.encounterId)) {
            batch.problems.append({where,
                                   QStringLiteral("%1 already appears on line %2")
                                       .arg(e.encounterId)
                                       .arg(encounterLine.value(e.encounterId)),
                                   kEncounterId});
            return;
        }
        if (!notePatient(e, where))
            return;
        encounterLine.insert(e.encounterId, rec.line);
        e.source = where;
        batch.encounters.append(e);
    }

    // One patient per patient_id; a second row may fill in the name but not contradict it.
    bool notePatient(const ImportedEncounter& e, const QString& where)
    {
        const auto known = patientIndex.constFind(e.patientId);
        if (known == patientIndex.cend()) {
            patientIndex.insert(e.patientId, batch.patients.size());
            batch.patients.append(ImportedPatient{e.patientId, e.patientName, {}, {}});
            return true;
        }
        ImportedPatient& p = batch.patients[*known];
        if (p.name.isEmpty()) {
            p.name = e.patientName;
        } else if (!e.patientName.isEmpty() && e.patientName != p.name) {
            batch.problems.append({where,
                                   QStringLiteral("\"%1\" differs from \"%2\" given earlier for patient %3")
                                       .arg(e.patientName, p.name, e.patientId),
                                   kPatientName});
            return false;
        }
        return true;
    }
};

} // namespace

ImportBatch readEncounters(const QByteArray& bytes, const QString& fileName)
{
    ImportBatch batch;
    QString text;
    ImportProblem decodeProblem;
    if (!decodeUtf8(bytes, fileName, &text, &decodeProblem)) {
        batch.problems.append(decodeProblem);
        return batch;
    }
    const QList<Record> records = splitRecords(text);
    if (records.isEmpty()) {
        batch.problems.append({fileName + QStringLiteral(":1"),
                               QStringLiteral("empty file: a header line naming the columns is required"),
                               QStringLiteral("header")});
        return batch;
    }
    QHash<QString, int> columns;
    if (!readHeader(records.first(), fileName, &columns, &batch.problems))
        return batch;
    RowCollector rows{fileName, columns, records.first().fields.size(), batch, {}, {}};
    for (qsizetype r = 1; r < records.size(); ++r)
        rows.add(records.at(r));
    return batch;
}

QByteArray writeEncounters(const QList<ImportedEncounter>& encounters)
{
    QString out = encounterColumns().join(u',') + QStringLiteral("\r\n");
    for (const ImportedEncounter& e : encounters) {
        const QStringList fields{e.encounterId,
                                 e.patientId,
                                 e.patientName,
                                 e.dateOfService.toString(Qt::ISODate),
                                 settingName(e.setting),
                                 e.provider,
                                 e.status,
                                 e.codes.join(u';'),
                                 e.note};
        QStringList quoted;
        for (const QString& f : fields)
            quoted.append(quoteField(f));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace wcw::csv
