#pragma once
// Shared by the reference commands (import, releases, lookup, search, compare): opening the
// reference database named by --db / $WCW_DB / the data folder, and the JSON shapes.
#include "CliCommand.h"
#include "CodeSearch.h"
#include "ReferenceDb.h"

#include <QJsonObject>
#include <memory>

namespace wcw::cli {

// Opens (and on a fresh machine seeds with the starter set) the reference database;
// nullptr after printing the error (exit BadInput).
std::unique_ptr<db::ReferenceDb> openReference(const QString& dbOption, bool seedStarter = true);
// --date YYYY-MM-DD, or today; invalid -> null date and *error.
QDate dateOption(Args& args, QString* error);

QJsonObject releaseJson(const Release& r);
QJsonObject recordJson(const CodeRecord& r);
QString recordText(const CodeRecord& r);

} // namespace wcw::cli
