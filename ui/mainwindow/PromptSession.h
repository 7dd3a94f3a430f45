#pragma once

#include "storage/PromptContent.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace pwb {

class PromptEditorPanel;
class PromptRepository;

// Which prompt the editor holds and how it gets to and from the workspace: opening a prompt
// (its newest version, or the unsaved draft left when the user switched away), saving a
// version (Ctrl+S, with the note typed under the editor), renaming and tagging. Unsaved edits
// are never lost by switching prompts: they stay as a draft until saved or the app closes.
class PromptSession : public QObject
{
    Q_OBJECT

public:
    PromptSession(PromptRepository &prompts, PromptEditorPanel *editor, QObject *parent = nullptr);

    void open(qint64 promptId);
    // Saves the editor's content as a new version; says what happened through message().
    void saveVersion();
    // Loads version `versionId` into the editor as an undoable edit (not saved until Ctrl+S).
    void restoreVersion(qint64 versionId);
    std::optional<qint64> currentPrompt() const { return m_current; }
    // Prompts with unsaved changes (the open one included), for the close question.
    QList<qint64> modifiedPrompts() const;
    void saveAllModified();

Q_SIGNALS:
    void message(const QString &text);
    void versionSaved(qint64 promptId, qint64 versionId);
    void promptRenamed(qint64 promptId);
    void opened(qint64 promptId);

private:
    void keepDraft();

    PromptRepository &m_prompts;
    PromptEditorPanel *m_editor;
    std::optional<qint64> m_current;
    QHash<qint64, PromptContent> m_drafts;
};

} // namespace pwb
