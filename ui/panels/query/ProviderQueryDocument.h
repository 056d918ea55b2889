#pragma once
// A provider query as the provider receives it: plain text for the clipboard, HTML for
// the PDF, and the PDF itself (QPdfWriter). Kept apart from the editor so both output
// formats say exactly the same thing.
#include "domain/Suggestion.h"

#include <QDate>
#include <QString>

namespace wcw::ui {

// Who and what the query is about (printed in its header).
struct QueryContext
{
    QString encounterId;
    QString patientId;
    QString patientName;
    QDate dateOfService;
    QString provider;
    QString author; // the coder sending it
};

struct ProviderQueryDocument
{
    static QString plainText(const ProviderQuery& query, const QueryContext& context);
    static QString html(const ProviderQuery& query, const QueryContext& context);
    // Writes a one-page (or longer) PDF; false and *error set when the file cannot be written.
    static bool writePdf(const ProviderQuery& query, const QueryContext& context, const QString& path,
                         QString* error);
};

} // namespace wcw::ui
