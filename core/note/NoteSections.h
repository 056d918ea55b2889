#pragma once
// Finds section headers ("CC:", "HPI:", "S:", "ROS:", "PE:", "A/P:", "Imp:", "PMH:", "Addendum:")
// at the start of a line or sentence and gives every sentence its section.
#include "note/NoteText.h"

namespace wcw::note {

// Sets Sentence::section for every sentence of text; appends each header as written to headers.
void assignSections(NoteText& text, QList<EvidenceSpan>* headers);

} // namespace wcw::note
