#pragma once

#include "core/Result.h"
#include "providers/ProviderConfig.h"

#include <QList>
#include <QObject>

namespace pwb {

class Database;

// The providers the application offers: the built-in presets (openai, anthropic, …), each
// replaced by the workspace's saved settings of the same id, followed by the providers the
// user added. Keys are not here (apiKey is always empty): ApiKeyResolver finds them.
class ProviderDirectory : public QObject
{
    Q_OBJECT

public:
    // A problem with one field of a provider's settings, for the form to show next to it.
    struct FieldError
    {
        enum class Field { Id, BaseUrl, ApiKeyVariable, Headers, Timeouts };
        Field field;
        QString message; // names the field and the provider
    };

    explicit ProviderDirectory(Database &database, QObject *parent = nullptr);

    // Presets first, in their own order, then the added ones by id.
    QList<ProviderConfig> providers() const;
    std::optional<ProviderConfig> provider(const QString &id) const;
    bool contains(const QString &id) const { return provider(id).has_value(); }
    static bool isBuiltIn(const QString &id);
    // True when the workspace holds settings for `id` (an added provider, or a changed preset).
    bool hasSavedSettings(const QString &id) const;

    // Everything wrong with `provider` as settings to save: the id ([a-z0-9-]+, unique unless
    // `replacing` that same id), an http(s) base URL with a host, a plausible environment
    // variable name, header names (none named like a secret), timeouts not negative.
    QList<FieldError> validate(const ProviderConfig &provider, const QString &replacing) const;

    // Validates, stores the settings (never the key) and announces changed(). `replacing` is the
    // id being edited (empty for a new provider); ids cannot be renamed, so it must match. An
    // empty display name becomes the id.
    Result<void> save(const ProviderConfig &provider, const QString &replacing = {});
    // An added provider disappears; a built-in one returns to its preset settings.
    Result<void> remove(const QString &id);

Q_SIGNALS:
    // After save() or remove(): providers() has changed.
    void changed();

private:
    Database &m_database;
};

} // namespace pwb
