#pragma once
// Encounter cases in the format of ../shared/cases/weakness-cases.jsonl: one encounter per line
// with an "expect" member that is removed before the encounter reaches the tool.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wcw::test {

struct RuleCase
{
    QString source;        // "weakness-cases.jsonl:12"
    QJsonObject encounter; // without "expect"
    QStringList findings;  // expected rule ids (exact set)
    QString suggestFirst;  // empty = a provider query is the right outcome
    bool query = false;
};

// All cases of a JSONL file; *error names the file and line on a malformed line.
QList<RuleCase> readCases(const QString& path, QString* error);

} // namespace wcw::test
