#pragma once
// Provider queries that follow the AHIMA/ACDIS "Guidelines for Achieving a Compliant Query
// Practice": the clinical indicators quoted from the record, a clear question that does not lead,
// multiple-choice options that include "Other (please specify)" and "Unable to determine", and no
// word about payment. The wording lives in resources/rules/queries.json.
#include "domain/Suggestion.h"

#include <QJsonObject>
#include <QString>

namespace wcw {

class NoteFacts;

class ProviderQueryBuilder
{
public:
    ProviderQueryBuilder(); // reads :/rules/queries.json once
    // topic: a conflict fact name ("location-conflict", ...) or a decision-tree node id.
    ProviderQuery build(const QString& topic, const NoteFacts& chart) const;

    static const QString kOther;        // "Other (please specify)"
    static const QString kUndetermined; // "Unable to determine"

private:
    QJsonObject m_templates;
};

} // namespace wcw
