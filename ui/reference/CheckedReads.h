#pragma once
// The widgets hold the reference as the domain interfaces (CodeSearch, CodeFacts), whose answers
// cannot carry an Error: a failed read there looks like "no such code" or "no match". These ask
// the reference database's checked forms when that is the object behind the interface, so the
// widget can show the Error's text instead of an empty view. Any other implementation (the test
// doubles, the starter-set facts) cannot fail and is asked as usual.
#include "domain/CodeFacts.h"
#include "domain/CodeSearch.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace wcw::ui {

Result<QList<SearchHit>> checkedSearch(const CodeSearch& search, const QString& text, int limit);
Result<std::optional<CodeRecord>> checkedRecord(const CodeFacts& facts, const QString& code, QDate dateOfService);
Result<std::optional<CodeComparison>> checkedCompare(const CodeSearch& search, const QString& a, const QString& b,
                                                     QDate dateOfService);

// The Error as one HTML paragraph for the detail views (escaped: the text quotes the database).
QString readErrorHtml(const Error& error);

} // namespace wcw::ui
