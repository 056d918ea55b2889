#pragma once
// Assigned codes in sequence, with an "add code" box that searches the reference database
// as the coder types. Edits go to the EncounterSession (undoable, persisted there).
#include <QWidget>

class QListView;

namespace wcw::ui {

class AssignedCodesModel;
class CodeSearchField;
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
    CodeSearchField* addBox() const { return m_addBox; }
    AssignedCodesModel* model() const { return m_model; }

private:
    void addCode(const QString& code);

    EncounterSession& m_session;
    AssignedCodesModel* m_model;
    QListView* m_list;
    CodeSearchField* m_addBox;
};

} // namespace wcw::ui
