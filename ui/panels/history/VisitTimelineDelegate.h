#pragma once
// Paints one visit of the visit-history timeline: the date and the gap since the last
// visit, a node on a vertical line (red when a symptom code was carried forward stale,
// green when progression was documented), the codes as chips (stale ones marked) and
// what the note documented.
#include <QStyledItemDelegate>

namespace wcw::ui {

class VisitTimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintDate(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                   const QColor& muted) const;
    void paintNode(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                   const QColor& muted) const;
    void paintEncounterLine(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                            QPoint at) const;
    int paintChips(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index, QPoint at,
                   int right) const;
    void paintStatus(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index, QPoint at,
                     const QColor& muted) const;
};

} // namespace wcw::ui
