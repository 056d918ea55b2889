#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace wcw::ui {

namespace {
bool g_dark = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7c, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7c, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7c, 0x80));
    return p;
}
} // namespace

void Theme::apply(bool dark)
{
    g_dark = dark;
    // Fusion draws the palette faithfully on every platform.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool Theme::isDark()
{
    return g_dark;
}

QColor Theme::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return g_dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d);
    case Severity::Warning:
        return g_dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x5b, 0x00);
    case Severity::Info:
        return g_dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x1f, 0x5f, 0xa8);
    }
    return {};
}

QColor Theme::evidenceBackground(const QString& kind)
{
    // Weakness family warm, fatigue/malaise cool, everything else neutral.
    const bool weakness = kind.contains(QStringLiteral("weak")) || kind == QStringLiteral("hemiparesis") ||
                          kind == QStringLiteral("facial-droop") || kind == QStringLiteral("strength-grade");
    const bool tiredness = kind == QStringLiteral("fatigue") || kind == QStringLiteral("malaise") ||
                           kind == QStringLiteral("exertion");
    if (g_dark)
        return weakness    ? QColor(0x6b, 0x4a, 0x12)
               : tiredness ? QColor(0x1d, 0x4f, 0x6e)
                           : QColor(0x44, 0x3d, 0x6b);
    return weakness    ? QColor(0xff, 0xe3, 0xa8)
           : tiredness ? QColor(0xc9, 0xe8, 0xff)
                       : QColor(0xe4, 0xdc, 0xff);
}

} // namespace wcw::ui
