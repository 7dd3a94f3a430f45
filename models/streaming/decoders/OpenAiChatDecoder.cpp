#include "streaming/decoders/OpenAiChatDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

namespace pwb {

namespace {

FinishReason finishReasonOf(std::string_view raw)
{
    if (raw == "stop") {
        return FinishReason::Stop;
    }
    if (raw == "length") {
        return FinishReason::Length;
    }
    if (raw == "tool_calls" || raw == "function_call") {
        return FinishReason::ToolCalls;
    }
    if (raw == "content_filter") {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Other;
}

} // namespace

void OpenAiChatDecoder::onEvent(const SseEventView &event, QList<StreamEvent> &out)
{
    if (event.data.trimmed() == "[DONE]") {
        emitFinished(out); // complete: [DONE] ends the stream whatever came before
        return;
    }
    const json::Value chunk = parseObject(event.data, out);
    if (!chunk.exists()) {
        return;
    }
    if (const json::Value error = chunk["error"]; error.isObject()) {
        const QString code =
            error["code"].isString() ? error["code"].string() : error["type"].string();
        const QString message = error["message"].string();
        fail(classifyStreamedError(code, message), message, code, out);
        return;
    }
    if (!started()) {
        emitStartedOnce(chunk["model"].string(), chunk["id"].string(), out);
    }

    chunk["choices"].forEach([&](const json::Value &choice) {
        const json::Value delta = choice["delta"];
        // DeepSeek and Qwen send reasoning_content; vLLM and OpenRouter send reasoning.
        for (const std::string_view key : {"reasoning_content", "reasoning"}) {
            if (const std::string_view reasoning = delta[key].view(); !reasoning.empty()) {
                emitEvent(StreamEvent::reasoningDelta(delta[key].string()), out);
            }
        }
        if (const json::Value content = delta["content"]; !content.view().empty()) {
            emitEvent(StreamEvent::textDelta(content.string()), out);
        }
        delta["tool_calls"].forEach([&](const json::Value &call) {
            const json::Value function = call["function"];
            ToolCallDelta piece;
            piece.index = call["index"].toInt();
            piece.id = call["id"].string();
            piece.name = function["name"].string();
            piece.argumentsDelta = function["arguments"].string();
            emitEvent(StreamEvent::toolCallDelta(piece), out);
        });
        if (const std::string_view reason = choice["finish_reason"].view(); !reason.empty()) {
            noteFinish(finishReasonOf(reason), choice["finish_reason"].string());
        }
    });

    if (const json::Value usage = chunk["usage"]; usage.isObject()) {
        Usage counts;
        counts.inputTokens = usage["prompt_tokens"].count();
        counts.outputTokens = usage["completion_tokens"].count();
        counts.reasoningTokens = usage["completion_tokens_details"]["reasoning_tokens"].count();
        counts.cachedInputTokens = usage["prompt_tokens_details"]["cached_tokens"].count();
        if (counts.cachedInputTokens < 0) { // DeepSeek's own field
            counts.cachedInputTokens = usage["prompt_cache_hit_tokens"].count();
        }
        emitEvent(StreamEvent::usageUpdate(counts), out);
    }
}

} // namespace pwb
