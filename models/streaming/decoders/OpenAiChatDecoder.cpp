#include "streaming/decoders/OpenAiChatDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

namespace pwb {

namespace {

FinishReason finishReasonOf(const QString &raw)
{
    if (raw == QLatin1String("stop")) {
        return FinishReason::Stop;
    }
    if (raw == QLatin1String("length")) {
        return FinishReason::Length;
    }
    if (raw == QLatin1String("tool_calls") || raw == QLatin1String("function_call")) {
        return FinishReason::ToolCalls;
    }
    if (raw == QLatin1String("content_filter")) {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Other;
}

} // namespace

void OpenAiChatDecoder::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    using namespace json;
    const QString trimmed = event.data.trimmed();
    if (trimmed == QLatin1String("[DONE]")) {
        emitFinished(out); // complete: [DONE] ends the stream whatever came before
        return;
    }
    const std::optional<QJsonObject> chunk = parseObject(event.data.toUtf8(), out);
    if (!chunk) {
        return;
    }
    if (chunk->value(QLatin1String("error")).isObject()) {
        const QJsonObject error = object(*chunk, QLatin1String("error"));
        const QString code = error.value(QLatin1String("code")).isString()
            ? string(error, QLatin1String("code"))
            : string(error, QLatin1String("type"));
        const QString message = string(error, QLatin1String("message"));
        fail(classifyStreamedError(code, message), message, code, out);
        return;
    }
    emitStartedOnce(string(*chunk, QLatin1String("model")), string(*chunk, QLatin1String("id")),
                    out);

    for (const QJsonValue &choiceValue : array(*chunk, QLatin1String("choices"))) {
        const QJsonObject choice = choiceValue.toObject();
        const QJsonObject delta = object(choice, QLatin1String("delta"));
        // DeepSeek and Qwen send reasoning_content; vLLM and OpenRouter send reasoning.
        for (const auto key : {QLatin1String("reasoning_content"), QLatin1String("reasoning")}) {
            const QString reasoning = string(delta, key);
            if (!reasoning.isEmpty()) {
                emitEvent(StreamEvent::reasoningDelta(reasoning), out);
            }
        }
        const QString content = string(delta, QLatin1String("content"));
        if (!content.isEmpty()) {
            emitEvent(StreamEvent::textDelta(content), out);
        }
        for (const QJsonValue &callValue : array(delta, QLatin1String("tool_calls"))) {
            const QJsonObject call = callValue.toObject();
            const QJsonObject function = object(call, QLatin1String("function"));
            ToolCallDelta piece;
            piece.index = call.value(QLatin1String("index")).toInt();
            piece.id = string(call, QLatin1String("id"));
            piece.name = string(function, QLatin1String("name"));
            piece.argumentsDelta = string(function, QLatin1String("arguments"));
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        }
        const QString reason = string(choice, QLatin1String("finish_reason"));
        if (!reason.isEmpty()) {
            noteFinish(finishReasonOf(reason), reason);
        }
    }

    const QJsonObject usage = object(*chunk, QLatin1String("usage"));
    if (!usage.isEmpty()) {
        Usage counts;
        counts.inputTokens = count(usage, QLatin1String("prompt_tokens"));
        counts.outputTokens = count(usage, QLatin1String("completion_tokens"));
        counts.reasoningTokens = count(object(usage, QLatin1String("completion_tokens_details")),
                                       QLatin1String("reasoning_tokens"));
        counts.cachedInputTokens = count(object(usage, QLatin1String("prompt_tokens_details")),
                                         QLatin1String("cached_tokens"));
        if (counts.cachedInputTokens < 0) { // DeepSeek's own field
            counts.cachedInputTokens = count(usage, QLatin1String("prompt_cache_hit_tokens"));
        }
        emitEvent(StreamEvent::usageUpdate(counts), out);
    }
}

} // namespace pwb
