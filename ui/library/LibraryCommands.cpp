#include "library/LibraryCommands.h"

#include "storage/PromptRepository.h"

#include <QCoreApplication>

namespace pwb {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pwb::LibraryCommands)
};

// Marks a prompt deleted or not; returns the error, empty on success.
QString setDeleted(PromptRepository &prompts, qint64 promptId, bool deleted)
{
    const Result<void> done = prompts.setDeleted(promptId, deleted);
    return done ? QString() : done.error();
}
} // namespace

DeletePromptCommand::DeletePromptCommand(PromptRepository &prompts, qint64 promptId,
                                         const QString &text)
    : QUndoCommand(text)
    , m_prompts(prompts)
    , m_promptId(promptId)
{ }

void DeletePromptCommand::redo()
{
    m_error = setDeleted(m_prompts, m_promptId, true);
    setObsolete(!m_error.isEmpty());
}

void DeletePromptCommand::undo()
{
    m_error = setDeleted(m_prompts, m_promptId, false);
}

CreatePromptCommand::CreatePromptCommand(PromptRepository &prompts, const QString &name,
                                         std::optional<qint64> folderId)
    : QUndoCommand(Text::tr("New prompt"))
    , m_prompts(prompts)
    , m_name(name)
    , m_folderId(folderId)
{ }

void CreatePromptCommand::redo()
{
    if (m_promptId != 0) {
        m_error = setDeleted(m_prompts, m_promptId, false);
        return;
    }
    const Result<qint64> created = m_prompts.createPrompt(m_name, m_folderId);
    if (created) {
        m_promptId = created.value();
    } else {
        m_error = created.error();
        setObsolete(true);
    }
}

void CreatePromptCommand::undo()
{
    if (m_promptId != 0) {
        m_error = setDeleted(m_prompts, m_promptId, true);
    }
}

DuplicatePromptCommand::DuplicatePromptCommand(PromptRepository &prompts, qint64 sourceId,
                                               const QString &nameTemplate)
    : QUndoCommand(Text::tr("Duplicate prompt"))
    , m_prompts(prompts)
    , m_sourceId(sourceId)
    , m_nameTemplate(nameTemplate)
{ }

void DuplicatePromptCommand::redo()
{
    if (m_promptId != 0) {
        m_error = setDeleted(m_prompts, m_promptId, false);
        return;
    }
    const std::optional<PromptRecord> source = m_prompts.prompt(m_sourceId);
    if (!source) {
        m_error = Text::tr("The prompt to duplicate no longer exists.");
        setObsolete(true);
        return;
    }
    const Result<qint64> created = m_prompts.createPrompt(m_nameTemplate.arg(source->name),
                                                          source->folderId, source->description);
    if (!created) {
        m_error = created.error();
        setObsolete(true);
        return;
    }
    m_promptId = created.value();
    QStringList problems;
    if (const Result<void> tagged = m_prompts.setTags(m_promptId, source->tags); !tagged) {
        problems.append(tagged.error());
    }
    const QList<PromptVersionRecord> versions = m_prompts.versions(m_sourceId);
    if (!versions.isEmpty()) {
        const Result<PromptRepository::SaveOutcome> saved =
            m_prompts.saveVersion(m_promptId, versions.last().content,
                                  Text::tr("Duplicated from \"%1\" version %2")
                                      .arg(source->name)
                                      .arg(versions.last().number));
        if (!saved) {
            problems.append(saved.error());
        }
    }
    m_error = problems.join(u' ');
}

void DuplicatePromptCommand::undo()
{
    if (m_promptId != 0) {
        m_error = setDeleted(m_prompts, m_promptId, true);
    }
}

} // namespace pwb
