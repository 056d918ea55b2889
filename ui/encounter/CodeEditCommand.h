#pragma once
// One undoable change of an encounter's code list (after Qt's undoframework example).
// Every edit is a transition from one list to another, persisted through the session;
// consecutive moves of the same code merge into one undo step.
#include <QStringList>
#include <QUndoCommand>

namespace wcw::ui {

class EncounterSession;

class CodeEditCommand : public QUndoCommand
{
public:
    enum MergeId { NoMerge = -1, MoveCode = 1 };

    CodeEditCommand(EncounterSession& session, QStringList before, QStringList after, const QString& label,
                    int mergeId = NoMerge);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    EncounterSession& m_session;
    QStringList m_before;
    QStringList m_after;
    int m_mergeId;
};

} // namespace wcw::ui
