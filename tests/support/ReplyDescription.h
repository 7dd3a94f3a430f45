#pragma once

#include "streaming/StreamedReply.h"

#include <QStringList>

namespace pwb::test {

inline QString describeUsage(const Usage &usage)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(usage.inputTokens)
        .arg(usage.outputTokens)
        .arg(usage.reasoningTokens)
        .arg(usage.cachedInputTokens);
}

inline QString describeToolCalls(const StreamedReply &reply)
{
    QStringList calls;
    for (const StreamedReply::ToolCall &call : reply.toolCalls) {
        calls << QStringLiteral("%1 %2 %3").arg(call.id, call.name, call.arguments);
    }
    return calls.join(QLatin1Char('|'));
}

// "finished <reason> complete|truncated" or "failed <kind> <phase>", the way tests assert ends.
inline QString describeEnd(const StreamedReply &reply)
{
    switch (reply.state) {
    case StreamedReply::State::Finished:
        return QStringLiteral("finished %1 %2")
            .arg(StreamEvent::finishReasonName(reply.finishReason),
                 reply.complete ? QStringLiteral("complete") : QStringLiteral("truncated"));
    case StreamedReply::State::Failed:
        return QStringLiteral("failed %1 %2")
            .arg(StreamError::kindName(reply.error.kind),
                 StreamError::phaseName(reply.error.phase));
    case StreamedReply::State::Waiting:
        return QStringLiteral("waiting");
    case StreamedReply::State::Streaming:
        return QStringLiteral("streaming");
    }
    return {};
}

// Every event on one line, for comparing two event sequences exactly.
inline QString describeEvents(const QList<StreamEvent> &events)
{
    QStringList lines;
    for (const StreamEvent &e : events) {
        lines << QStringLiteral("%1 [%2] %3 %4 %5 %6 %7/%8 %9")
                     .arg(StreamEvent::typeName(e.type), e.text, e.model, e.toolCall.name,
                          e.toolCall.argumentsDelta, describeUsage(e.usage),
                          StreamEvent::finishReasonName(e.finishReason),
                          e.complete ? QStringLiteral("c") : QStringLiteral("t"),
                          e.type == StreamEvent::Type::Failed ? e.error.summary() : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pwb::test
