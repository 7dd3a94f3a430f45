#include "streaming/decoders/OllamaDecoder.h"

#include "streaming/ErrorClassification.h"
#include "streaming/decoders/JsonAccess.h"

namespace pwb {

void OllamaDecoder::decode(QByteArrayView bytes, QList<StreamEvent> &out)
{
    m_parser.feedLines(bytes, [&](QByteArrayView line, qint64) {
        onLine(line, out);
        return !isDone();
    });
    if (m_parser.failed()) {
        failProtocol(m_parser.errorString(), out);
    }
}

void OllamaDecoder::decodeEnd(QList<StreamEvent> &out)
{
    m_parser.finishLines([&](QByteArrayView line, qint64) { onLine(line, out); });
}

void OllamaDecoder::onLine(QByteArrayView line, QList<StreamEvent> &out)
{
    if (isDone()) {
        return;
    }
    const json::Value record = parseObject(line, out);
    if (!record.exists()) {
        return;
    }
    if (const json::Value error = record["error"]; error.isString()) {
        const QString message = error.string();
        fail(classifyStreamedError(QString(), message), message, QString(), out);
        return;
    }
    if (!started()) {
        emitStartedOnce(record["model"].string(), QString(), out);
    }
    const json::Value message = record["message"];
    if (const json::Value thinking = message["thinking"]; !thinking.view().empty()) {
        emitEvent(StreamEvent::reasoningDelta(thinking.string()), out);
    }
    if (const json::Value content = message["content"]; !content.view().empty()) {
        emitEvent(StreamEvent::textDelta(content.string()), out);
    }
    message["tool_calls"].forEach([&](const json::Value &call) {
        const json::Value function = call["function"];
        ToolCallDelta piece;
        piece.index = m_toolCalls++;
        piece.name = function["name"].string();
        piece.argumentsDelta = function["arguments"].isString() ? function["arguments"].string()
                                                                : function["arguments"].minified();
        emitEvent(StreamEvent::toolCallDelta(piece), out);
    });
    if (record["done"].boolean()) {
        Usage counts;
        counts.inputTokens = record["prompt_eval_count"].count();
        counts.outputTokens = record["eval_count"].count();
        emitEvent(StreamEvent::usageUpdate(counts), out);
        const json::Value reason = record["done_reason"];
        noteFinish(reason.is("length")                              ? FinishReason::Length
                       : m_toolCalls > 0                            ? FinishReason::ToolCalls
                       : reason.view().empty() || reason.is("stop") ? FinishReason::Stop
                                                                    : FinishReason::Other,
                   reason.string());
        emitFinished(out);
    }
}

} // namespace pwb
