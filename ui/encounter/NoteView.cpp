#include "encounter/NoteView.h"

#include "common/Theme.h"

#include <QHelpEvent>
#include <QPalette>
#include <QToolTip>

namespace wcw::ui {

QString describeMention(const Mention& m)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(m.kind.toHtmlEscaped())};
    QStringList flags;
    if (m.negated)
        flags << NoteView::tr("negated");
    if (m.historical)
        flags << NoteView::tr("historical");
    if (m.uncertain)
        flags << NoteView::tr("uncertain");
    if (!flags.isEmpty())
        lines << flags.join(QStringLiteral(", "));
    if (m.section != NoteSection::Unknown)
        lines << NoteView::tr("section: %1").arg(noteSectionId(m.section));
    for (auto it = m.attributes.cbegin(); it != m.attributes.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

NoteView::NoteView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setObjectName(QStringLiteral("note"));
    setAccessibleName(tr("Provider note"));
}

void NoteView::setNote(const QString& note)
{
    setPlainText(note);
    m_evidence = {};
    rebuildHighlights();
}

void NoteView::setEvidence(const NoteEvidence& evidence)
{
    m_evidence = evidence;
    rebuildHighlights();
}

void NoteView::rebuildHighlights()
{
    m_marks.clear();
    const int length = document()->characterCount() - 1;
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (const Mention& m : m_evidence.mentions) {
        if (m.span.start < 0 || m.span.end > length || m.span.start >= m.span.end)
            continue; // spans from another note version: ignore rather than mark the wrong words
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(m.span.start);
        mark.cursor.setPosition(m.span.end, QTextCursor::KeepAnchor);
        if (m.negated || m.historical) {
            mark.format.setForeground(muted);
            mark.format.setFontStrikeOut(m.negated);
            mark.format.setFontItalic(m.historical);
        } else {
            mark.format.setBackground(Theme::evidenceBackground(m.kind));
        }
        if (m.uncertain) {
            mark.format.setUnderlineStyle(QTextCharFormat::DotLine);
            mark.format.setUnderlineColor(Theme::severityColor(Severity::Warning));
        }
        m_marks << mark;
    }
    setExtraSelections(m_marks);
}

void NoteView::showSpan(int start, int end)
{
    const int length = document()->characterCount() - 1;
    if (start < 0 || end > length || start >= end)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

QString NoteView::describeAt(int position) const
{
    QStringList parts;
    for (const Mention& m : m_evidence.mentions) {
        if (position >= m.span.start && position < m.span.end)
            parts << describeMention(m);
    }
    return parts.join(QStringLiteral("<hr>"));
}

bool NoteView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const QString text = describeAt(cursorForPosition(inViewport).position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace wcw::ui
