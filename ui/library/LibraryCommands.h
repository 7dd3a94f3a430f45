#pragma once

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace pwb {

class PromptRepository;

// Undoable library changes. Deleting only marks a prompt deleted (PromptRepository::setDeleted),
// so undo brings it back with every version; creating and duplicating undo the same way.
// A command that failed keeps its error() and does nothing on undo/redo.

class DeletePromptCommand : public QUndoCommand
{
public:
    DeletePromptCommand(PromptRepository &prompts, qint64 promptId, const QString &text);
    void undo() override;
    void redo() override;
    QString error() const { return m_error; }

private:
    PromptRepository &m_prompts;
    qint64 m_promptId;
    QString m_error;
};

class CreatePromptCommand : public QUndoCommand
{
public:
    CreatePromptCommand(PromptRepository &prompts, const QString &name,
                        std::optional<qint64> folderId);
    void undo() override;
    void redo() override;
    qint64 promptId() const { return m_promptId; }
    QString error() const { return m_error; }

protected:
    PromptRepository &m_prompts;
    qint64 m_promptId = 0;
    QString m_error;

private:
    QString m_name;
    std::optional<qint64> m_folderId;
};

// A new prompt with the source's folder, tags and newest version (as its version 1).
class DuplicatePromptCommand : public QUndoCommand
{
public:
    // `nameTemplate` has a %1 for the source's name.
    DuplicatePromptCommand(PromptRepository &prompts, qint64 sourceId, const QString &nameTemplate);
    void undo() override;
    void redo() override;
    qint64 promptId() const { return m_promptId; }
    QString error() const { return m_error; }

private:
    PromptRepository &m_prompts;
    qint64 m_sourceId;
    QString m_nameTemplate;
    qint64 m_promptId = 0;
    QString m_error;
};

} // namespace pwb
