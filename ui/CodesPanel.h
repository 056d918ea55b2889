#pragma once
// Assigned codes in sequence, with an "add code" box that searches the reference database
// as the coder types. Edits go to the EncounterSession (undoable, persisted there).
#include <QWidget>

class QLineEdit;
class QListView;
class QCompleter;

namespace wcw::ui {

class AssignedCodesModel;
class CodeSearchModel;
class EncounterSession;

class CodesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CodesPanel(EncounterSession& session, QWidget* parent = nullptr);

    void focusAddBox();
    void removeSelected();
    void moveSelected(int delta); // -1 up, +1 down
    QString selectedCode() const;
    QListView* list() const { return m_list; }
    QLineEdit* addBox() const { return m_addBox; }
    AssignedCodesModel* model() const { return m_model; }
    CodeSearchModel* searchModel() const { return m_hits; }

private:
    void searchFor(const QString& text);
    void addTyped();
    void addCode(const QString& code);

    EncounterSession& m_session;
    AssignedCodesModel* m_model;
    CodeSearchModel* m_hits;
    QListView* m_list;
    QLineEdit* m_addBox;
    QCompleter* m_completer;
};

} // namespace wcw::ui
