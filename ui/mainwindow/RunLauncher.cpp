#include "mainwindow/RunLauncher.h"

#include "chat/ChatPanel.h"
#include "editor/PromptEditorPanel.h"
#include "editor/VariablesPanel.h"
#include "prompts/MustacheRenderer.h"
#include "prompts/PromptParameters.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"
#include "providers/RequestBuilder.h"
#include "secrets/Redaction.h"
#include "storage/PromptRepository.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace pwb {

RunLauncher::RunLauncher(PromptEditorPanel *editor, ChatPanel *chat, PromptRepository &prompts,
                         ProviderDirectory &providers, ApiKeyResolver &keys, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_chat(chat)
    , m_prompts(prompts)
    , m_providers(providers)
    , m_keys(keys)
{
    connect(editor, &PromptEditorPanel::previewNeeded, this, &RunLauncher::updatePreview);
    connect(&providers, &ProviderDirectory::changed, this, &RunLauncher::updatePreview);
}

std::optional<QString> RunLauncher::partial(const QString &name) const
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

Result<PreparedPrompt> RunLauncher::prepare() const
{
    const PromptContent content = m_editor->content();
    PreparedPrompt prepared;
    prepared.variables = m_editor->variablesPanel()->renderData(&prepared.warnings);

    MustacheOptions options;
    options.partials = [this](const QString &name) { return partial(name); };
    QStringList problems;
    for (qsizetype i = 0; i < content.messages.size(); ++i) {
        const ChatMessage &message = content.messages.at(i);
        const auto rendered = renderMustache(message.content, prepared.variables, options);
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

void RunLauncher::updatePreview()
{
    if (m_editor->inspector()->currentWidget() != m_editor->preview()) {
        return; // rendered when the tab is opened: typing never waits for it
    }
    const Result<PreparedPrompt> prepared = prepare();
    if (!prepared) {
        m_editor->setPreviewText(tr("Cannot build the request yet:\n%1").arg(prepared.error()));
        return;
    }
    const HttpRequestSpec spec =
        buildStreamingRequest(prepared.value().provider, prepared.value().request);
    QStringList lines;
    for (const QString &warning : prepared.value().warnings) {
        lines.append(tr("Note: %1").arg(warning));
    }
    if (!lines.isEmpty()) {
        lines.append(QString());
    }
    lines.append(QStringLiteral("POST ") + spec.url.toString());
    for (const auto &[name, value] : redactHeaders(spec.headers)) {
        lines.append(QString::fromUtf8(name + ": " + value));
    }
    lines.append(QString());
    lines.append(
        QString::fromUtf8(QJsonDocument::fromJson(spec.body).toJson(QJsonDocument::Indented)));
    m_editor->setPreviewText(lines.join(u'\n'));
}

void RunLauncher::run()
{
    Result<PreparedPrompt> prepared = prepare();
    if (!prepared) {
        m_chat->showProblem(prepared.error());
        return;
    }
    const PreparedPrompt ready = std::move(prepared).value();
    m_keys.prepare(ready.provider, this, [this, ready](const ApiKeyResolver::Prepared &provider) {
        if (!provider.usable) {
            m_chat->showProblem(provider.problem);
            return;
        }
        RunSetup setup;
        setup.provider = provider.config;
        setup.request = ready.request;
        const PromptContent content = m_editor->content();
        if (!m_editor->isModified() && m_editor->baseVersionId() > 0) {
            setup.record.promptVersionId = m_editor->baseVersionId();
        } else {
            setup.record.snapshot = QJsonDocument::fromJson(content.canonicalJson()).object();
        }
        setup.record.variables = ready.variables;
        setup.record.parameters = content.parameters;
        setup.title = m_editor->runTitle();
        m_chat->startConversation(ready.messages, setup);
        if (!ready.warnings.isEmpty()) {
            Q_EMIT message(ready.warnings.join(u' '));
        }
    });
}

} // namespace pwb
