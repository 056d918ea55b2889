#include "domain/Finding.h"

namespace wcw {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<Severity> severityFromName(QStringView s)
{
    if (s == u"info")
        return Severity::Info;
    if (s == u"warning")
        return Severity::Warning;
    if (s == u"error")
        return Severity::Error;
    return std::nullopt;
}

} // namespace wcw
