#include "providers/ProviderConfig.h"

#include "providers/demo/DemoEndpoint.h"

#include <QCoreApplication>

namespace pwb {

namespace {

ProviderConfig make(const char *id, const char *name, ApiFormat format, const char *url,
                    const char *keyVariable)
{
    ProviderConfig config;
    config.id = QString::fromLatin1(id);
    config.displayName = QString::fromLatin1(name);
    config.format = format;
    config.baseUrl = QUrl(QString::fromLatin1(url));
    config.apiKeyEnvironmentVariable = QString::fromLatin1(keyVariable);
    return config;
}

// Answered in-process by demo::DemoNetworkAccessManager: no key, no network, same stream path.
ProviderConfig demoPreset()
{
    ProviderConfig config = make("demo", "", ApiFormat::OpenAiChat, "", "");
    config.displayName =
        QCoreApplication::translate("pwb::ProviderConfig", "Offline demo (no network)");
    config.baseUrl = QUrl(demo::kBaseUrl);
    return config;
}

} // namespace

QList<ProviderConfig> ProviderConfig::presets()
{
    return {
        make("openai", "OpenAI", ApiFormat::OpenAiChat, "https://api.openai.com/v1",
             "OPENAI_API_KEY"),
        make("openai-responses", "OpenAI (Responses API)", ApiFormat::OpenAiResponses,
             "https://api.openai.com/v1", "OPENAI_API_KEY"),
        make("anthropic", "Anthropic", ApiFormat::Anthropic, "https://api.anthropic.com",
             "ANTHROPIC_API_KEY"),
        make("gemini", "Google Gemini", ApiFormat::Gemini,
             "https://generativelanguage.googleapis.com", "GEMINI_API_KEY"),
        make("ollama", "Ollama", ApiFormat::Ollama, "http://localhost:11434", ""),
        make("deepseek", "DeepSeek", ApiFormat::OpenAiChat, "https://api.deepseek.com/v1",
             "DEEPSEEK_API_KEY"),
        make("qwen", "Qwen (DashScope)", ApiFormat::OpenAiChat,
             "https://dashscope.aliyuncs.com/compatible-mode/v1", "DASHSCOPE_API_KEY"),
        make("openai-compatible", "OpenAI-compatible server", ApiFormat::OpenAiChat,
             "http://localhost:8000/v1", "OPENAI_API_KEY"),
        demoPreset(),
    };
}

bool ProviderConfig::isOfflineDemo() const
{
    return baseUrl.host().compare(demo::kHost, Qt::CaseInsensitive) == 0;
}

std::optional<ProviderConfig> ProviderConfig::preset(const QString &id)
{
    // "custom" was the first name of the OpenAI-compatible preset; scripts may still use it.
    const QString wanted = id == QLatin1String("custom") ? QStringLiteral("openai-compatible") : id;
    for (const ProviderConfig &config : presets()) {
        if (config.id == wanted) {
            return config;
        }
    }
    return std::nullopt;
}

QString ProviderConfig::formatName(ApiFormat format)
{
    switch (format) {
    case ApiFormat::OpenAiChat:
        return QStringLiteral("openai-chat");
    case ApiFormat::OpenAiResponses:
        return QStringLiteral("openai-responses");
    case ApiFormat::Anthropic:
        return QStringLiteral("anthropic");
    case ApiFormat::Gemini:
        return QStringLiteral("gemini");
    case ApiFormat::Ollama:
        return QStringLiteral("ollama");
    }
    return {};
}

std::optional<ApiFormat> ProviderConfig::formatFromName(const QString &name)
{
    for (ApiFormat format : {ApiFormat::OpenAiChat, ApiFormat::OpenAiResponses,
                             ApiFormat::Anthropic, ApiFormat::Gemini, ApiFormat::Ollama}) {
        if (formatName(format) == name) {
            return format;
        }
    }
    return std::nullopt;
}

} // namespace pwb
