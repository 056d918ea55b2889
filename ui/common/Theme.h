#pragma once
// Light or dark palette for the whole application, and the colours findings and evidence use
// (chosen to read on both).
#include "domain/Finding.h"

#include <QColor>

namespace wcw::ui {

class Theme
{
public:
    static void apply(bool dark);
    static bool isDark();
    static QColor severityColor(Severity severity);
    static QColor evidenceBackground(const QString& mentionKind);
};

} // namespace wcw::ui
