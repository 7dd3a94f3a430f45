#pragma once

#include "core/Result.h"
#include "storage/PromptContent.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pwb {

// What one column of a comparison sends: which prompt (a saved version, or what the editor
// holds now), to which provider and model, and which parameters differ from the prompt's own.
struct CompareColumnSpec
{
    Q_DECLARE_TR_FUNCTIONS(pwb::CompareColumnSpec)

public:
    std::optional<qint64> promptVersionId; // none: the editor's content, saved or not
    int versionNumber = 0; // shown in labels; 0 with no promptVersionId
    QString providerId;
    QString model;
    // Laid over the prompt's parameters key by key; a null value unsets a key.
    QJsonObject parameterOverrides;

    // The prompt as this column sends it: `base` with this column's provider, model and
    // parameter overrides.
    PromptContent applyTo(const PromptContent &base) const;

    // "v3 · gpt-4o-mini · temperature=0.2", for headers and the summary row.
    QString label() const;

    // Overrides as the user types them: `name=value` pairs separated by spaces or commas, each
    // value JSON (a number, true, "text", [..]) or, when it is not JSON, a plain text.
    // `temperature=0.2 max_tokens=300 stop=["\n\n"]`. The keys and values are checked
    // (PromptParameters) so a typo is named at once, not at run time.
    static Result<QJsonObject> parseOverrides(const QString &text);
    static QString formatOverrides(const QJsonObject &overrides);

    // Every version × every (provider, model): the grid mode's cells, versions outermost.
    static QList<CompareColumnSpec> grid(const QList<CompareColumnSpec> &versions,
                                         const QList<CompareColumnSpec> &models);

    bool operator==(const CompareColumnSpec &) const = default;
};

} // namespace pwb
