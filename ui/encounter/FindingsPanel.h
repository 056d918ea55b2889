#pragma once
// The findings of the opened encounter. Selecting one shows its evidence in the note;
// Ctrl+. (or Enter) applies its one-key fix through the session's undo stack.
#include <QWidget>

class QLabel;
class QListView;

namespace wcw::ui {

class EncounterSession;
class FindingsModel;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(EncounterSession& session, QWidget* parent = nullptr);

    // Applies the fix of the selected finding, else of the first finding that has one.
    bool applyFix();
    QListView* list() const { return m_list; }
    FindingsModel* model() const { return m_model; }

signals:
    void evidenceRequested(int start, int end);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showEvidence(const QModelIndex& index);
    void updateHeading();

    EncounterSession& m_session;
    FindingsModel* m_model;
    QLabel* m_heading;
    QListView* m_list;
};

} // namespace wcw::ui
