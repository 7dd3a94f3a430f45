#include "editor/EditorUndoCommand.h"

namespace pwb {

namespace {
constexpr qint64 kMergeWindowMs = 1500;
} // namespace

EditorUndoCommand::EditorUndoCommand(const QString &text, PromptContent before, PromptContent after,
                                     QString field, Apply apply)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
    , m_apply(std::move(apply))
{
    m_lastEdit.start();
}

void EditorUndoCommand::undo()
{
    m_apply(m_before, m_field);
}

void EditorUndoCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_apply(m_after, m_field);
}

bool EditorUndoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditorUndoCommand *>(other);
    if (m_field.isEmpty() || next->m_field != m_field || m_lastEdit.elapsed() > kMergeWindowMs) {
        return false;
    }
    m_after = next->m_after;
    m_lastEdit.restart();
    return true;
}

} // namespace pwb
