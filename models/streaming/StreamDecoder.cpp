#include "streaming/StreamDecoder.h"

#include "streaming/decoders/AnthropicDecoder.h"
#include "streaming/decoders/GeminiDecoder.h"
#include "streaming/decoders/JsonAccess.h"
#include "streaming/decoders/OllamaDecoder.h"
#include "streaming/decoders/OpenAiChatDecoder.h"
#include "streaming/decoders/OpenAiResponsesDecoder.h"

#include <QCoreApplication>

namespace pwb {

StreamDecoder::StreamDecoder()
    : m_json(std::make_unique<json::Parser>())
{ }

StreamDecoder::~StreamDecoder() = default;

std::unique_ptr<StreamDecoder> StreamDecoder::create(ApiFormat format)
{
    switch (format) {
    case ApiFormat::OpenAiChat:
        return std::make_unique<OpenAiChatDecoder>();
    case ApiFormat::OpenAiResponses:
        return std::make_unique<OpenAiResponsesDecoder>();
    case ApiFormat::Anthropic:
        return std::make_unique<AnthropicDecoder>();
    case ApiFormat::Gemini:
        return std::make_unique<GeminiDecoder>();
    case ApiFormat::Ollama:
        return std::make_unique<OllamaDecoder>();
    }
    return {};
}

void StreamDecoder::feed(QByteArrayView bytes, QList<StreamEvent> &out)
{
    if (!m_done) {
        decode(bytes, out);
    }
}

void StreamDecoder::finish(QList<StreamEvent> &out)
{
    if (m_done) {
        return;
    }
    decodeEnd(out);
    if (m_done) {
        return;
    }
    if (m_finishReason) {
        emitFinished(out);
    } else {
        // The body ended without the format's end: the reply may be cut short.
        emitEvent(StreamEvent::finished(FinishReason::Other, QString(), false), out);
    }
}

void StreamDecoder::completeAfterFinishSignal(QList<StreamEvent> &out)
{
    if (!m_done && m_finishReason) {
        emitFinished(out);
    }
}

void StreamDecoder::emitEvent(StreamEvent event, QList<StreamEvent> &out)
{
    if (m_done) {
        return;
    }
    if (!m_started && !event.isTerminal() && event.type != StreamEvent::Type::Started) {
        emitStartedOnce(QString(), QString(), out); // Started always comes first
    }
    if (event.isToken()) {
        m_sawToken = true;
    }
    m_done = event.isTerminal();
    out.append(std::move(event));
}

void StreamDecoder::emitStartedOnce(const QString &model, const QString &responseId,
                                    QList<StreamEvent> &out)
{
    if (m_started || m_done) {
        return;
    }
    m_started = true;
    out.append(StreamEvent::started(model, responseId));
}

void StreamDecoder::noteFinish(FinishReason reason, const QString &raw)
{
    m_finishReason = std::pair {reason, raw};
}

void StreamDecoder::emitFinished(QList<StreamEvent> &out)
{
    const auto [reason, raw] = m_finishReason.value_or(std::pair {FinishReason::Stop, QString()});
    emitEvent(StreamEvent::finished(reason, raw, true), out);
}

void StreamDecoder::fail(StreamError::Kind kind, const QString &message, const QString &code,
                         QList<StreamEvent> &out)
{
    StreamError error;
    error.phase = m_sawToken ? StreamError::Phase::MidStream : StreamError::Phase::FirstPacket;
    error.kind = kind;
    error.message = message;
    error.providerCode = code;
    emitEvent(StreamEvent::failed(error), out);
}

void StreamDecoder::failProtocol(const QString &message, QList<StreamEvent> &out)
{
    fail(StreamError::Kind::Protocol, message, QString(), out);
}

json::Value StreamDecoder::parseObject(QByteArrayView json, QList<StreamEvent> &out)
{
    QString error;
    json::Value value = m_json->parse(json, error);
    if (!value.isObject()) {
        const QString excerpt = QString::fromUtf8(json.first(qMin<qsizetype>(json.size(), 120)));
        failProtocol(QCoreApplication::translate("pwb::StreamDecoder",
                                                 "malformed JSON in the stream (%1): %2")
                         .arg(error.isEmpty() ? QStringLiteral("not an object") : error, excerpt),
                     out);
        return {};
    }
    return value;
}

std::string_view SseStreamDecoder::eventType(const json::Value &data, const SseEventView &event)
{
    const json::Value type = data["type"];
    return type.isString() ? type.view()
                           : std::string_view(event.type.data(), size_t(event.type.size()));
}

void SseStreamDecoder::setMaxEventBytes(qsizetype bytes)
{
    m_parser = SseParser(SseParser::Limits {bytes, bytes});
}

void SseStreamDecoder::decode(QByteArrayView bytes, QList<StreamEvent> &out)
{
    const bool ok = m_parser.feed(bytes, [&](const SseEventView &event) {
        if (!isDone()) {
            onEvent(event, out);
        }
    });
    if (!ok && !isDone()) {
        failProtocol(m_parser.errorString(), out);
    }
}

void SseStreamDecoder::decodeEnd(QList<StreamEvent> &out)
{
    Q_UNUSED(out);
    m_parser
        .finish(); // an unterminated event is not dispatched (WHATWG); finish() marks truncation
}

} // namespace pwb
