#pragma once
// Renders one code's full record for the code browser: title, billable, release, parent
// chain, every tabular note grouped by kind (inherited notes say which category, block or
// chapter declares them), the codes each note points to as links, and the index entries.
#include "domain/CodeFacts.h"

#include <QString>

namespace wcw::ui {

struct CodeDetailsHtml
{
    static QString render(const CodeRecord& record);
    static QString notFound(const QString& code, const QDate& date);
    static QString kindLabel(const QString& kind); // "excludes1" -> "Excludes1"
};

} // namespace wcw::ui
