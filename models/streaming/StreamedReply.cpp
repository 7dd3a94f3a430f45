#include "streaming/StreamedReply.h"

namespace pwb {

void StreamedReply::apply(const StreamEvent &event)
{
    if (ended()) {
        return;
    }
    switch (event.type) {
    case StreamEvent::Type::Started:
        state = State::Streaming;
        model = event.model;
        responseId = event.responseId;
        break;
    case StreamEvent::Type::TextDelta:
        state = State::Streaming;
        text += event.text;
        ++deltaCount;
        break;
    case StreamEvent::Type::ReasoningDelta:
        state = State::Streaming;
        reasoning += event.text;
        ++deltaCount;
        break;
    case StreamEvent::Type::ToolCallDelta: {
        state = State::Streaming;
        const int index = qMax(0, event.toolCall.index);
        if (toolCalls.size() <= index) {
            toolCalls.resize(index + 1);
        }
        ToolCall &call = toolCalls[index];
        if (!event.toolCall.id.isEmpty()) {
            call.id = event.toolCall.id;
        }
        if (!event.toolCall.name.isEmpty()) {
            call.name = event.toolCall.name;
        }
        call.arguments += event.toolCall.argumentsDelta;
        ++deltaCount;
        break;
    }
    case StreamEvent::Type::Usage:
        usage = event.usage;
        break;
    case StreamEvent::Type::Finished:
        state = State::Finished;
        finishReason = event.finishReason;
        rawFinishReason = event.rawFinishReason;
        complete = event.complete;
        timings = event.timings;
        break;
    case StreamEvent::Type::Failed:
        state = State::Failed;
        error = event.error;
        timings = event.timings;
        break;
    }
}

} // namespace pwb
