#pragma once
// The provider's note, read-only, with the evidence the rules found highlighted by kind
// (weakness warm, fatigue/malaise cool). Negated mentions are struck through and grey,
// historical ones grey and italic, uncertain ones underlined with dots. Hovering a mention
// shows what the reader found about it.
#include "note/NoteEvidence.h"

#include <QPlainTextEdit>

namespace wcw::ui {

class NoteView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NoteView(QWidget* parent = nullptr);

    void setNote(const QString& note);
    void setEvidence(const NoteEvidence& evidence);
    const NoteEvidence& evidence() const { return m_evidence; }
    // Selects [start, end) and scrolls to it (a finding's evidence clicked).
    void showSpan(int start, int end);
    // What a tooltip at this character offset says; empty when no mention covers it.
    QString describeAt(int position) const;

protected:
    bool event(QEvent* event) override;

private:
    void rebuildHighlights();

    NoteEvidence m_evidence;
    QList<QTextEdit::ExtraSelection> m_marks;
};

QString describeMention(const Mention& mention);

} // namespace wcw::ui
