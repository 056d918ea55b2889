#include "common/StatusIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace wcw::ui::StatusIcons {

namespace {

// Painted at 2x and scaled down by QIcon: crisp on high-DPI screens.
QPixmap canvas()
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    return pm;
}

} // namespace

QColor presentColor()
{
    return QColor(46, 125, 50);
}

QColor missingColor()
{
    return QColor(198, 40, 40);
}

QColor warningColor()
{
    return QColor(230, 145, 0);
}

QIcon present()
{
    QPixmap pm = canvas();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(presentColor());
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath tick;
    tick.moveTo(9, 16.5);
    tick.lineTo(14, 21.5);
    tick.lineTo(23, 11);
    p.setBrush(Qt::NoBrush);
    p.drawPath(tick);
    return QIcon(pm);
}

QIcon missing()
{
    QPixmap pm = canvas();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(missingColor(), 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(3, 3, 26, 26));
    p.setPen(QPen(missingColor(), 3.5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(11, 11), QPointF(21, 21));
    p.drawLine(QPointF(21, 11), QPointF(11, 21));
    return QIcon(pm);
}

QIcon warning()
{
    QPixmap pm = canvas();
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(warningColor());
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(16, 8.5), QPointF(16, 18));
    p.drawPoint(QPointF(16, 23.5));
    return QIcon(pm);
}

} // namespace wcw::ui::StatusIcons
