#pragma once

#include "streaming/StreamEvent.h"

#include <QList>

namespace pwb {

// A reply assembled from its StreamEvents: the text and reasoning so far, tool calls with their
// argument pieces joined, the latest usage, and how it ended. The chat pane, the run recorder
// and the CLI all fold events through this one place.
struct StreamedReply
{
    struct ToolCall
    {
        QString id;
        QString name;
        QString arguments; // JSON text, complete once the reply has finished
        bool operator==(const ToolCall &) const = default;
    };
    enum class State { Waiting, Streaming, Finished, Failed };

    State state = State::Waiting;
    QString model;
    QString responseId;
    QString text;
    QString reasoning;
    QList<ToolCall> toolCalls; // by index
    Usage usage;
    FinishReason finishReason = FinishReason::Stop;
    QString rawFinishReason;
    bool complete = false;
    StreamError error;
    StreamTimings timings;
    int deltaCount = 0;

    void apply(const StreamEvent &event);
    bool ended() const { return state == State::Finished || state == State::Failed; }
};

} // namespace pwb
