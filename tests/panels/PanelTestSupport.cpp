#include "PanelTestSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPalette>
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

QString saveDarkScreenshot(QWidget* widget, const QString& name, int width, int height)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Mid, QColor(90, 90, 96));
    dark.setColor(QPalette::Highlight, QColor(64, 128, 200));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(120, 170, 255));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    const QString path = saveScreenshot(widget, name + QStringLiteral("-dark"), width, height);
    QApplication::setPalette(before);
    return path;
}

} // namespace wcw::test
