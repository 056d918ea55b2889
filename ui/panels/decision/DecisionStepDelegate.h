#pragma once
// Paints one decision-tree step as a card: step number, question, the chosen answer as a
// chip with the other answers' count, where the answer came from (note or coder), the
// evidence quote and the guideline citation. Text wraps to the view's width.
#include <QStyledItemDelegate>

namespace wcw::ui {

class DecisionStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
};

} // namespace wcw::ui
