#include "streaming/decoders/OpenAiResponsesDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

namespace pwb {

namespace {

Usage usageOf(const QJsonObject &response)
{
    using namespace json;
    const QJsonObject usage = object(response, QLatin1String("usage"));
    Usage counts;
    counts.inputTokens = count(usage, QLatin1String("input_tokens"));
    counts.outputTokens = count(usage, QLatin1String("output_tokens"));
    counts.reasoningTokens = count(object(usage, QLatin1String("output_tokens_details")),
                                   QLatin1String("reasoning_tokens"));
    counts.cachedInputTokens =
        count(object(usage, QLatin1String("input_tokens_details")), QLatin1String("cached_tokens"));
    return counts;
}

} // namespace

void OpenAiResponsesDecoder::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    using namespace json;
    const std::optional<QJsonObject> data = parseObject(event.data.toUtf8(), out);
    if (!data) {
        return;
    }
    // The type is in the JSON; the SSE `event:` field repeats it (and may be absent).
    const QString type = data->value(QLatin1String("type")).toString(event.type);
    const QJsonObject response = object(*data, QLatin1String("response"));

    if (type == QLatin1String("response.created") ||
        type == QLatin1String("response.in_progress")) {
        emitStartedOnce(string(response, QLatin1String("model")),
                        string(response, QLatin1String("id")), out);
    } else if (type == QLatin1String("response.output_text.delta")) {
        emitEvent(StreamEvent::textDelta(string(*data, QLatin1String("delta"))), out);
    } else if (type == QLatin1String("response.refusal.delta")) {
        m_refused = true;
        emitEvent(StreamEvent::textDelta(string(*data, QLatin1String("delta"))), out);
    } else if (type == QLatin1String("response.reasoning_summary_text.delta") ||
               type == QLatin1String("response.reasoning_text.delta")) {
        emitEvent(StreamEvent::reasoningDelta(string(*data, QLatin1String("delta"))), out);
    } else if (type == QLatin1String("response.output_item.added")) {
        const QJsonObject item = object(*data, QLatin1String("item"));
        if (string(item, QLatin1String("type")) == QLatin1String("function_call")) {
            const int index = int(m_toolIndexByItem.size());
            m_toolIndexByItem.insert(string(item, QLatin1String("id")), index);
            ToolCallDelta piece;
            piece.index = index;
            piece.id = string(item, QLatin1String("call_id"));
            piece.name = string(item, QLatin1String("name"));
            piece.argumentsDelta = string(item, QLatin1String("arguments"));
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        }
    } else if (type == QLatin1String("response.function_call_arguments.delta")) {
        ToolCallDelta piece;
        piece.index = m_toolIndexByItem.value(string(*data, QLatin1String("item_id")), 0);
        piece.argumentsDelta = string(*data, QLatin1String("delta"));
        emitEvent(StreamEvent::toolCallDelta(piece), out);
    } else if (type == QLatin1String("response.completed")) {
        emitEvent(StreamEvent::usageUpdate(usageOf(response)), out);
        noteFinish(m_refused                         ? FinishReason::ContentFilter
                       : m_toolIndexByItem.isEmpty() ? FinishReason::Stop
                                                     : FinishReason::ToolCalls,
                   string(response, QLatin1String("status")));
        emitFinished(out);
    } else if (type == QLatin1String("response.incomplete")) {
        emitEvent(StreamEvent::usageUpdate(usageOf(response)), out);
        const QString reason =
            string(object(response, QLatin1String("incomplete_details")), QLatin1String("reason"));
        noteFinish(reason == QLatin1String("max_output_tokens")    ? FinishReason::Length
                       : reason == QLatin1String("content_filter") ? FinishReason::ContentFilter
                                                                   : FinishReason::Other,
                   reason);
        emitFinished(out);
    } else if (type == QLatin1String("response.failed")) {
        const QJsonObject error = object(response, QLatin1String("error"));
        const QString code = string(error, QLatin1String("code"));
        const QString message = string(error, QLatin1String("message"));
        fail(classifyStreamedError(code, message), message, code, out);
    } else if (type == QLatin1String("error")) {
        const QString code = string(*data, QLatin1String("code"));
        const QString message = string(*data, QLatin1String("message"));
        fail(classifyStreamedError(code, message), message, code, out);
    }
    // Every other event type (content_part.added, output_text.done, …) carries nothing new.
}

} // namespace pwb
