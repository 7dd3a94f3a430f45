#include "export/StoredRunRequest.h"

#include "chat/PromptPreparation.h"
#include "prompts/MustacheRenderer.h"
#include "prompts/PromptParameters.h"
#include "providers/ProviderDirectory.h"
#include "storage/PromptRepository.h"
#include "storage/RunInput.h"
#include "storage/StoredRun.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pwb {

Result<PromptContent> StoredRunRequest::content(const StoredRun &run,
                                                const PromptRepository &prompts)
{
    RunInput input = RunInput::of(run, prompts);
    if (!input.version && run.snapshot.value(QStringLiteral("messages")).toArray().isEmpty()) {
        return Result<PromptContent>::failure(
            tr("Run %1 keeps no prompt: its version was deleted, or it was recorded without one.")
                .arg(run.id));
    }
    return std::move(input.content);
}

Result<ChatRequest> StoredRunRequest::rebuild(const StoredRun &run, const PromptRepository &prompts)
{
    using R = Result<ChatRequest>;
    const Result<PromptContent> content = StoredRunRequest::content(run, prompts);
    if (!content) {
        return R::failure(content.error());
    }
    // Partials are looked up exactly as for a live run; the directory is only there because
    // PromptPreparation wants one.
    ProviderDirectory providers(prompts.database());
    const PromptPreparation preparation(prompts, providers);
    MustacheOptions options;
    options.partials = [&preparation](const QString &name) { return preparation.partial(name); };

    Result<ChatRequest> request = PromptParameters::toRequest(run.parameters);
    if (!request) {
        return R::failure(
            tr("The parameters of run %1 are not valid: %2").arg(run.id).arg(request.error()));
    }
    ChatRequest rebuilt = request.value();
    rebuilt.model = run.model;
    const QList<ChatMessage> &messages = content.value().messages;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const auto rendered = renderMustache(messages.at(i).content, run.variables, options);
        if (!rendered) {
            return R::failure(tr("Run %1, message %2 (%3), %4")
                                  .arg(run.id)
                                  .arg(i + 1)
                                  .arg(PromptContent::roleName(messages.at(i).role),
                                       rendered.error().toString()));
        }
        rebuilt.messages.append({messages.at(i).role, rendered.value()});
    }
    return rebuilt;
}

} // namespace pwb
