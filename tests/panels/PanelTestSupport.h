#pragma once
// Helpers shared by the panel tests: screenshots to look at, and a fixed widget size.
#include <QString>
#include <QStringList>

class QWidget;

namespace wcw::test {

// Shows the widget at a realistic size, grabs it, and writes <build>/screenshots/panels/<name>.png.
// Returns the file path (empty when writing failed).
QString saveScreenshot(QWidget* widget, const QString& name, int width = 900, int height = 640);
// The same in a dark palette (<name>-dark.png): the panels must stay readable there too.
QString saveDarkScreenshot(QWidget* widget, const QString& name, int width = 900, int height = 640);
// Saves the screenshot as saveScreenshot() (or saveDarkScreenshot() when `dark`) and checks what
// the picture must show: it is not blank, and each text of `mustShow` is shown by a visible child
// widget (label, button, field, text view, tab, or a visible cell of an item view) whose part of
// the picture is not blank either. Returns the problems, one per line; empty when all is shown.
QString screenshotProblems(QWidget* widget, const QString& name, const QStringList& mustShow, int width = 900,
                           int height = 640, bool dark = false);
// <build>/screenshots/panels, created on first use.
QString screenshotDir();

} // namespace wcw::test
