#pragma once
// Plain text from a FHIR narrative (the XHTML <div> of Resource.text or Composition.section.text).
#include <QString>

namespace wcw::fhir {

// Tags dropped, entities decoded, block elements (p, div, br, li, tr, h1-h6) become line breaks,
// source indentation collapsed. Returns false with *error when the div is not well-formed XHTML.
bool narrativeText(const QString& div, QString* text, QString* error);

} // namespace wcw::fhir
