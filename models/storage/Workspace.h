#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace pwb {

class Database;
class PromptRepository;
class ProviderSettingsRepository;
class RunRecorder;

// One open workspace as the application uses it: the database and the repositories over it,
// opened once and shared by every panel. Opening also marks runs that a crashed process left
// "running" as interrupted, so the run list never shows a run that will not finish.
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    static Result<std::unique_ptr<Workspace>> open(const QString &filePath);

    Database &database() const { return *m_database; }
    PromptRepository &prompts() const { return *m_prompts; }
    ProviderSettingsRepository &providerSettings() const { return *m_providerSettings; }
    RunRecorder &recorder() const { return *m_recorder; }
    QString filePath() const;
    // True when this open created the file (or found it empty): the caller may add samples.
    bool isNew() const { return m_new; }
    int interruptedRuns() const { return m_interrupted; }

private:
    Workspace() = default;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<PromptRepository> m_prompts;
    std::unique_ptr<ProviderSettingsRepository> m_providerSettings;
    std::unique_ptr<RunRecorder> m_recorder;
    bool m_new = false;
    int m_interrupted = 0;
};

} // namespace pwb
