#pragma once
// The documentation checklist for the open encounter: every item present or missing with
// the note text that documents it, and a completeness bar ("7 / 12 documented").
// Clicking an item or its evidence (or Enter on it) emits evidenceActivated() so the
// workspace can select that span in the note.
#include "domain/Suggestion.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QProgressBar;
class QTreeView;

namespace wcw::ui {

class ChecklistModel;

class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget* parent = nullptr);

    void setChecklist(const Checklist& checklist);
    ChecklistModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QString scoreText() const;
    QString missingText() const;

signals:
    void evidenceActivated(int start, int end); // [start, end) in the note

private:
    void activate(const QModelIndex& index);

    ChecklistModel* m_model;
    QTreeView* m_view;
    QProgressBar* m_score;
    QLabel* m_missing;
};

} // namespace wcw::ui
