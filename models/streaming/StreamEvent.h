#pragma once

#include "streaming/StreamError.h"

#include <QMetaType>
#include <QString>

namespace pwb {

// Token counts as the provider reported them; -1 where it did not.
struct Usage
{
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    qint64 reasoningTokens = -1; // part of outputTokens where the provider counts them
    qint64 cachedInputTokens = -1; // part of inputTokens served from the provider's cache

    bool operator==(const Usage &) const = default;
};

// A piece of a tool (function) call. Arguments arrive as JSON text in pieces; `index` says
// which call of the reply a piece belongs to. `id` and `name` come with the first piece.
struct ToolCallDelta
{
    int index = 0;
    QString id;
    QString name;
    QString argumentsDelta;

    bool operator==(const ToolCallDelta &) const = default;
};

// Times of one request in milliseconds since it was sent; -1 until reached.
struct StreamTimings
{
    qint64 headersMs = -1; // response headers arrived
    qint64 firstByteMs = -1; // first byte of the body
    qint64 firstTokenMs = -1; // first text, reasoning or tool-call piece (TTFT)
    qint64 lastTokenMs = -1;
    qint64 endMs = -1; // finished, failed or cancelled

    // Output tokens per second between the first and the last token, or -1 when unknown.
    double tokensPerSecond(qint64 outputTokens) const;
    bool operator==(const StreamTimings &) const = default;
};

enum class FinishReason { Stop, Length, ToolCalls, ContentFilter, Other };

// One thing that happened in a streamed reply, the same for every provider. A stream is:
// Started, then any number of deltas and Usage events, then exactly one Finished or Failed.
struct StreamEvent
{
    enum class Type { Started, TextDelta, ReasoningDelta, ToolCallDelta, Usage, Finished, Failed };

    Type type = Type::TextDelta;
    QString text; // TextDelta, ReasoningDelta
    ToolCallDelta toolCall; // ToolCallDelta
    pwb::Usage usage; // Usage: the totals so far (replace, do not add)
    QString model; // Started: the model the provider says it runs
    QString responseId; // Started
    FinishReason finishReason = FinishReason::Stop; // Finished
    QString rawFinishReason; // Finished: the provider's own word ("end_turn", "MAX_TOKENS")
    bool complete = true; // Finished: false when the stream ended without its terminal event
    StreamError error; // Failed
    StreamTimings timings; // Finished, Failed: filled by the provider, not the decoders

    static StreamEvent started(const QString &model, const QString &responseId);
    static StreamEvent textDelta(const QString &text);
    static StreamEvent reasoningDelta(const QString &text);
    static StreamEvent toolCallDelta(const ToolCallDelta &delta);
    static StreamEvent usageUpdate(const pwb::Usage &usage);
    static StreamEvent finished(FinishReason reason, const QString &rawReason, bool complete);
    static StreamEvent failed(const StreamError &error);

    bool isToken() const
    {
        return type == Type::TextDelta || type == Type::ReasoningDelta ||
            type == Type::ToolCallDelta;
    }
    bool isTerminal() const { return type == Type::Finished || type == Type::Failed; }

    static QString typeName(Type type);
    static QString finishReasonName(FinishReason reason);
    // "stop", "length", "tool_calls", "content_filter", "other": stable ids for JSON output.
    static QString finishReasonId(FinishReason reason);
};

} // namespace pwb

Q_DECLARE_METATYPE(pwb::StreamEvent)
