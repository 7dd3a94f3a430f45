#pragma once

#include "storage/PromptContent.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <functional>

namespace pwb {

// One step of the prompt editor's history, as the whole content before and after. Snapshots
// make every kind of edit undoable the same way — typing, adding, removing and reordering
// messages, parameters, defaults, restoring a version — and a prompt is small enough (a few KB)
// that copying it per step costs nothing noticeable. Consecutive typing in the same field within
// a short pause merges into one step, as in any text editor.
class EditorUndoCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const PromptContent &content, const QString &field)>;

    // `field` names where the edit happened ("message/2", "parameters", …); empty for
    // structural edits, which never merge.
    EditorUndoCommand(const QString &text, PromptContent before, PromptContent after, QString field,
                      Apply apply);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PromptContent m_before;
    PromptContent m_after;
    QString m_field;
    Apply m_apply;
    QElapsedTimer m_lastEdit;
    bool m_applied = true; // pushed after the edit happened: the first redo has nothing to do
};

} // namespace pwb
