#pragma once
// How the work store keeps findings, provider queries and audit snapshots as JSON text.
#include "domain/Finding.h"
#include "domain/Suggestion.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wcw::db {

QString jsonText(const QJsonObject& obj);
QString jsonText(const QJsonArray& arr);
QJsonObject jsonObject(const QString& text); // empty object when unreadable

QJsonObject storedFindingJson(const Finding& f);
Finding storedFinding(const QJsonObject& obj);
QJsonObject storedQueryJson(const ProviderQuery& q);
ProviderQuery storedQuery(const QJsonObject& obj);

} // namespace wcw::db
