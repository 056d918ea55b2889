#include "reference/CheckedReads.h"

#include "reference/ReferenceDb.h"

#include <QCoreApplication>

namespace wcw::ui {

Result<QList<SearchHit>> checkedSearch(const CodeSearch& search, const QString& text, int limit)
{
    if (const auto* db = dynamic_cast<const db::ReferenceDb*>(&search))
        return db->searchChecked(text, limit);
    return search.search(text, limit);
}

Result<std::optional<CodeRecord>> checkedRecord(const CodeFacts& facts, const QString& code, QDate dateOfService)
{
    if (const auto* db = dynamic_cast<const db::ReferenceDb*>(&facts))
        return db->readRecord(code, dateOfService);
    return facts.record(code, dateOfService);
}

Result<std::optional<CodeComparison>> checkedCompare(const CodeSearch& search, const QString& a, const QString& b,
                                                     QDate dateOfService)
{
    if (const auto* db = dynamic_cast<const db::ReferenceDb*>(&search))
        return db->compareChecked(a, b, dateOfService);
    return search.compare(a, b, dateOfService);
}

QString readErrorHtml(const Error& error)
{
    return QStringLiteral("<p style=\"color:#b00020\"><b>%1</b><br>%2</p>")
        .arg(QCoreApplication::translate("wcw::ui::CheckedReads", "The reference database could not be read."),
             error.text().toHtmlEscaped());
}

} // namespace wcw::ui
