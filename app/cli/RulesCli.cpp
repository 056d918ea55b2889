#include "RulesCli.h"

#include "interchange/EncounterJson.h"

#include <QFile>

namespace wcw::cli {

bool readEncounter(const QString& source, Encounter* out)
{
    QFile file;
    const bool stdinSource = source == u"-";
    if (stdinSource ? !file.open(stdin, QIODevice::ReadOnly)
                    : (file.setFileName(source), !file.open(QIODevice::ReadOnly))) {
        fail(BadInput, QStringLiteral("%1: cannot be read: %2").arg(source, file.errorString()));
        return false;
    }
    JsonError error;
    if (!encounterFromJson(file.readAll(), out, &error)) {
        fail(BadInput,
             (stdinSource ? QStringLiteral("stdin") : source) + QStringLiteral(": ") + error.toString());
        return false;
    }
    return true;
}

} // namespace wcw::cli
