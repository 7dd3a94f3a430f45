#pragma once

#include "core/Result.h"
#include "prompts/MustacheRenderer.h"
#include "providers/ChatRequest.h"
#include "providers/ProviderConfig.h"
#include "storage/PromptContent.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pwb {

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

// Renders a prompt's messages (Mustache; partials are other prompts, by name), checks its
// parameters and finds its provider. The chat pane and the compare view prepare their runs
// here, so a prompt renders the same wherever it is sent. Problems name the message, line and
// column, or the parameter; all of them are reported at once.
class PromptPreparation
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PromptPreparation)

public:
    PromptPreparation(const PromptRepository &prompts, const ProviderDirectory &providers);

    Result<PreparedPrompt> prepare(const PromptContent &content,
                                   const QJsonObject &variables) const;

    // The partial named `name`: the newest version of the prompt of that name, its messages
    // joined by blank lines; nullopt when there is no such prompt.
    std::optional<QString> partial(const QString &name) const;

private:
    const PromptRepository &m_prompts;
    const ProviderDirectory &m_providers;
};

} // namespace pwb
