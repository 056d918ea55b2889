#pragma once
// The header lines of a note ("A/P:", "ROS:"): where each starts and the section it opens.
// Exposed for the tests, which hold the plain comparison used for ASCII notes to the pattern.
#include "note/NoteEvidence.h"
#include "rules/TextWords.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace wcw::rules {

// Start offsets (the line start) and sections, as a global match of headerLinePattern() finds them.
QList<QPair<int, NoteSection>> headerLines(const QString& note, TextKind kind);
// The pattern itself: ^[ \t]*(word|word|...)[ \t]*: (caseless, multiline), group 1 the word.
const QRegularExpression& headerLinePattern();
// The section a header word (group 1 of the pattern) opens.
NoteSection headerSection(QStringView word);

} // namespace wcw::rules
