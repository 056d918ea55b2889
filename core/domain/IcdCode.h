#pragma once
// Spelling of ICD-10-CM codes. The tabular writes "R53.1", the order file "R531",
// coders type "r531" or "R53.1 ". Everything in wcw compares the compact form and
// shows the dotted one.
#include <QString>

namespace wcw::icd {

// Upper-case, no dot, no surrounding space: "r53.1 " -> "R531".
QString compact(QStringView code);
// Dot after the third character when longer than three: "R531" -> "R53.1".
QString dotted(QStringView code);
// Plausible ICD-10-CM shape (letter, two alphanumerics, optional 1-4 more); says nothing about existence.
bool looksLikeCode(QStringView code);

} // namespace wcw::icd
