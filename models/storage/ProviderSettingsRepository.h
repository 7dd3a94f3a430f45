#pragma once

#include "core/Result.h"
#include "providers/ProviderConfig.h"

#include <QList>

namespace pwb {

class Database;

// Providers' non-secret settings in the workspace: format, base URL, timeouts, which environment
// variable holds the key, extra headers. Never a key: ProviderConfig::apiKey is not stored, and a
// header named like a secret (Authorization, x-api-key, …) is refused — it belongs in the
// keychain, with the key.
class ProviderSettingsRepository
{
public:
    explicit ProviderSettingsRepository(Database &database);

    Result<void> save(const ProviderConfig &provider);
    std::optional<ProviderConfig> load(const QString &id) const; // apiKey left empty
    QList<ProviderConfig> all() const;
    Result<void> remove(const QString &id);

    // The reason save() refuses `provider`'s extra headers (one named like a secret), if any.
    static Result<void> checkHeaders(const ProviderConfig &provider);

private:
    Database &m_database;
};

} // namespace pwb
