#pragma once
// Shared by the reference commands (import, releases, lookup, search, compare): opening the
// reference database named by --db / $WCW_DB / the data folder, and the JSON shapes.
#include "CliCommand.h"
#include "domain/CodeSearch.h"
#include "reference/ReferenceDb.h"

#include <QJsonObject>
#include <memory>
#include <optional>

namespace wcw::cli {

// Opens (and on a fresh machine seeds with the starter set) the reference database;
// nullptr after printing the error (exit BadInput).
std::unique_ptr<db::ReferenceDb> openReference(const QString& dbOption, bool seedStarter = true);
// --date YYYY-MM-DD: nullopt when absent; an invalid one gives a null date and *error.
std::optional<QDate> dateOption(Args& args, QString* error);
// The date lookup and compare answer for: the --date asked, else today; and when nothing was
// asked and no imported release covers today, the first day of the newest release.
QDate answerDate(const db::ReferenceDb& ref, const std::optional<QDate>& asked);
// After questions asked through the unchecked interfaces (the rules ask CodeFacts): true after
// printing the first failed read, naming the file (exit BadInput), so a broken database never
// passes for "no such code" or "no findings".
bool reportReadError(const db::ReferenceDb& ref);

QJsonObject releaseJson(const Release& r);
QJsonObject recordJson(const CodeRecord& r);
QString recordText(const CodeRecord& r);

} // namespace wcw::cli
