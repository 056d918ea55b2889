#pragma once
// What a check reports about an encounter. Rule ids are fixed by ../shared/docs/contract.md.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wcw {

enum class Severity { Info, Warning, Error };
QString severityName(Severity s);                       // "info" | "warning" | "error"
std::optional<Severity> severityFromName(QStringView s);

// A span of the note, [start, end) in QString (UTF-16) offsets.
struct EvidenceSpan
{
    QString quote;
    int start = 0;
    int end = 0;
};

// A one-key fix a rule can propose (the GUI applies it through its undo stack).
struct CodeFix
{
    enum class Kind { Replace, Remove, Add, MoveFirst };
    Kind kind = Kind::Replace;
    QString code;        // the assigned code acted on (Replace/Remove/MoveFirst)
    QString replacement; // the new code (Replace/Add)
    QString label;       // "Replace R53.1 by M62.81"
};

struct Finding
{
    QString rule; // e.g. "r531-vs-m6281"
    Severity severity = Severity::Warning;
    QStringList codes; // dotted
    QString message;   // plain language, cites the guideline or tabular note
    QString guideline; // the citation alone, e.g. "OCG I.A.12.a"
    QList<EvidenceSpan> evidence;
    std::optional<CodeFix> fix;
};

} // namespace wcw
