#include "export/RunCodeExport.h"
#include "export/StoredRunRequest.h"
#include "providers/ProviderDirectory.h"
#include "providers/RequestBuilder.h"
#include "storage/StoredRun.h"

#include <QJsonDocument>

namespace pwb {

Result<QString> RunCodeExport::codeForRun(const StoredRun &run, const PromptRepository &prompts,
                                          const ProviderConfig &provider, CodeLanguage language)
{
    const Result<ChatRequest> request = StoredRunRequest::rebuild(run, prompts);
    if (!request) {
        return Result<QString>::failure(request.error());
    }
    const QJsonValue stored = run.request.value(QStringLiteral("body"));
    const QJsonDocument rebuilt =
        QJsonDocument::fromJson(buildStreamingRequest(provider, request.value()).body);
    if (!stored.isObject() || rebuilt.object() != stored.toObject()) {
        return Result<QString>::failure(
            tr("Run %1 sent a request that its prompt no longer builds (a later turn of a chat, "
               "a partial that has changed since, or other provider settings): code for it "
               "would send something else.")
                .arg(run.id));
    }
    return code(provider, request.value(), language);
}

Result<QString> RunCodeExport::codeForRun(const StoredRun &run, const PromptRepository &prompts,
                                          const ProviderDirectory &providers, CodeLanguage language)
{
    const std::optional<ProviderConfig> provider = providers.provider(run.providerId);
    if (!provider) {
        return Result<QString>::failure(
            tr("Run %1 used the provider \"%2\", which this workspace does not have.")
                .arg(run.id)
                .arg(run.providerId));
    }
    return codeForRun(run, prompts, *provider, language);
}

} // namespace pwb
