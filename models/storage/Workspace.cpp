#include "storage/Workspace.h"

#include "storage/Database.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/ProviderSettingsRepository.h"
#include "storage/RunRecorder.h"

namespace pwb {

Workspace::~Workspace()
{
    // The recorder writes its last batch through the database, so it goes first.
    m_recorder.reset();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &filePath)
{
    const bool existedWithData = Database::fileSchemaVersion(filePath) > 0;
    QString error;
    std::unique_ptr<Database> database = Database::open(filePath, error);
    if (!database) {
        return Result<std::unique_ptr<Workspace>>::failure(error);
    }
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_new = !existedWithData;
    const Result<int> interrupted = RunRecorder::markInterrupted(*database);
    if (!interrupted) {
        return Result<std::unique_ptr<Workspace>>::failure(interrupted.error());
    }
    workspace->m_interrupted = interrupted.value();
    // An eval run left running by a process that died can be resumed; say so in its status.
    if (const Result<int> evals = EvalRepository::markInterrupted(*database); !evals) {
        return Result<std::unique_ptr<Workspace>>::failure(evals.error());
    }
    workspace->m_database = std::move(database);
    workspace->m_prompts = std::make_unique<PromptRepository>(*workspace->m_database);
    workspace->m_providerSettings =
        std::make_unique<ProviderSettingsRepository>(*workspace->m_database);
    workspace->m_recorder = std::make_unique<RunRecorder>(*workspace->m_database);
    return workspace;
}

QString Workspace::filePath() const
{
    return m_database->filePath();
}

} // namespace pwb
