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

// Anthropic requires max_tokens; this is what we send when the prompt sets none.
inline constexpr int kAnthropicDefaultMaxTokens = 4096;

} // namespace pwb
