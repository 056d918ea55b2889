#pragma once
// Renders a wcw::CodeComparison as a side-by-side HTML table for QTextBrowser:
// rows that differ between the two codes are emphasised, inherited notes say where
// they come from, and the exclusions between the two codes are spelled out both ways.
#include "domain/CodeSearch.h"

#include <QPalette>
#include <QString>

namespace wcw::ui {

struct ComparisonHtml
{
    static QString render(const CodeComparison& c, const QPalette& palette);
    static QString renderMissing(const QString& a, const QString& b, const QDate& date);
    // Link target used for codes in the table ("code:M62.8"); the panel turns clicks into signals.
    static QString codeLink(const QString& code);
};

} // namespace wcw::ui
