#include "streaming/decoders/GeminiDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

#include <QCoreApplication>

namespace pwb {

namespace {

FinishReason finishReasonOf(std::string_view raw)
{
    if (raw == "STOP") {
        return FinishReason::Stop;
    }
    if (raw == "MAX_TOKENS") {
        return FinishReason::Length;
    }
    if (raw == "SAFETY" || raw == "RECITATION" || raw == "BLOCKLIST" ||
        raw == "PROHIBITED_CONTENT" || raw == "SPII" || raw == "IMAGE_SAFETY") {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Other;
}

} // namespace

void GeminiDecoder::onEvent(const SseEventView &event, QList<StreamEvent> &out)
{
    const json::Value data = parseObject(event.data, out);
    if (!data.exists()) {
        return;
    }
    if (const json::Value error = data["error"]; error.isObject()) {
        const QString code = error["status"].string();
        const QString message = error["message"].string();
        fail(classifyStreamedError(code, message), message, code, out);
        return;
    }
    if (!started()) {
        emitStartedOnce(data["modelVersion"].string(), data["responseId"].string(), out);
    }

    const json::Value candidates = data["candidates"];
    const json::Value blockReason = data["promptFeedback"]["blockReason"];
    if (candidates.isEmptyArray() && !blockReason.view().empty()) {
        fail(StreamError::Kind::ContentFilter,
             QCoreApplication::translate("pwb::GeminiDecoder", "the prompt was blocked (%1)")
                 .arg(blockReason.string()),
             blockReason.string(), out);
        return;
    }

    bool first = true;
    candidates.forEach([&](const json::Value &candidate) {
        if (!std::exchange(first, false)) {
            return; // we ask for one candidate
        }
        candidate["content"]["parts"].forEach([&](const json::Value &part) {
            if (const json::Value call = part["functionCall"]; call.isObject()) {
                ToolCallDelta piece;
                piece.index = m_toolCalls++;
                piece.id = call["id"].string();
                piece.name = call["name"].string();
                piece.argumentsDelta =
                    call["args"].exists() ? call["args"].minified() : QStringLiteral("{}");
                emitEvent(StreamEvent::toolCallDelta(piece), out);
            } else if (const json::Value text = part["text"]; !text.view().empty()) {
                emitEvent(part["thought"].boolean() ? StreamEvent::reasoningDelta(text.string())
                                                    : StreamEvent::textDelta(text.string()),
                          out);
            }
        });
        if (const json::Value reason = candidate["finishReason"]; !reason.view().empty()) {
            noteFinish(m_toolCalls > 0 && reason.is("STOP") ? FinishReason::ToolCalls
                                                            : finishReasonOf(reason.view()),
                       reason.string());
        }
    });

    if (const json::Value metadata = data["usageMetadata"]; metadata.isObject()) {
        // Cumulative: each event carries the totals so far.
        Usage counts;
        counts.inputTokens = metadata["promptTokenCount"].count();
        const qint64 candidatesTokens = metadata["candidatesTokenCount"].count();
        counts.reasoningTokens = metadata["thoughtsTokenCount"].count();
        counts.outputTokens =
            candidatesTokens < 0 ? -1 : candidatesTokens + qMax<qint64>(0, counts.reasoningTokens);
        counts.cachedInputTokens = metadata["cachedContentTokenCount"].count();
        emitEvent(StreamEvent::usageUpdate(counts), out);
    }
}

} // namespace pwb
