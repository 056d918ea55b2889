#include "encounter/CodeEditCommand.h"

#include "encounter/EncounterSession.h"

namespace wcw::ui {

CodeEditCommand::CodeEditCommand(EncounterSession& session, QStringList before, QStringList after,
                                 const QString& label, int mergeId)
    : QUndoCommand(label), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeId(mergeId)
{
}

void CodeEditCommand::redo()
{
    // A refused write leaves the list as it was; an obsolete command is dropped by the stack.
    if (!m_session.writeCodes(m_after))
        setObsolete(true);
}

void CodeEditCommand::undo()
{
    if (!m_session.writeCodes(m_before))
        setObsolete(true);
}

bool CodeEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const CodeEditCommand*>(other);
    if (&next->m_session != &m_session || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    // Moving a code back to where it was leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace wcw::ui
