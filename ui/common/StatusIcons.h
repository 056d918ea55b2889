#pragma once
// Small painted status marks (documented, missing, warning) used by the panels, so they
// look the same in light and dark palettes and on every platform style.
#include <QIcon>

namespace wcw::ui::StatusIcons {

QIcon present(); // green disc with a check mark
QIcon missing(); // red ring with a cross
QIcon warning(); // amber disc with an exclamation mark

QColor presentColor();
QColor missingColor();
QColor warningColor();

} // namespace wcw::ui::StatusIcons
