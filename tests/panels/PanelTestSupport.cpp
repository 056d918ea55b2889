#include "PanelTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace wcw::test {

QString screenshotDir()
{
    const QString dir = QStringLiteral(WCW_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

QString saveScreenshot(QWidget* widget, const QString& name, int width, int height)
{
    widget->resize(width, height);
    widget->show();
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(WCW_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

} // namespace wcw::test
