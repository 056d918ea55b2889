#pragma once
// NoteEvidence as JSON, for `wcw-cli evidence` and for tools that want to see what the reader saw.
#include "note/NoteEvidence.h"

#include <QJsonObject>

namespace wcw {

QJsonObject evidenceSpanToJson(const EvidenceSpan& s);
QJsonObject mentionToJson(const Mention& m);
QJsonObject noteEvidenceToJson(const NoteEvidence& e);

} // namespace wcw
