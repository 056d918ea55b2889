#include "domain/Release.h"

namespace wcw {

QString releaseKindName(ReleaseKind kind)
{
    switch (kind) {
    case ReleaseKind::Full:
        return QStringLiteral("full");
    case ReleaseKind::OrderOnly:
        return QStringLiteral("order-only");
    case ReleaseKind::Starter:
        return QStringLiteral("starter");
    }
    return {};
}

} // namespace wcw
