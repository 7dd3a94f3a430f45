#include "streaming/decoders/AnthropicDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

namespace pwb {

namespace {

FinishReason finishReasonOf(const QString &raw)
{
    if (raw == QLatin1String("end_turn") || raw == QLatin1String("stop_sequence")) {
        return FinishReason::Stop;
    }
    if (raw == QLatin1String("max_tokens") ||
        raw == QLatin1String("model_context_window_exceeded")) {
        return FinishReason::Length;
    }
    if (raw == QLatin1String("tool_use")) {
        return FinishReason::ToolCalls;
    }
    if (raw == QLatin1String("refusal")) {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Other;
}

} // namespace

void AnthropicDecoder::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    using namespace json;
    if (event.type == QLatin1String("ping")) {
        return;
    }
    const std::optional<QJsonObject> data = parseObject(event.data.toUtf8(), out);
    if (!data) {
        return;
    }
    const QString type = data->value(QLatin1String("type")).toString(event.type);

    if (type == QLatin1String("message_start")) {
        const QJsonObject message = object(*data, QLatin1String("message"));
        emitStartedOnce(string(message, QLatin1String("model")),
                        string(message, QLatin1String("id")), out);
        const QJsonObject usage = object(message, QLatin1String("usage"));
        m_usage.inputTokens = count(usage, QLatin1String("input_tokens"));
        m_usage.cachedInputTokens = count(usage, QLatin1String("cache_read_input_tokens"));
        m_usage.outputTokens = count(usage, QLatin1String("output_tokens"));
        if (m_usage.inputTokens >= 0 && m_usage.cachedInputTokens > 0) {
            m_usage.inputTokens += m_usage.cachedInputTokens; // Anthropic counts them apart
        }
        emitEvent(StreamEvent::usageUpdate(m_usage), out);
    } else if (type == QLatin1String("content_block_start")) {
        const int index = data->value(QLatin1String("index")).toInt();
        const QJsonObject block = object(*data, QLatin1String("content_block"));
        const QString blockType = string(block, QLatin1String("type"));
        m_blockType.insert(index, blockType);
        if (blockType == QLatin1String("tool_use") ||
            blockType == QLatin1String("server_tool_use")) {
            const int toolIndex = int(m_toolIndexByBlock.size());
            m_toolIndexByBlock.insert(index, toolIndex);
            ToolCallDelta piece;
            piece.index = toolIndex;
            piece.id = string(block, QLatin1String("id"));
            piece.name = string(block, QLatin1String("name"));
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        } else if (blockType == QLatin1String("text")) {
            const QString text = string(block, QLatin1String("text"));
            if (!text.isEmpty()) {
                emitEvent(StreamEvent::textDelta(text), out);
            }
        }
    } else if (type == QLatin1String("content_block_delta")) {
        const int index = data->value(QLatin1String("index")).toInt();
        const QJsonObject delta = object(*data, QLatin1String("delta"));
        const QString deltaType = string(delta, QLatin1String("type"));
        if (deltaType == QLatin1String("text_delta")) {
            emitEvent(StreamEvent::textDelta(string(delta, QLatin1String("text"))), out);
        } else if (deltaType == QLatin1String("thinking_delta")) {
            emitEvent(StreamEvent::reasoningDelta(string(delta, QLatin1String("thinking"))), out);
        } else if (deltaType == QLatin1String("input_json_delta")) {
            ToolCallDelta piece;
            piece.index = m_toolIndexByBlock.value(index, 0);
            piece.argumentsDelta = string(delta, QLatin1String("partial_json"));
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        }
        // signature_delta and citations_delta carry nothing we show.
    } else if (type == QLatin1String("message_delta")) {
        const QString reason =
            string(object(*data, QLatin1String("delta")), QLatin1String("stop_reason"));
        if (!reason.isEmpty()) {
            noteFinish(finishReasonOf(reason), reason);
        }
        const qint64 output =
            count(object(*data, QLatin1String("usage")), QLatin1String("output_tokens"));
        if (output >= 0) {
            m_usage.outputTokens = output; // cumulative
            emitEvent(StreamEvent::usageUpdate(m_usage), out);
        }
    } else if (type == QLatin1String("message_stop")) {
        emitFinished(out);
    } else if (type == QLatin1String("error")) {
        const QJsonObject error = object(*data, QLatin1String("error"));
        const QString code = string(error, QLatin1String("type"));
        const QString message = string(error, QLatin1String("message"));
        fail(classifyStreamedError(code, message), message, code, out);
    }
    // content_block_stop and event types added after this was written are ignored.
}

} // namespace pwb
