#include "streaming/decoders/OpenAiResponsesDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

namespace pwb {

namespace {

Usage usageOf(const json::Value &response)
{
    const json::Value usage = response["usage"];
    Usage counts;
    counts.inputTokens = usage["input_tokens"].count();
    counts.outputTokens = usage["output_tokens"].count();
    counts.reasoningTokens = usage["output_tokens_details"]["reasoning_tokens"].count();
    counts.cachedInputTokens = usage["input_tokens_details"]["cached_tokens"].count();
    return counts;
}

} // namespace

void OpenAiResponsesDecoder::onEvent(const SseEventView &event, QList<StreamEvent> &out)
{
    const json::Value data = parseObject(event.data, out);
    if (!data.exists()) {
        return;
    }
    const std::string_view type = eventType(data, event);
    const json::Value response = data["response"];

    if (type == "response.created" || type == "response.in_progress") {
        if (!started()) {
            emitStartedOnce(response["model"].string(), response["id"].string(), out);
        }
    } else if (type == "response.output_text.delta") {
        emitEvent(StreamEvent::textDelta(data["delta"].string()), out);
    } else if (type == "response.refusal.delta") {
        m_refused = true;
        emitEvent(StreamEvent::textDelta(data["delta"].string()), out);
    } else if (type == "response.reasoning_summary_text.delta" ||
               type == "response.reasoning_text.delta") {
        emitEvent(StreamEvent::reasoningDelta(data["delta"].string()), out);
    } else if (type == "response.output_item.added") {
        const json::Value item = data["item"];
        if (item["type"].is("function_call")) {
            const int index = int(m_toolIndexByItem.size());
            m_toolIndexByItem.insert(item["id"].string(), index);
            ToolCallDelta piece;
            piece.index = index;
            piece.id = item["call_id"].string();
            piece.name = item["name"].string();
            piece.argumentsDelta = item["arguments"].string();
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        }
    } else if (type == "response.function_call_arguments.delta") {
        ToolCallDelta piece;
        piece.index = m_toolIndexByItem.value(data["item_id"].string(), 0);
        piece.argumentsDelta = data["delta"].string();
        emitEvent(StreamEvent::toolCallDelta(piece), out);
    } else if (type == "response.completed") {
        emitEvent(StreamEvent::usageUpdate(usageOf(response)), out);
        noteFinish(m_refused                         ? FinishReason::ContentFilter
                       : m_toolIndexByItem.isEmpty() ? FinishReason::Stop
                                                     : FinishReason::ToolCalls,
                   response["status"].string());
        emitFinished(out);
    } else if (type == "response.incomplete") {
        emitEvent(StreamEvent::usageUpdate(usageOf(response)), out);
        const json::Value reason = response["incomplete_details"]["reason"];
        noteFinish(reason.is("max_output_tokens")    ? FinishReason::Length
                       : reason.is("content_filter") ? FinishReason::ContentFilter
                                                     : FinishReason::Other,
                   reason.string());
        emitFinished(out);
    } else if (type == "response.failed") {
        const json::Value error = response["error"];
        const QString code = error["code"].string();
        const QString message = error["message"].string();
        fail(classifyStreamedError(code, message), message, code, out);
    } else if (type == "error") {
        const QString code = data["code"].string();
        const QString message = data["message"].string();
        fail(classifyStreamedError(code, message), message, code, out);
    }
    // Every other event type (content_part.added, output_text.done, …) carries nothing new.
}

} // namespace pwb
