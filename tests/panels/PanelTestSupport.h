#pragma once
// Helpers shared by the panel tests: screenshots to look at, and a fixed widget size.
#include <QString>

class QWidget;

namespace wcw::test {

// Shows the widget at a realistic size, grabs it, and writes <build>/screenshots/panels/<name>.png.
// Returns the file path (empty when writing failed).
QString saveScreenshot(QWidget* widget, const QString& name, int width = 900, int height = 640);
// The same in a dark palette (<name>-dark.png): the panels must stay readable there too.
QString saveDarkScreenshot(QWidget* widget, const QString& name, int width = 900, int height = 640);
// <build>/screenshots/panels, created on first use.
QString screenshotDir();

} // namespace wcw::test
