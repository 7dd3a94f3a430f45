#pragma once

#include "chat/PromptPreparation.h"
#include "chat/RunSetup.h"
#include "compare/CompareColumnSpec.h"

#include <QObject>

#include <functional>

namespace pwb {

class ApiKeyResolver;

// The prompt a comparison is about: what the editor holds now (saved or not) and the values of
// its variables, which every column renders with.
struct ComparePromptSource
{
    std::optional<qint64> promptId;
    QString name;
    PromptContent editorContent;
    qint64 editorBaseVersionId = 0; // the version the editor was loaded from, 0: none
    bool editorModified = false;
    QJsonObject variables;
};

// Turns the columns of a comparison into requests: each column's prompt (a saved version or
// the editor's) with its provider, model and parameter overrides, rendered like a chat run
// (PromptPreparation), with the provider's key looked up (ApiKeyResolver). A column that cannot
// be sent gets its own problem; the others are not held back by it.
class CompareLauncher : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QList<Result<RunSetup>> &columns)>;

    CompareLauncher(const PromptRepository &prompts, const ProviderDirectory &providers,
                    ApiKeyResolver &keys, QObject *parent = nullptr);

    // Calls `done` once every column is ready or has failed — at once when no key has to be
    // looked up in the keychain, later otherwise (never after `this` is gone).
    void prepare(const ComparePromptSource &source, const QList<CompareColumnSpec> &columns,
                 Done done);

    // The column's prompt before rendering: the version's or the editor's content with the
    // column's provider, model and overrides laid over it.
    std::optional<PromptContent> contentOf(const ComparePromptSource &source,
                                           const CompareColumnSpec &column) const;

private:
    Result<RunSetup> prepareWithoutKey(const ComparePromptSource &source,
                                       const CompareColumnSpec &column) const;

    const PromptRepository &m_prompts;
    ApiKeyResolver &m_keys;
    PromptPreparation m_preparation;
};

} // namespace pwb
