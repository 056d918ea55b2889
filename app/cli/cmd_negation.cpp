// wcw-cli negation --jsonl: the note reader's negation, one sentence and term per line, so it can be
// measured against annotated negation corpora (NegEx-style: sentence, term, Negated/Affirmed).
// stdin  {"id":"1","sentence":"Patient denies weakness in the legs.","term":"weakness"}
// stdout {"id":"1","negated":true}   (plus "found":false when the term does not occur in the sentence)
#include "CliCommand.h"
#include "note/NoteReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <string>

namespace {

using namespace wcw::cli;

// Reads one line of stdin (without the newline); false at end of input.
bool readLine(QByteArray* line)
{
    line->clear();
    int c;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            return true;
        line->append(char(c));
    }
    return any;
}

QString lineError(qint64 number, const QString& message)
{
    return QStringLiteral("stdin line %1: %2").arg(number).arg(message);
}

int runNegation(Args& args)
{
    const bool jsonl = args.flag(QStringLiteral("jsonl"));
    if (const QString problem = args.problem(); !problem.isEmpty())
        return fail(BadInput, problem);
    if (!jsonl || !args.positionals().isEmpty())
        return fail(BadInput, QStringLiteral("usage: wcw-cli negation --jsonl < lines.jsonl"));
    const wcw::NoteReader reader;
    QByteArray line;
    qint64 number = 0;
    while (readLine(&line)) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(
                BadInput,
                lineError(number,
                          QStringLiteral("column %1: %2").arg(error.offset + 1).arg(error.errorString())));
        if (!doc.isObject())
            return fail(BadInput, lineError(number, QStringLiteral("expected a JSON object")));
        const QJsonObject in = doc.object();
        const QJsonValue id = in.value(QStringLiteral("id"));
        if (!id.isString() && !id.isDouble())
            return fail(BadInput,
                        lineError(number, QStringLiteral("field \"id\" must be a string or number")));
        for (const char* field : {"sentence", "term"}) {
            if (!in.value(QLatin1String(field)).isString())
                return fail(
                    BadInput,
                    lineError(number,
                              QStringLiteral("field \"%1\" must be a string").arg(QLatin1String(field))));
        }
        const auto c = reader.contextOf(in.value(QStringLiteral("sentence")).toString(),
                                        in.value(QStringLiteral("term")).toString());
        QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("negated"), c.negated}};
        if (!c.found)
            out.insert(QStringLiteral("found"), false);
        outJson(out);
    }
    std::fflush(stdout);
    return Ok;
}

} // namespace

WCW_CLI_COMMAND("negation", "negation --jsonl  (stdin {id,sentence,term} lines -> stdout {id,negated} lines)",
                runNegation);
