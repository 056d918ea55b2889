// wcw-cli evidence FILE|- [--text]: what the note reader sees in a note (mentions, negation,
// sections, attributes, causes, cues) as JSON. FILE is an encounter JSON (its "note" is read)
// or, with --text, the note itself.
#include "CliCommand.h"
#include "interchange/EncounterJson.h"
#include "note/NoteEvidenceJson.h"
#include "note/NoteReader.h"

#include <QFile>
#include <QJsonDocument>

namespace {

using namespace wcw::cli;

int runEvidence(Args& args)
{
    const bool text = args.flag(QStringLiteral("text"));
    args.flag(QStringLiteral("json")); // JSON is the only output; accepted for symmetry with check
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    const QStringList pos = args.positionals();
    if (pos.size() != 1)
        return fail(BadInput, QStringLiteral("usage: wcw-cli evidence FILE|- [--text]"));
    QFile file;
    const bool opened = pos.first() == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                            : (file.setFileName(pos.first()), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(BadInput, pos.first() + QStringLiteral(": cannot open: ") + file.errorString());
    const QByteArray bytes = file.readAll();
    QString note;
    if (text) {
        note = QString::fromUtf8(bytes);
    } else {
        wcw::Encounter e;
        wcw::JsonError error;
        if (!wcw::encounterFromJson(bytes, &e, &error))
            return fail(BadInput, pos.first() + QStringLiteral(": ") + error.toString());
        note = e.note;
    }
    outJson(wcw::noteEvidenceToJson(wcw::NoteReader().read(note)));
    return Ok;
}

} // namespace

WCW_CLI_COMMAND("evidence", "evidence FILE|- [--text]  (what the note reader finds in a note, as JSON)",
                runEvidence);
