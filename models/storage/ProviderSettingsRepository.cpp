#include "storage/ProviderSettingsRepository.h"

#include "secrets/Redaction.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pwb::ProviderSettingsRepository", text);
}

ProviderConfig fromRow(const QSqlQuery &query)
{
    ProviderConfig config;
    config.id = query.value(0).toString();
    config.displayName = query.value(1).toString();
    config.format =
        ProviderConfig::formatFromName(query.value(2).toString()).value_or(ApiFormat::OpenAiChat);
    config.baseUrl = QUrl(query.value(3).toString());
    const QJsonObject settings = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    config.apiKeyEnvironmentVariable = settings.value(QLatin1String("key_env")).toString();
    config.defaultModel = settings.value(QLatin1String("default_model")).toString();
    const QJsonObject timeouts = settings.value(QLatin1String("timeouts_ms")).toObject();
    config.timeouts.connectMs =
        timeouts.value(QLatin1String("connect")).toInt(config.timeouts.connectMs);
    config.timeouts.firstTokenMs =
        timeouts.value(QLatin1String("first_token")).toInt(config.timeouts.firstTokenMs);
    config.timeouts.idleMs = timeouts.value(QLatin1String("idle")).toInt(config.timeouts.idleMs);
    config.timeouts.totalMs = timeouts.value(QLatin1String("total")).toInt(config.timeouts.totalMs);
    for (const QJsonValue &header : settings.value(QLatin1String("headers")).toArray()) {
        const QJsonArray pair = header.toArray();
        config.extraHeaders.append(
            {pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
    }
    return config;
}

} // namespace

ProviderSettingsRepository::ProviderSettingsRepository(Database &database)
    : m_database(database)
{ }

Result<void> ProviderSettingsRepository::checkHeaders(const ProviderConfig &provider)
{
    for (const auto &[name, value] : provider.extraHeaders) {
        if (isSecretHeaderName(name)) {
            return Result<void>::failure(
                tr("The header %1 of provider \"%2\" looks like a secret: keep it in the "
                   "keychain with the API key, not in the workspace.")
                    .arg(QString::fromLatin1(name), provider.id));
        }
    }
    return {};
}

Result<void> ProviderSettingsRepository::save(const ProviderConfig &provider)
{
    if (Result<void> checked = checkHeaders(provider); !checked) {
        return checked;
    }
    QJsonArray headers;
    for (const auto &[name, value] : provider.extraHeaders) {
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromUtf8(value)});
    }
    const QJsonObject settings {
        {QStringLiteral("key_env"), provider.apiKeyEnvironmentVariable},
        {QStringLiteral("default_model"), provider.defaultModel},
        {QStringLiteral("timeouts_ms"),
         QJsonObject {{QStringLiteral("connect"), provider.timeouts.connectMs},
                      {QStringLiteral("first_token"), provider.timeouts.firstTokenMs},
                      {QStringLiteral("idle"), provider.timeouts.idleMs},
                      {QStringLiteral("total"), provider.timeouts.totalMs}}},
        {QStringLiteral("headers"), headers},
    };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO providers (id, display_name, format, base_url, settings) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET display_name = "
        "excluded.display_name, format = excluded.format, base_url = excluded.base_url, "
        "settings = excluded.settings"));
    query.addBindValue(provider.id);
    query.addBindValue(provider.displayName.isNull() ? QStringLiteral("") : provider.displayName);
    query.addBindValue(ProviderConfig::formatName(provider.format));
    // A key in the URL's query (?key=…) is a secret too.
    query.addBindValue(redactSecrets(provider.baseUrl.toString(), {provider.apiKey}));
    query.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return Result<void>::failure(tr("Cannot save the provider \"%1\": %2")
                                         .arg(provider.id, query.lastError().databaseText()));
    }
    return {};
}

std::optional<ProviderConfig> ProviderSettingsRepository::load(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, display_name, format, base_url, settings FROM providers WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return fromRow(query);
    }
    return std::nullopt;
}

QList<ProviderConfig> ProviderSettingsRepository::all() const
{
    QList<ProviderConfig> result;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral(
        "SELECT id, display_name, format, base_url, settings FROM providers ORDER BY id"));
    while (query.next()) {
        result.append(fromRow(query));
    }
    return result;
}

Result<void> ProviderSettingsRepository::remove(const QString &id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM providers WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot remove the provider \"%1\": %2").arg(id, query.lastError().databaseText()));
    }
    return {};
}

} // namespace pwb
