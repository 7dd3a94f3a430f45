#pragma once

#include "streaming/SseParser.h"
#include "streaming/StreamEvent.h"

#include <QList>

#include <memory>
#include <string_view>

namespace pwb {

namespace json {
class Parser;
class Value;
} // namespace json

// The wire formats we speak.
enum class ApiFormat { OpenAiChat, OpenAiResponses, Anthropic, Gemini, Ollama };

// Turns the body of a successful (2xx) streaming response into StreamEvents. A decoder is pure
// (no I/O, no timers), so it can be fed bytes in any chunking by tests and fuzzers.
//
// Contract: Started comes before the first delta; exactly one terminal event (Finished or
// Failed) ends the stream, after which input is ignored. A stream that ends (finish()) without
// the format's terminal event finishes with complete = false, unless the format's own finish
// signal (e.g. OpenAI's finish_reason) was seen, which makes it complete without [DONE].
class StreamDecoder
{
public:
    StreamDecoder();
    virtual ~StreamDecoder();

    void feed(QByteArrayView bytes, QList<StreamEvent> &out);
    void finish(QList<StreamEvent> &out);

    bool isDone() const { return m_done; }
    bool sawToken() const { return m_sawToken; }
    // The format's finish signal was seen: ending now (EOF, or an idle stream) is complete.
    bool sawFinishSignal() const { return m_finishReason.has_value(); }
    // Ends the stream as complete after its finish signal (used when the server then idles).
    void completeAfterFinishSignal(QList<StreamEvent> &out);

    static std::unique_ptr<StreamDecoder> create(ApiFormat format);

    // The largest line or event accepted (default 16 MiB); set before the first feed().
    virtual void setMaxEventBytes(qsizetype bytes) = 0;

protected:
    virtual void decode(QByteArrayView bytes, QList<StreamEvent> &out) = 0;
    // End of body: flush the parser; emit anything pending.
    virtual void decodeEnd(QList<StreamEvent> &out) = 0;

    void emitEvent(StreamEvent event, QList<StreamEvent> &out);
    void emitStartedOnce(const QString &model, const QString &responseId, QList<StreamEvent> &out);
    void noteFinish(FinishReason reason, const QString &raw);
    void emitFinished(QList<StreamEvent> &out); // complete, with the noted reason (Stop if none)
    void fail(StreamError::Kind kind, const QString &message, const QString &code,
              QList<StreamEvent> &out);
    void failProtocol(const QString &message, QList<StreamEvent> &out);

    bool started() const { return m_started; }

    // Parses one JSON object of an event (UTF-8 bytes); on failure emits a protocol error and
    // returns an invalid Value. Valid until the next call.
    json::Value parseObject(QByteArrayView json, QList<StreamEvent> &out);

private:
    std::unique_ptr<json::Parser> m_json;
    bool m_done = false;
    bool m_started = false;
    bool m_sawToken = false;
    std::optional<std::pair<FinishReason, QString>> m_finishReason;
};

// Base for the formats carried in server-sent events.
class SseStreamDecoder : public StreamDecoder
{
public:
    void setMaxEventBytes(qsizetype bytes) override;

protected:
    virtual void onEvent(const SseEventView &event, QList<StreamEvent> &out) = 0;
    // The event's type: the JSON's "type" field, else the SSE `event:` field (which repeats it
    // and may be absent).
    static std::string_view eventType(const json::Value &data, const SseEventView &event);
    void decode(QByteArrayView bytes, QList<StreamEvent> &out) override;
    void decodeEnd(QList<StreamEvent> &out) override;

private:
    SseParser m_parser;
};

} // namespace pwb
