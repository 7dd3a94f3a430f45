#include "streaming/decoders/AnthropicDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

namespace pwb {

namespace {

FinishReason finishReasonOf(std::string_view raw)
{
    if (raw == "end_turn" || raw == "stop_sequence") {
        return FinishReason::Stop;
    }
    if (raw == "max_tokens" || raw == "model_context_window_exceeded") {
        return FinishReason::Length;
    }
    if (raw == "tool_use") {
        return FinishReason::ToolCalls;
    }
    if (raw == "refusal") {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Other;
}

} // namespace

void AnthropicDecoder::onEvent(const SseEventView &event, QList<StreamEvent> &out)
{
    if (event.type == "ping") {
        return;
    }
    const json::Value data = parseObject(event.data, out);
    if (!data.exists()) {
        return;
    }
    const std::string_view type = eventType(data, event);

    if (type == "message_start") {
        const json::Value message = data["message"];
        emitStartedOnce(message["model"].string(), message["id"].string(), out);
        const json::Value usage = message["usage"];
        m_usage.inputTokens = usage["input_tokens"].count();
        m_usage.cachedInputTokens = usage["cache_read_input_tokens"].count();
        m_usage.outputTokens = usage["output_tokens"].count();
        if (m_usage.inputTokens >= 0 && m_usage.cachedInputTokens > 0) {
            m_usage.inputTokens += m_usage.cachedInputTokens; // Anthropic counts them apart
        }
        emitEvent(StreamEvent::usageUpdate(m_usage), out);
    } else if (type == "content_block_start") {
        const int index = data["index"].toInt();
        const json::Value block = data["content_block"];
        const QString blockType = block["type"].string();
        m_blockType.insert(index, blockType);
        if (blockType == QLatin1String("tool_use") ||
            blockType == QLatin1String("server_tool_use")) {
            const int toolIndex = int(m_toolIndexByBlock.size());
            m_toolIndexByBlock.insert(index, toolIndex);
            ToolCallDelta piece;
            piece.index = toolIndex;
            piece.id = block["id"].string();
            piece.name = block["name"].string();
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        } else if (blockType == QLatin1String("text") && !block["text"].view().empty()) {
            emitEvent(StreamEvent::textDelta(block["text"].string()), out);
        }
    } else if (type == "content_block_delta") {
        const json::Value delta = data["delta"];
        const std::string_view deltaType = delta["type"].view();
        if (deltaType == "text_delta") {
            emitEvent(StreamEvent::textDelta(delta["text"].string()), out);
        } else if (deltaType == "thinking_delta") {
            emitEvent(StreamEvent::reasoningDelta(delta["thinking"].string()), out);
        } else if (deltaType == "input_json_delta") {
            ToolCallDelta piece;
            piece.index = m_toolIndexByBlock.value(data["index"].toInt(), 0);
            piece.argumentsDelta = delta["partial_json"].string();
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        }
        // signature_delta and citations_delta carry nothing we show.
    } else if (type == "message_delta") {
        if (const json::Value reason = data["delta"]["stop_reason"]; !reason.view().empty()) {
            noteFinish(finishReasonOf(reason.view()), reason.string());
        }
        if (const qint64 output = data["usage"]["output_tokens"].count(); output >= 0) {
            m_usage.outputTokens = output; // cumulative
            emitEvent(StreamEvent::usageUpdate(m_usage), out);
        }
    } else if (type == "message_stop") {
        emitFinished(out);
    } else if (type == "error") {
        const json::Value error = data["error"];
        const QString code = error["type"].string();
        const QString message = error["message"].string();
        fail(classifyStreamedError(code, message), message, code, out);
    }
    // content_block_stop and event types added after this was written are ignored.
}

} // namespace pwb
