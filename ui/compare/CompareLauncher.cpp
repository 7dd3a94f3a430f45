#include "compare/CompareLauncher.h"

#include "providers/ApiKeyResolver.h"
#include "storage/PromptRepository.h"

#include <QJsonDocument>

#include <memory>

namespace pwb {

CompareLauncher::CompareLauncher(const PromptRepository &prompts,
                                 const ProviderDirectory &providers, ApiKeyResolver &keys,
                                 QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_keys(keys)
    , m_preparation(prompts, providers)
{ }

std::optional<PromptContent> CompareLauncher::contentOf(const ComparePromptSource &source,
                                                        const CompareColumnSpec &column) const
{
    if (!column.promptVersionId) {
        return column.applyTo(source.editorContent);
    }
    const std::optional<PromptVersionRecord> version = m_prompts.version(*column.promptVersionId);
    if (!version) {
        return std::nullopt;
    }
    return column.applyTo(version->content);
}

Result<RunSetup> CompareLauncher::prepareWithoutKey(const ComparePromptSource &source,
                                                    const CompareColumnSpec &column) const
{
    const std::optional<PromptContent> content = contentOf(source, column);
    if (!content) {
        return Result<RunSetup>::failure(
            tr("Version %1 of this prompt is gone from the workspace.").arg(column.versionNumber));
    }
    const Result<PreparedPrompt> prepared = m_preparation.prepare(*content, source.variables);
    if (!prepared) {
        return Result<RunSetup>::failure(prepared.error());
    }
    RunSetup setup;
    setup.provider = prepared.value().provider;
    setup.request = prepared.value().request;
    setup.title = column.label();
    if (column.promptVersionId) {
        setup.record.promptVersionId = column.promptVersionId;
    } else if (!source.editorModified && source.editorBaseVersionId > 0) {
        setup.record.promptVersionId = source.editorBaseVersionId;
    } else {
        setup.record.snapshot = QJsonDocument::fromJson(content->canonicalJson()).object();
    }
    setup.record.variables = source.variables;
    setup.record.parameters = content->parameters;
    return setup;
}

void CompareLauncher::prepare(const ComparePromptSource &source,
                              const QList<CompareColumnSpec> &columns, Done done)
{
    struct Pending
    {
        QList<Result<RunSetup>> results;
        int outstanding = 0;
        Done done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    for (const CompareColumnSpec &column : columns) {
        pending->results.append(prepareWithoutKey(source, column));
    }
    // One lookup per column (a keychain read is cached by the resolver after the first), all
    // counted before any can answer, so `done` runs exactly once, after the last.
    QList<int> needKeys;
    for (int i = 0; i < pending->results.size(); ++i) {
        if (pending->results.at(i)) {
            needKeys.append(i);
        }
    }
    pending->outstanding = int(needKeys.size()) + 1;
    const auto finishOne = [pending] {
        if (--pending->outstanding == 0) {
            pending->done(pending->results);
        }
    };
    for (const int i : std::as_const(needKeys)) {
        const ProviderConfig provider = pending->results.at(i).value().provider;
        m_keys.prepare(provider, this,
                       [pending, i, finishOne](const ApiKeyResolver::Prepared &prepared) {
                           if (!prepared.usable) {
                               pending->results[i] = Result<RunSetup>::failure(prepared.problem);
                           } else {
                               pending->results[i].value().provider = prepared.config;
                           }
                           finishOne();
                       });
    }
    finishOne();
}

} // namespace pwb
