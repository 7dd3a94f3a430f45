#pragma once

#include "chat/PromptPreparation.h"
#include "chat/RunSetup.h"
#include "core/Result.h"
#include "storage/PromptContent.h"

#include <QObject>

namespace pwb {

class ApiKeyResolver;
class ChatPanel;
class PromptEditorPanel;
class PromptRepository;
class ProviderDirectory;

// Runs what is in the editor (Ctrl+Return): renders every message (Mustache; partials are other
// prompts, by name), checks the parameters, finds the provider and its key, and starts the
// conversation in the chat pane. Problems are shown inline in the chat pane, naming the message,
// line and column or the parameter. Also keeps the editor's request preview current.
class RunLauncher : public QObject
{
    Q_OBJECT

public:
    RunLauncher(PromptEditorPanel *editor, ChatPanel *chat, PromptRepository &prompts,
                ProviderDirectory &providers, ApiKeyResolver &keys, QObject *parent = nullptr);

    Result<PreparedPrompt> prepare() const;
    void run();
    void updatePreview();
    const PromptPreparation &preparation() const { return m_preparation; }

Q_SIGNALS:
    void message(const QString &text);

private:
    PromptEditorPanel *m_editor;
    ChatPanel *m_chat;
    ApiKeyResolver &m_keys;
    PromptPreparation m_preparation;
};

} // namespace pwb
