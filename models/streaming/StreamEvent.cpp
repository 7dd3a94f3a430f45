#include "streaming/StreamEvent.h"

namespace pwb {

double StreamTimings::tokensPerSecond(qint64 outputTokens) const
{
    if (outputTokens <= 0 || firstTokenMs < 0 || lastTokenMs <= firstTokenMs) {
        return -1;
    }
    return double(outputTokens) * 1000.0 / double(lastTokenMs - firstTokenMs);
}

StreamEvent StreamEvent::started(const QString &model, const QString &responseId)
{
    StreamEvent event;
    event.type = Type::Started;
    event.model = model;
    event.responseId = responseId;
    return event;
}

StreamEvent StreamEvent::textDelta(const QString &text)
{
    StreamEvent event;
    event.type = Type::TextDelta;
    event.text = text;
    return event;
}

StreamEvent StreamEvent::reasoningDelta(const QString &text)
{
    StreamEvent event;
    event.type = Type::ReasoningDelta;
    event.text = text;
    return event;
}

StreamEvent StreamEvent::toolCallDelta(const ToolCallDelta &delta)
{
    StreamEvent event;
    event.type = Type::ToolCallDelta;
    event.toolCall = delta;
    return event;
}

StreamEvent StreamEvent::usageUpdate(const pwb::Usage &usage)
{
    StreamEvent event;
    event.type = Type::Usage;
    event.usage = usage;
    return event;
}

StreamEvent StreamEvent::finished(FinishReason reason, const QString &rawReason, bool complete)
{
    StreamEvent event;
    event.type = Type::Finished;
    event.finishReason = reason;
    event.rawFinishReason = rawReason;
    event.complete = complete;
    return event;
}

StreamEvent StreamEvent::failed(const StreamError &error)
{
    StreamEvent event;
    event.type = Type::Failed;
    event.error = error;
    return event;
}

QString StreamEvent::typeName(Type type)
{
    switch (type) {
    case Type::Started:
        return QStringLiteral("started");
    case Type::TextDelta:
        return QStringLiteral("text");
    case Type::ReasoningDelta:
        return QStringLiteral("reasoning");
    case Type::ToolCallDelta:
        return QStringLiteral("tool-call");
    case Type::Usage:
        return QStringLiteral("usage");
    case Type::Finished:
        return QStringLiteral("finished");
    case Type::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString StreamEvent::finishReasonId(FinishReason reason)
{
    return finishReasonName(reason).replace(QLatin1Char(' '), QLatin1Char('_'));
}

QString StreamEvent::finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return QStringLiteral("stop");
    case FinishReason::Length:
        return QStringLiteral("length");
    case FinishReason::ToolCalls:
        return QStringLiteral("tool calls");
    case FinishReason::ContentFilter:
        return QStringLiteral("content filter");
    case FinishReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace pwb
