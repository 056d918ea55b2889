#pragma once
// The encounter JSON of ../shared/docs/contract.md, in and out.
// Errors name the field ("history[2].date_of_service") so a coder can fix the file.
#include "domain/Encounter.h"

#include <QJsonObject>
#include <QString>

namespace wcw {

struct JsonError
{
    QString field;   // JSON path of the offending member, e.g. "codes[1]"
    QString message; // "must be a date YYYY-MM-DD"
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

// Parses one encounter object. Unknown members (e.g. a test case's "expect") are ignored.
// Returns false and fills *error on the first problem.
bool encounterFromJson(const QJsonObject& obj, Encounter* out, JsonError* error);
// Parses a whole document (one object). Malformed JSON reports the byte offset.
bool encounterFromJson(const QByteArray& json, Encounter* out, JsonError* error);

QJsonObject encounterToJson(const Encounter& e);

} // namespace wcw
