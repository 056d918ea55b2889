#include "panels/history/VisitTimelineDelegate.h"

#include "common/StatusIcons.h"
#include "panels/history/VisitHistoryModel.h"

#include <QDate>
#include <QPainter>

namespace wcw::ui {

namespace {

constexpr int DateWidth = 118;
constexpr int LineX = DateWidth + 14;
constexpr int TextLeft = LineX + 22;
constexpr int Pad = 8;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QFont bold(QFont f)
{
    f.setBold(true);
    return f;
}

QFont small(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

} // namespace

QSize VisitTimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    // Three lines: encounter, code chips, documentation status.
    return {TextLeft + 360, Pad * 2 + fm.height() * 3 + 6 + 12};
}

int VisitTimelineDelegate::paintChips(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index, QPoint at, int right) const
{
    const QStringList codes = index.data(VisitHistoryModel::CodesRole).toStringList();
    const QStringList stale = index.data(VisitHistoryModel::StaleCodesRole).toStringList();
    const QFont chipFont = bold(option.font);
    const QFontMetrics fm(chipFont);
    const QPalette& pal = option.palette;
    int x = at.x();
    const int h = fm.height() + 4;
    for (const QString& code : codes) {
        const bool isStale = stale.contains(code);
        const QString label = isStale ? QStringLiteral("%1  \u26a0 stale").arg(code) : code;
        const int w = fm.horizontalAdvance(label) + 14;
        if (x + w > right && x > at.x())
            break; // the tooltip lists every code; the row stays one line high
        const QRectF chip(x + 0.5, at.y() + 0.5, w - 1, h - 1);
        const QColor edge = isStale ? StatusIcons::missingColor() : pal.color(QPalette::Mid);
        painter->setPen(QPen(edge, isStale ? 1.5 : 1));
        painter->setBrush(isStale ? mix(pal.color(QPalette::Base), StatusIcons::missingColor(), 0.12)
                                  : mix(pal.color(QPalette::Base), pal.color(QPalette::Button), 0.6));
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(isStale ? StatusIcons::missingColor() : pal.color(QPalette::Text));
        painter->setFont(chipFont);
        painter->drawText(chip, Qt::AlignCenter, label);
        x += w + 6;
    }
    return h;
}

void VisitTimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool current = index.data(VisitHistoryModel::CurrentRole).toBool();
    const QColor muted = mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    const QFontMetrics fm(option.font);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || current)
        painter->fillRect(
            r, mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), selected ? 0.18 : 0.07));
    paintDate(painter, option, index, muted);
    paintNode(painter, option, index, muted);
    QPoint at(r.left() + TextLeft, r.top() + Pad);
    paintEncounterLine(painter, option, index, at);
    at.ry() += fm.height() + 4;
    at.ry() += paintChips(painter, option, index, at, r.right() - Pad) + 4;
    paintStatus(painter, option, index, at, muted);
    painter->restore();
}

// The date column: the visit's date, and under it the gap since the visit before.
void VisitTimelineDelegate::paintDate(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index, const QColor& muted) const
{
    const QRect r = option.rect;
    const QFontMetrics fm(option.font);
    const int gap = index.data(VisitHistoryModel::DaysSincePreviousRole).toInt();
    painter->setPen(option.palette.color(QPalette::Text));
    painter->setFont(bold(option.font));
    const QDate date = index.data(VisitHistoryModel::DateRole).toDate();
    painter->drawText(QRect(r.left() + Pad, r.top() + Pad, DateWidth - Pad, fm.height()), Qt::AlignLeft,
                      date.toString(Qt::ISODate));
    painter->setPen(muted);
    painter->setFont(small(option.font));
    const QString since = gap < 0 ? tr("first visit") : gap == 1 ? tr("+1 day") : tr("+%1 days").arg(gap);
    painter->drawText(QRect(r.left() + Pad, r.top() + Pad + fm.height() + 2, DateWidth - Pad, fm.height()),
                      Qt::AlignLeft, since);
}

// Timeline: the line joins the nodes; it stops at the first and last visit.
void VisitTimelineDelegate::paintNode(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index, const QColor& muted) const
{
    const QPalette& pal = option.palette;
    const QRect r = option.rect;
    const bool current = index.data(VisitHistoryModel::CurrentRole).toBool();
    const bool progression = index.data(VisitHistoryModel::ProgressionRole).toBool();
    const bool stale = !index.data(VisitHistoryModel::StaleCodesRole).toStringList().isEmpty();
    const int nodeY = r.top() + Pad + QFontMetrics(option.font).height() / 2;
    painter->setPen(QPen(pal.color(QPalette::Mid), 2));
    const int top = index.row() == 0 ? nodeY : r.top();
    const int bottom = index.row() == index.model()->rowCount() - 1 ? nodeY : r.bottom() + 1;
    painter->drawLine(QPoint(r.left() + LineX, top), QPoint(r.left() + LineX, bottom));
    const QColor node = stale         ? StatusIcons::missingColor()
                        : progression ? StatusIcons::presentColor()
                                      : muted;
    painter->setPen(QPen(pal.color(QPalette::Base), 2));
    painter->setBrush(node);
    const int radius = current ? 8 : 6;
    painter->drawEllipse(QPoint(r.left() + LineX, nodeY), radius, radius);
}

// The encounter id, and "this encounter" beside the one open in the workspace.
void VisitTimelineDelegate::paintEncounterLine(QPainter* painter, const QStyleOptionViewItem& option,
                                               const QModelIndex& index, QPoint at) const
{
    const QPalette& pal = option.palette;
    const QFontMetrics fm(option.font);
    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(bold(option.font));
    const QString encounter = index.data(VisitHistoryModel::EncounterIdRole).toString();
    painter->drawText(QPoint(at.x(), at.y() + fm.ascent()), encounter);
    if (index.data(VisitHistoryModel::CurrentRole).toBool()) {
        painter->setPen(pal.color(QPalette::Highlight));
        painter->setFont(small(option.font));
        painter->drawText(QPoint(at.x() + QFontMetrics(bold(option.font)).horizontalAdvance(encounter) + 10,
                                 at.y() + fm.ascent()),
                          tr("this encounter"));
    }
}

// What the note documented at this visit.
void VisitTimelineDelegate::paintStatus(QPainter* painter, const QStyleOptionViewItem& option,
                                        const QModelIndex& index, QPoint at, const QColor& muted) const
{
    const QRect r = option.rect;
    const QFontMetrics fm(option.font);
    const bool progression = index.data(VisitHistoryModel::ProgressionRole).toBool();
    const bool stale = !index.data(VisitHistoryModel::StaleCodesRole).toStringList().isEmpty();
    QString status = progression ? tr("\u2713 Progression or re-evaluation documented")
                                 : tr("No progression or re-evaluation documented");
    if (index.data(VisitHistoryModel::DefinitiveDxRole).toBool())
        status += tr("  \u00b7  definitive diagnosis coded");
    painter->setPen(progression ? StatusIcons::presentColor() : stale ? StatusIcons::missingColor() : muted);
    painter->setFont(small(option.font));
    const int x = at.x();
    painter->drawText(QRect(x, at.y(), r.right() - x - Pad, fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(status, Qt::ElideRight, r.right() - x - Pad));
}

} // namespace wcw::ui
