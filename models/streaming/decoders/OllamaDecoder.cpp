#include "streaming/decoders/OllamaDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

#include <QJsonDocument>

namespace pwb {

void OllamaDecoder::decode(QByteArrayView bytes, QList<StreamEvent> &out)
{
    m_records.clear();
    const bool ok = m_parser.feed(bytes, m_records);
    for (const NdjsonRecord &record : std::as_const(m_records)) {
        onRecord(record.value.toObject(), out);
        if (isDone()) {
            return;
        }
    }
    if (!ok) {
        failProtocol(m_parser.errorString(), out);
    }
}

void OllamaDecoder::decodeEnd(QList<StreamEvent> &out)
{
    m_records.clear();
    const bool ok = m_parser.finish(m_records); // the last record may lack its newline
    for (const NdjsonRecord &record : std::as_const(m_records)) {
        onRecord(record.value.toObject(), out);
    }
    if (!ok) {
        failProtocol(m_parser.errorString(), out);
    }
}

void OllamaDecoder::onRecord(const QJsonObject &record, QList<StreamEvent> &out)
{
    using namespace json;
    if (record.value(QLatin1String("error")).isString()) {
        const QString message = string(record, QLatin1String("error"));
        fail(classifyStreamedError(QString(), message), message, QString(), out);
        return;
    }
    emitStartedOnce(string(record, QLatin1String("model")), QString(), out);
    const QJsonObject message = object(record, QLatin1String("message"));
    const QString thinking = string(message, QLatin1String("thinking"));
    if (!thinking.isEmpty()) {
        emitEvent(StreamEvent::reasoningDelta(thinking), out);
    }
    const QString content = string(message, QLatin1String("content"));
    if (!content.isEmpty()) {
        emitEvent(StreamEvent::textDelta(content), out);
    }
    for (const QJsonValue &callValue : array(message, QLatin1String("tool_calls"))) {
        const QJsonObject function = object(callValue.toObject(), QLatin1String("function"));
        ToolCallDelta piece;
        piece.index = m_toolCalls++;
        piece.name = string(function, QLatin1String("name"));
        piece.argumentsDelta =
            QString::fromUtf8(QJsonDocument(object(function, QLatin1String("arguments")))
                                  .toJson(QJsonDocument::Compact));
        emitEvent(StreamEvent::toolCallDelta(piece), out);
    }
    if (record.value(QLatin1String("done")).toBool()) {
        Usage counts;
        counts.inputTokens = count(record, QLatin1String("prompt_eval_count"));
        counts.outputTokens = count(record, QLatin1String("eval_count"));
        emitEvent(StreamEvent::usageUpdate(counts), out);
        const QString reason = string(record, QLatin1String("done_reason"));
        noteFinish(reason == QLatin1String("length") ? FinishReason::Length
                       : m_toolCalls > 0             ? FinishReason::ToolCalls
                       : reason.isEmpty() || reason == QLatin1String("stop") ? FinishReason::Stop
                                                                             : FinishReason::Other,
                   reason);
        emitFinished(out);
    }
}

} // namespace pwb
