#include "streaming/decoders/GeminiDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pwb {

namespace {

FinishReason finishReasonOf(const QString &raw)
{
    if (raw == QLatin1String("STOP")) {
        return FinishReason::Stop;
    }
    if (raw == QLatin1String("MAX_TOKENS")) {
        return FinishReason::Length;
    }
    if (raw == QLatin1String("SAFETY") || raw == QLatin1String("RECITATION") ||
        raw == QLatin1String("BLOCKLIST") || raw == QLatin1String("PROHIBITED_CONTENT") ||
        raw == QLatin1String("SPII") || raw == QLatin1String("IMAGE_SAFETY")) {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Other;
}

} // namespace

void GeminiDecoder::onEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    using namespace json;
    const std::optional<QJsonObject> data = parseObject(event.data.toUtf8(), out);
    if (!data) {
        return;
    }
    if (data->value(QLatin1String("error")).isObject()) {
        const QJsonObject error = object(*data, QLatin1String("error"));
        const QString code = string(error, QLatin1String("status"));
        const QString message = string(error, QLatin1String("message"));
        fail(classifyStreamedError(code, message), message, code, out);
        return;
    }
    emitStartedOnce(string(*data, QLatin1String("modelVersion")),
                    string(*data, QLatin1String("responseId")), out);

    const QJsonArray candidates = array(*data, QLatin1String("candidates"));
    const QString blockReason =
        string(object(*data, QLatin1String("promptFeedback")), QLatin1String("blockReason"));
    if (candidates.isEmpty() && !blockReason.isEmpty()) {
        fail(StreamError::Kind::ContentFilter,
             QCoreApplication::translate("pwb::GeminiDecoder", "the prompt was blocked (%1)")
                 .arg(blockReason),
             blockReason, out);
        return;
    }

    if (!candidates.isEmpty()) {
        const QJsonObject candidate = candidates.first().toObject();
        const QJsonArray parts =
            array(object(candidate, QLatin1String("content")), QLatin1String("parts"));
        for (const QJsonValue &partValue : parts) {
            const QJsonObject part = partValue.toObject();
            const QString text = string(part, QLatin1String("text"));
            if (part.contains(QLatin1String("functionCall"))) {
                const QJsonObject call = object(part, QLatin1String("functionCall"));
                ToolCallDelta piece;
                piece.index = m_toolCalls++;
                piece.id = string(call, QLatin1String("id"));
                piece.name = string(call, QLatin1String("name"));
                piece.argumentsDelta =
                    QString::fromUtf8(QJsonDocument(object(call, QLatin1String("args")))
                                          .toJson(QJsonDocument::Compact));
                emitEvent(StreamEvent::toolCallDelta(piece), out);
            } else if (!text.isEmpty()) {
                emitEvent(part.value(QLatin1String("thought")).toBool()
                              ? StreamEvent::reasoningDelta(text)
                              : StreamEvent::textDelta(text),
                          out);
            }
        }
        const QString reason = string(candidate, QLatin1String("finishReason"));
        if (!reason.isEmpty()) {
            noteFinish(m_toolCalls > 0 && reason == QLatin1String("STOP") ? FinishReason::ToolCalls
                                                                          : finishReasonOf(reason),
                       reason);
        }
    }

    const QJsonObject metadata = object(*data, QLatin1String("usageMetadata"));
    if (!metadata.isEmpty()) { // cumulative: each event carries the totals so far
        Usage counts;
        counts.inputTokens = count(metadata, QLatin1String("promptTokenCount"));
        const qint64 candidatesTokens = count(metadata, QLatin1String("candidatesTokenCount"));
        counts.reasoningTokens = count(metadata, QLatin1String("thoughtsTokenCount"));
        counts.outputTokens =
            candidatesTokens < 0 ? -1 : candidatesTokens + qMax<qint64>(0, counts.reasoningTokens);
        counts.cachedInputTokens = count(metadata, QLatin1String("cachedContentTokenCount"));
        emitEvent(StreamEvent::usageUpdate(counts), out);
    }
}

} // namespace pwb
