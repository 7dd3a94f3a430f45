#include "providers/ProviderDirectory.h"

#include "storage/ProviderSettingsRepository.h"

#include <QHash>
#include <QRegularExpression>

namespace pwb {

ProviderDirectory::ProviderDirectory(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<ProviderConfig> ProviderDirectory::providers() const
{
    QList<ProviderConfig> added = ProviderSettingsRepository(m_database).all();
    QList<ProviderConfig> result;
    for (const ProviderConfig &preset : ProviderConfig::presets()) {
        const auto saved = std::find_if(added.begin(), added.end(),
                                        [&](const ProviderConfig &c) { return c.id == preset.id; });
        if (saved == added.end()) {
            result.append(preset);
        } else {
            result.append(*saved);
            added.erase(saved);
        }
    }
    result.append(added); // the repository lists them by id
    return result;
}

std::optional<ProviderConfig> ProviderDirectory::provider(const QString &id) const
{
    if (std::optional<ProviderConfig> saved = ProviderSettingsRepository(m_database).load(id)) {
        return saved;
    }
    if (isBuiltIn(id)) {
        return ProviderConfig::preset(id);
    }
    return std::nullopt;
}

bool ProviderDirectory::isBuiltIn(const QString &id)
{
    // preset() also knows "custom", an old name of openai-compatible: not an id of its own.
    const std::optional<ProviderConfig> preset = ProviderConfig::preset(id);
    return preset && preset->id == id;
}

bool ProviderDirectory::hasSavedSettings(const QString &id) const
{
    return ProviderSettingsRepository(m_database).load(id).has_value();
}

QList<ProviderDirectory::FieldError> ProviderDirectory::validate(const ProviderConfig &provider,
                                                                 const QString &replacing) const
{
    QList<FieldError> errors;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
    if (provider.id.isEmpty()) {
        errors.append({FieldError::Field::Id, tr("Id: a provider needs an id, e.g. \"my-vllm\".")});
    } else if (!idPattern.match(provider.id).hasMatch()) {
        errors.append({FieldError::Field::Id,
                       tr("Id: \"%1\" may contain only lowercase letters a-z, digits and hyphens.")
                           .arg(provider.id)});
    } else if (replacing.isEmpty() &&
               (contains(provider.id) || provider.id == QLatin1String("custom"))) {
        errors.append(
            {FieldError::Field::Id,
             tr("Id: a provider \"%1\" already exists; choose another id.").arg(provider.id)});
    } else if (!replacing.isEmpty() && replacing != provider.id) {
        errors.append({FieldError::Field::Id,
                       tr("Id: \"%1\" cannot be renamed to \"%2\"; add a new provider instead.")
                           .arg(replacing, provider.id)});
    }

    const QUrl &url = provider.baseUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty()) {
        errors.append({FieldError::Field::BaseUrl,
                       tr("Base URL: \"%1\" must be an http:// or https:// address with a host, "
                          "e.g. http://localhost:8000/v1.")
                           .arg(url.toString())});
    }

    static const QRegularExpression variablePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!provider.apiKeyEnvironmentVariable.isEmpty() &&
        !variablePattern.match(provider.apiKeyEnvironmentVariable).hasMatch()) {
        errors.append({FieldError::Field::ApiKeyVariable,
                       tr("Key variable: \"%1\" is not an environment variable name (letters, "
                          "digits and _, e.g. OPENAI_API_KEY).")
                           .arg(provider.apiKeyEnvironmentVariable)});
    }

    // RFC 9110 token characters: anything else would make an invalid request.
    static const QRegularExpression headerPattern(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    bool headersOk = true;
    for (const auto &[name, value] : provider.extraHeaders) {
        if (!headerPattern.match(QString::fromLatin1(name)).hasMatch()) {
            errors.append(
                {FieldError::Field::Headers,
                 tr("Headers: \"%1\" is not a valid header name.").arg(QString::fromLatin1(name))});
            headersOk = false;
            break;
        }
    }
    if (headersOk) {
        if (const Result<void> checked = ProviderSettingsRepository::checkHeaders(provider);
            !checked) {
            errors.append({FieldError::Field::Headers, checked.error()});
        }
    }

    const StreamTimeouts &t = provider.timeouts;
    if (t.connectMs < 0 || t.firstTokenMs < 0 || t.idleMs < 0 || t.totalMs < 0) {
        errors.append({FieldError::Field::Timeouts,
                       tr("Timeouts: a time limit cannot be negative (0 means none).")});
    }
    return errors;
}

Result<void> ProviderDirectory::save(const ProviderConfig &provider, const QString &replacing)
{
    const QList<FieldError> errors = validate(provider, replacing);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &error : errors) {
            messages << error.message;
        }
        return Result<void>::failure(messages.join(QLatin1Char('\n')));
    }
    ProviderConfig settings = provider;
    if (settings.displayName.trimmed().isEmpty()) {
        settings.displayName = settings.id;
    }
    if (Result<void> saved = ProviderSettingsRepository(m_database).save(settings); !saved) {
        return saved;
    }
    Q_EMIT changed();
    return {};
}

Result<void> ProviderDirectory::remove(const QString &id)
{
    if (!hasSavedSettings(id)) {
        if (isBuiltIn(id)) {
            return {}; // already its preset settings
        }
        return Result<void>::failure(tr("There is no provider \"%1\" to remove.").arg(id));
    }
    if (Result<void> removed = ProviderSettingsRepository(m_database).remove(id); !removed) {
        return removed;
    }
    Q_EMIT changed();
    return {};
}

} // namespace pwb
