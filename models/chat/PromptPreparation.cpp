#include "chat/PromptPreparation.h"

#include "prompts/PromptParameters.h"
#include "providers/ProviderDirectory.h"
#include "storage/PromptRepository.h"

namespace pwb {

PromptPreparation::PromptPreparation(const PromptRepository &prompts,
                                     const ProviderDirectory &providers)
    : m_prompts(prompts)
    , m_providers(providers)
{ }

std::optional<QString> PromptPreparation::partial(const QString &name) const
{
    for (const PromptRecord &record : m_prompts.prompts()) {
        if (record.name == name) {
            const QList<PromptVersionRecord> versions = m_prompts.versions(record.id);
            if (versions.isEmpty()) {
                return QString();
            }
            QStringList texts;
            for (const ChatMessage &message : versions.last().content.messages) {
                texts.append(message.content);
            }
            return texts.join(QStringLiteral("\n\n"));
        }
    }
    return std::nullopt;
}

Result<PreparedPrompt> PromptPreparation::prepare(const PromptContent &content,
                                                  const QJsonObject &variables) const
{
    PreparedPrompt prepared;
    prepared.variables = variables;

    MustacheOptions options;
    options.partials = [this](const QString &name) { return partial(name); };
    QStringList problems;
    for (qsizetype i = 0; i < content.messages.size(); ++i) {
        const ChatMessage &message = content.messages.at(i);
        const auto rendered = renderMustache(message.content, variables, options);
        if (!rendered) {
            problems.append(
                tr("Message %1 (%2), %3")
                    .arg(i + 1)
                    .arg(PromptContent::roleName(message.role), rendered.error().toString()));
            continue;
        }
        prepared.messages.append({message.role, rendered.value()});
    }
    const Result<ChatRequest> request = PromptParameters::toRequest(content.parameters);
    if (!request) {
        problems.append(request.error());
    }
    const std::optional<ProviderConfig> provider = m_providers.provider(content.providerId);
    if (!provider) {
        problems.append(content.providerId.isEmpty()
                            ? tr("Choose a provider in the Parameters tab.")
                            : tr("The provider \"%1\" is not configured: add it in Edit › "
                                 "Providers and Keys, or choose another in the Parameters tab.")
                                  .arg(content.providerId));
    }
    if (content.model.isEmpty()) {
        problems.append(tr("Choose a model in the Parameters tab."));
    }
    if (!problems.isEmpty()) {
        return Result<PreparedPrompt>::failure(problems.join(u'\n'));
    }
    prepared.request = request.value();
    prepared.request.model = content.model;
    prepared.request.messages = prepared.messages;
    prepared.provider = *provider;
    return prepared;
}

} // namespace pwb
