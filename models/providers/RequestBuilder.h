#pragma once

#include "providers/ChatRequest.h"
#include "providers/ProviderConfig.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace pwb {

// The HTTP request that streams `request` from a provider, before it becomes a
// QNetworkRequest: pure data, so tests can check exactly what each provider is sent.
struct HttpRequestSpec
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // includes the API key header, if any
    QByteArray body; // JSON
};

// OpenAI chat:      POST {base}/chat/completions, stream + stream_options.include_usage
// OpenAI Responses: POST {base}/responses, system messages become `instructions`
// Anthropic:        POST {base}/v1/messages, x-api-key + anthropic-version, max_tokens required
// Gemini:           POST {base}/v1beta/models/{model}:streamGenerateContent?alt=sse
// Ollama:           POST {base}/api/chat (NDJSON)
HttpRequestSpec buildStreamingRequest(const ProviderConfig &provider, const ChatRequest &request);

// The GET request that lists the provider's models (empty body), at the same base and with the
// same key header as its streaming requests:
// OpenAI chat and Responses: GET {base}/models                       Authorization: Bearer
// Anthropic:                 GET {base}/v1/models?limit=1000         x-api-key + anthropic-version
// Gemini:                    GET {base}/v1beta/models?pageSize=1000  x-goog-api-key
// Ollama:                    GET {base}/api/tags                     Authorization: Bearer, if any
HttpRequestSpec buildModelListRequest(const ProviderConfig &provider);

// The header that carries the provider's API key in its format (none when there is no key).
QList<QPair<QByteArray, QByteArray>> apiKeyHeaders(const ProviderConfig &provider);

// Anthropic requires max_tokens; this is what we send when the prompt sets none.
inline constexpr int kAnthropicDefaultMaxTokens = 4096;

} // namespace pwb
