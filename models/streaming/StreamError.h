#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace pwb {

// Why a stream failed, in terms a user can act on. Every failure has a phase (how far the
// request got) and a kind (what went wrong), and keeps what the provider itself said.
struct StreamError
{
    Q_DECLARE_TR_FUNCTIONS(pwb::StreamError)

public:
    enum class Phase {
        Connect, // no HTTP response: DNS, refused, TLS, connect timeout
        FirstPacket, // an HTTP response, but no token yet: status + error body, or no first token
        MidStream, // after at least one token: the reply is partial
    };
    enum class Kind {
        Connection, // could not reach the server (DNS, refused, unreachable, TLS)
        Auth, // 401: missing or wrong API key
        Permission, // 403: key lacks access to this model or feature
        NotFound, // 404: wrong model name or endpoint
        BadRequest, // 400/422: the request itself is wrong
        ContextLength, // the prompt plus max tokens exceed the model's context window
        RateLimit, // 429: too many requests or tokens per minute
        Quota, // out of credit or over the plan's quota
        Server, // 5xx: the provider failed
        Overloaded, // 529 / overloaded_error: the provider is busy
        ContentFilter, // the provider refused on safety grounds (nothing was generated)
        Timeout, // connect, first token, idle or total time limit reached
        NetworkReset, // the connection was closed or reset under us
        Protocol, // the reply is not the format it should be
        Cancelled, // the user stopped it
    };
    enum class Timeout { None, Connect, FirstToken, Idle, Total };

    Phase phase = Phase::FirstPacket;
    Kind kind = Kind::Protocol;
    Timeout timeout = Timeout::None; // which limit, when kind is Timeout
    int httpStatus = 0; // 0 when there was no HTTP response
    QString message; // the provider's own message, or ours when it said none
    QString providerCode; // e.g. "overloaded_error", "context_length_exceeded"
    QString body; // the error body as received, capped (kBodyCap)
    std::optional<qint64> retryAfterMs;
    QList<QPair<QString, QString>> rateLimitHeaders; // x-ratelimit-*, anthropic-ratelimit-*, …
    QString partialText; // reply text received before the failure

    static constexpr qsizetype kBodyCap = 16 * 1024;

    // What the user can do about it, one sentence.
    QString hint() const;
    // "mid-stream", "rate limit", … for people: logs, the CLI's messages, tests.
    static QString phaseName(Phase phase);
    static QString kindName(Kind kind);
    // "mid-stream", "rate_limit", … for machines: stable ids in JSON output (pwb decode, --json).
    static QString phaseId(Phase phase);
    static QString kindId(Kind kind);
    // One line: "<kind> (<phase>, HTTP 429): <message>".
    QString summary() const;
};

} // namespace pwb
