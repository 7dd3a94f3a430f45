#pragma once

#include "streaming/StreamError.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

namespace pwb {

// What a provider's error JSON says, whichever provider wrote it:
//   OpenAI / compatible  {"error": {"message", "type", "code"}}
//   Anthropic            {"type": "error", "error": {"type", "message"}}
//   Gemini               {"error": {"code", "message", "status"}}  (also wrapped in [ ])
//   Ollama               {"error": "message"}
struct ProviderErrorBody
{
    QString message;
    QString code; // the most specific code given: code, else type, else status
    QString type;
    bool parsed = false; // false when the body is not one of the shapes above
};

ProviderErrorBody parseProviderErrorBody(QByteArrayView body);

// The kind of a failure from the HTTP status and what the provider said.
StreamError::Kind classifyHttpError(int httpStatus, const ProviderErrorBody &body);

// The kind of an error reported inside an HTTP 200 stream (OpenAI error chunk, Anthropic
// `event: error`, Responses `response.failed`), from its code/type and message.
StreamError::Kind classifyStreamedError(const QString &code, const QString &message);

// True when `message` says the context window was exceeded (each provider words it its own way).
bool mentionsContextLength(const QString &message);

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// retry-after-ms, then retry-after (seconds, fractional allowed, or an HTTP date relative to
// `nowUtcMs`). Absent or unparsable: nullopt.
std::optional<qint64> parseRetryAfterMs(const HttpHeaders &headers, qint64 nowUtcMs);

// The rate-limit headers worth showing: x-ratelimit-*, anthropic-ratelimit-*, retry-after*.
QList<QPair<QString, QString>> rateLimitHeaders(const HttpHeaders &headers);

} // namespace pwb
