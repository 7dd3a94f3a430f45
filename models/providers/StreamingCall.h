#pragma once

#include "providers/ProviderConfig.h"
#include "providers/RequestBuilder.h"
#include "streaming/StreamDecoder.h"
#include "streaming/StreamEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pwb {

// One streamed request from send to its single terminal event: owns the QNetworkReply, the
// format's decoder and the timeouts, stamps timings, keeps the partial text for errors, and
// classifies every failure by phase and kind. Lives on the thread of its network manager.
class StreamingCall : public QObject
{
    Q_OBJECT

public:
    StreamingCall(quint64 id, const ProviderConfig &provider, HttpRequestSpec spec,
                  QNetworkAccessManager *network, QObject *parent = nullptr);
    ~StreamingCall() override;

    void start();
    // Ends the stream now with a Cancelled failure (delivered before this returns); nothing
    // about this call is delivered afterwards.
    void cancel();

    quint64 id() const { return m_id; }
    bool isEnded() const { return m_ended; }

Q_SIGNALS:
    void streamEvent(quint64 id, const pwb::StreamEvent &event);
    // After the terminal event; the owner may delete the call.
    void ended(quint64 id);

private:
    void onRequestSent();
    void onHeaders();
    void onReadyRead();
    void onFinished();
    void onDeadline();

    void deliver(QList<StreamEvent> &events);
    void failNow(StreamError error);
    StreamError baseError(StreamError::Kind kind) const;
    StreamError::Phase currentPhase() const;
    void armDeadline();
    void teardown();
    qint64 now() const { return m_clock.elapsed(); }

    quint64 m_id;
    StreamTimeouts m_timeouts;
    ApiFormat m_format;
    HttpRequestSpec m_spec;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline;
    std::unique_ptr<StreamDecoder> m_decoder;
    QElapsedTimer m_clock;

    StreamTimings m_timings;
    qint64 m_lastByteMs = -1;
    bool m_requestSent = false;
    bool m_ended = false;
    int m_httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    enum class BodyMode { Stream, ErrorBody, JsonInsteadOfStream } m_bodyMode = BodyMode::Stream;
    QByteArray m_errorBody;
    QString m_partialText;
};

} // namespace pwb
