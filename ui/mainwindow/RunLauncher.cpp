#include "mainwindow/RunLauncher.h"

#include "chat/ChatPanel.h"
#include "editor/PromptEditorPanel.h"
#include "editor/VariablesPanel.h"
#include "providers/ApiKeyResolver.h"
#include "providers/ProviderDirectory.h"
#include "providers/RequestBuilder.h"
#include "secrets/Redaction.h"

#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace pwb {

RunLauncher::RunLauncher(PromptEditorPanel *editor, ChatPanel *chat, PromptRepository &prompts,
                         ProviderDirectory &providers, ApiKeyResolver &keys, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_chat(chat)
    , m_keys(keys)
    , m_preparation(prompts, providers)
{
    connect(editor, &PromptEditorPanel::previewNeeded, this, &RunLauncher::updatePreview);
    connect(&providers, &ProviderDirectory::changed, this, &RunLauncher::updatePreview);
}

Result<PreparedPrompt> RunLauncher::prepare() const
{
    QStringList warnings;
    const QJsonObject variables = m_editor->variablesPanel()->renderData(&warnings);
    Result<PreparedPrompt> prepared = m_preparation.prepare(m_editor->content(), variables);
    if (prepared) {
        prepared.value().warnings = warnings;
    }
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
