#pragma once

#include "streaming/StreamDecoder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace pwb {

// Time limits of one streamed request, in milliseconds; 0 disables a limit. The defaults suit
// minutes-long generations and reasoning models that think for a while before the first token.
struct StreamTimeouts
{
    int connectMs = 15'000; // until the request is on the wire
    int firstTokenMs = 180'000; // from sending until the first token (covers slow headers too)
    int idleMs = 90'000; // no byte at all for this long, once the response has begun
    int totalMs = 1'800'000; // the whole request
};

// How to reach one provider. The API key is held in memory only; it comes from the keychain or
// an environment variable and is never written anywhere by us.
struct ProviderConfig
{
    QString id; // "openai", "anthropic", "my-vllm", …
    QString displayName;
    ApiFormat format = ApiFormat::OpenAiChat;
    QUrl baseUrl; // e.g. https://api.openai.com/v1, http://localhost:11434
    QString defaultModel; // offered for new prompts; empty: none chosen
    QString apiKey;
    QString apiKeyEnvironmentVariable; // where a key is read from when none is stored
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    StreamTimeouts timeouts;
    qsizetype maxEventBytes = 16 * 1024 * 1024; // a larger event or line is a protocol error

    // Built-in providers: openai, openai-responses, anthropic, gemini, ollama, deepseek, qwen,
    // plus "openai-compatible" (any OpenAI-compatible server at a base URL you give: vLLM,
    // llama.cpp, LM Studio, OpenRouter, …; "custom" is accepted as another name for it), and
    // "demo", the offline demo (needs no key; only demo::DemoNetworkAccessManager answers it).
    static QList<ProviderConfig> presets();
    static std::optional<ProviderConfig> preset(const QString &id);

    // Aimed at the offline demo's host: needs no key and no network.
    bool isOfflineDemo() const;

    static QString formatName(ApiFormat format);
    static std::optional<ApiFormat> formatFromName(const QString &name);
};

} // namespace pwb
