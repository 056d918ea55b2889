#include "panels/decision/DecisionStepDelegate.h"

#include "panels/decision/DecisionPathModel.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPainterPath>

namespace wcw::ui {

namespace {

constexpr int Pad = 10;
constexpr int Badge = 26; // step number disc
constexpr int Gap = 4;

QFont boldOf(QFont f)
{
    f.setBold(true);
    return f;
}

QFont smallOf(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

QFont italicOf(QFont f)
{
    f.setItalic(true);
    return f;
}

int wrappedHeight(const QFont& font, const QString& text, int width)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

struct DecisionStepDelegate::Layout
{
    QString question, chip, source, evidence, guideline;
    QRect badge, questionRect, chipRect, sourceRect, evidenceRect, guidelineRect;
    QFont questionFont, chipFont, smallFont, evidenceFont;
    int height = 0;
};

DecisionStepDelegate::Layout DecisionStepDelegate::layout(const QStyleOptionViewItem& option,
                                                          const QModelIndex& index, int width) const
{
    Layout l;
    const QFont base = option.font;
    l.questionFont = boldOf(base);
    l.chipFont = boldOf(base);
    l.smallFont = smallOf(base);
    l.evidenceFont = italicOf(base);

    const bool fromCoder = index.data(DecisionPathModel::FromCoderRole).toBool();
    const QStringList options = index.data(DecisionPathModel::OptionLabelsRole).toStringList();
    const int at = index.data(DecisionPathModel::OptionIndexRole).toInt();
    l.question = index.data(DecisionPathModel::QuestionRole).toString();
    const QString answer = index.data(DecisionPathModel::AnswerLabelRole).toString();
    l.chip = options.size() > 1 ? QStringLiteral("\u25c2  %1  \u25b8").arg(answer) : answer;
    l.source = fromCoder ? tr("answered by the coder") : tr("from the note");
    if (options.size() > 1)
        l.source += tr("  \u00b7  answer %1 of %2").arg(at + 1).arg(options.size());
    const QString evidence = index.data(DecisionPathModel::EvidenceRole).toString();
    l.evidence = evidence.isEmpty() || fromCoder ? QString() : QStringLiteral("\u201c%1\u201d").arg(evidence);
    const QString guideline = index.data(DecisionPathModel::GuidelineRole).toString();
    l.guideline = guideline.isEmpty() ? QString() : tr("Guideline: %1").arg(guideline);

    const int left = Pad + Badge + Pad;
    const int textWidth = qMax(120, width - left - Pad);
    int y = Pad;
    l.badge = QRect(Pad, Pad, Badge, Badge);
    l.questionRect = QRect(left, y, textWidth, wrappedHeight(l.questionFont, l.question, textWidth));
    y = l.questionRect.bottom() + 1 + Gap + 2;
    const QFontMetrics chipMetrics(l.chipFont);
    l.chipRect = QRect(left, y, chipMetrics.horizontalAdvance(l.chip) + 16, chipMetrics.height() + 6);
    const int sourceLeft = l.chipRect.right() + 1 + Pad;
    const int sourceWidth = qMax(80, left + textWidth - sourceLeft);
    l.sourceRect = QRect(sourceLeft, y + 3, sourceWidth, wrappedHeight(l.smallFont, l.source, sourceWidth));
    y = qMax(l.chipRect.bottom(), l.sourceRect.bottom()) + 1 + Gap;
    l.evidenceRect = QRect(left, y, textWidth, wrappedHeight(l.evidenceFont, l.evidence, textWidth));
    if (!l.evidence.isEmpty())
        y = l.evidenceRect.bottom() + 1 + Gap;
    l.guidelineRect = QRect(left, y, textWidth, wrappedHeight(l.smallFont, l.guideline, textWidth));
    if (!l.guideline.isEmpty())
        y = l.guidelineRect.bottom() + 1;
    l.height = y + Pad;
    return l;
}

QSize DecisionStepDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    int width = option.rect.width();
    // Fill the row: the view's width less the list spacing on both sides, so no horizontal scroll bar.
    if (const auto* view = qobject_cast<const QListView*>(option.widget))
        width = view->viewport()->width() - 2 * view->spacing() - 1;
    return {width, layout(option, index, qMax(width, 240)).height};
}

void DecisionStepDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const Layout l = layout(option, index, option.rect.width());
    const QPalette& pal = option.palette;
    const bool current = option.state & QStyle::State_HasFocus || option.state & QStyle::State_Selected;
    const bool fromCoder = index.data(DecisionPathModel::FromCoderRole).toBool();
    const QColor accent = fromCoder ? QColor(123, 31, 162) : pal.color(QPalette::Highlight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());

    // Card background; the current step gets the accent border keyboard users follow.
    const QRectF card = QRectF(2, 2, option.rect.width() - 4, option.rect.height() - 4);
    painter->setPen(QPen(current ? accent : pal.color(QPalette::Mid), current ? 2 : 1));
    painter->setBrush(current ? mix(pal.color(QPalette::Base), accent, 0.08) : pal.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(l.badge);
    painter->setPen(pal.color(QPalette::HighlightedText));
    painter->setFont(boldOf(option.font));
    painter->drawText(l.badge, Qt::AlignCenter, index.data(DecisionPathModel::StepNumberRole).toString());

    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(l.questionFont);
    painter->drawText(l.questionRect, Qt::TextWordWrap, l.question);

    painter->setPen(QPen(accent, 1));
    painter->setBrush(mix(pal.color(QPalette::Base), accent, 0.15));
    painter->drawRoundedRect(QRectF(l.chipRect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(l.chipFont);
    painter->drawText(l.chipRect, Qt::AlignCenter, l.chip);

    const QColor muted = mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.4);
    painter->setPen(fromCoder ? accent : muted);
    painter->setFont(l.smallFont);
    painter->drawText(l.sourceRect, Qt::TextWordWrap, l.source);

    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(l.evidenceFont);
    painter->drawText(l.evidenceRect, Qt::TextWordWrap, l.evidence);

    painter->setPen(muted);
    painter->setFont(l.smallFont);
    painter->drawText(l.guidelineRect, Qt::TextWordWrap, l.guideline);
    painter->restore();
}

} // namespace wcw::ui
