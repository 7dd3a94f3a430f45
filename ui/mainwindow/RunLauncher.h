#pragma once

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

// A prompt made ready to send: its messages rendered with the variables' values, its
// parameters as a request, and the provider it is bound to (without its key).
struct PreparedPrompt
{
    QList<ChatMessage> messages;
    ChatRequest request; // messages included
    ProviderConfig provider;
    QJsonObject variables; // the data the templates were rendered with
    QStringList warnings; // variables without a value, values that are not valid JSON
};

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
    // The partial named `name`: the newest version of the prompt of that name, its messages
    // joined by blank lines.
    std::optional<QString> partial(const QString &name) const;

Q_SIGNALS:
    void message(const QString &text);

private:
    PromptEditorPanel *m_editor;
    ChatPanel *m_chat;
    PromptRepository &m_prompts;
    ProviderDirectory &m_providers;
    ApiKeyResolver &m_keys;
};

} // namespace pwb
