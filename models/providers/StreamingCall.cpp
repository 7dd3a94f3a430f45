#include "providers/StreamingCall.h"

#include "providers/NetworkRequestDefaults.h"
#include "streaming/ErrorClassification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace pwb {

namespace {

// Qt's network errors that mean the server was never reached.
bool isConnectError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

StreamingCall::StreamingCall(quint64 id, const ProviderConfig &provider, HttpRequestSpec spec,
                             QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_timeouts(provider.timeouts)
    , m_format(provider.format)
    , m_spec(std::move(spec))
    , m_network(network)
    , m_deadline(new QTimer(this))
    , m_decoder(StreamDecoder::create(provider.format))
{
    m_decoder->setMaxEventBytes(provider.maxEventBytes);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &StreamingCall::onDeadline);
}

StreamingCall::~StreamingCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void StreamingCall::start()
{
    m_clock.start();
    // Our own connect / first-token / idle / total limits apply, not Qt's transfer timeout.
    m_reply = m_network->post(networkRequest(m_spec), m_spec.body);
    connect(m_reply, &QNetworkReply::requestSent, this, &StreamingCall::onRequestSent);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &StreamingCall::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &StreamingCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StreamingCall::onFinished);
    armDeadline();
}

void StreamingCall::cancel()
{
    if (m_ended) {
        return;
    }
    StreamError error = baseError(StreamError::Kind::Cancelled);
    error.message = tr("stopped by the user");
    failNow(error);
}

void StreamingCall::onRequestSent()
{
    m_requestSent = true;
    armDeadline();
}

void StreamingCall::onHeaders()
{
    if (m_timings.headersMs >= 0 || !m_reply ||
        !m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
        return; // no response yet (or never: refused, reset before headers)
    }
    m_requestSent = true; // a response proves the request went out
    m_timings.headersMs = now();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = m_reply->rawHeaderPairs();
    const QByteArray contentType = m_reply->rawHeader("Content-Type").toLower();
    if (m_httpStatus >= 400) {
        m_bodyMode = BodyMode::ErrorBody;
    } else if (m_format != ApiFormat::Ollama && contentType.startsWith("application/json")) {
        // A JSON body where an event stream was asked for: usually an error object.
        m_bodyMode = BodyMode::JsonInsteadOfStream;
    }
    armDeadline();
}

void StreamingCall::onReadyRead()
{
    if (!m_reply || m_ended) {
        return;
    }
    onHeaders();
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty()) {
        return;
    }
    m_lastByteMs = now();
    if (m_timings.firstByteMs < 0) {
        m_timings.firstByteMs = m_lastByteMs;
    }
    if (m_bodyMode != BodyMode::Stream) {
        // Keep what the provider said, capped; the rest is read and dropped.
        m_errorBody.append(
            bytes.first(qMin(bytes.size(), StreamError::kBodyCap - m_errorBody.size())));
        armDeadline();
        return;
    }
    QList<StreamEvent> events;
    m_decoder->feed(bytes, events);
    deliver(events);
    if (!m_ended) {
        armDeadline();
    }
}

void StreamingCall::onFinished()
{
    if (m_ended || !m_reply) {
        return;
    }
    onReadyRead(); // bytes that arrived together with the end
    if (m_ended) {
        return;
    }
    onHeaders();
    const QNetworkReply::NetworkError networkError = m_reply->error();

    if (m_bodyMode == BodyMode::ErrorBody ||
        (m_bodyMode == BodyMode::JsonInsteadOfStream && networkError == QNetworkReply::NoError)) {
        const ProviderErrorBody parsed = parseProviderErrorBody(m_errorBody);
        StreamError error =
            baseError(m_bodyMode == BodyMode::ErrorBody ? classifyHttpError(m_httpStatus, parsed)
                          : parsed.parsed ? classifyStreamedError(parsed.code, parsed.message)
                                          : StreamError::Kind::Protocol);
        error.providerCode = parsed.code;
        error.body = QString::fromUtf8(m_errorBody);
        error.message = !parsed.message.isEmpty() ? parsed.message
            : m_bodyMode == BodyMode::ErrorBody
            ? tr("HTTP %1 %2")
                  .arg(m_httpStatus)
                  .arg(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
            : tr("expected an event stream but got a JSON document: %1").arg(error.body.left(200));
        failNow(error);
        return;
    }

    if (networkError == QNetworkReply::NoError) {
        QList<StreamEvent> events;
        m_decoder->finish(events); // complete, or finished but truncated
        deliver(events);
        return;
    }

    StreamError::Kind kind = StreamError::Kind::NetworkReset;
    if (!m_requestSent && isConnectError(networkError)) {
        kind = StreamError::Kind::Connection;
    } else if (networkError == QNetworkReply::TimeoutError) {
        kind = StreamError::Kind::Timeout;
    } else if (networkError == QNetworkReply::ProtocolFailure ||
               networkError == QNetworkReply::ProtocolUnknownError) {
        kind = StreamError::Kind::Protocol;
    }
    StreamError error = baseError(kind);
    if (kind == StreamError::Kind::Connection) {
        error.phase = StreamError::Phase::Connect;
    }
    error.message = m_reply->errorString();
    failNow(error);
}

void StreamingCall::onDeadline()
{
    if (m_ended) {
        return;
    }
    const qint64 t = now();
    StreamError::Timeout which = StreamError::Timeout::None;
    int limit = 0;
    if (m_timeouts.totalMs > 0 && t >= m_timeouts.totalMs) {
        which = StreamError::Timeout::Total;
        limit = m_timeouts.totalMs;
    } else if (!m_requestSent && m_timeouts.connectMs > 0 && t >= m_timeouts.connectMs) {
        which = StreamError::Timeout::Connect;
        limit = m_timeouts.connectMs;
    } else if (m_timings.firstTokenMs < 0 && !m_decoder->sawFinishSignal() &&
               m_timeouts.firstTokenMs > 0 && t >= m_timeouts.firstTokenMs) {
        which = StreamError::Timeout::FirstToken;
        limit = m_timeouts.firstTokenMs;
    } else if ((m_timings.firstTokenMs >= 0 || m_decoder->sawFinishSignal()) &&
               m_timeouts.idleMs > 0 &&
               t - qMax(m_lastByteMs, m_timings.firstTokenMs) >= m_timeouts.idleMs) {
        if (m_decoder->sawFinishSignal()) {
            // The reply said it was done and the server just did not close: that is complete.
            QList<StreamEvent> events;
            m_decoder->completeAfterFinishSignal(events);
            deliver(events);
            return;
        }
        which = StreamError::Timeout::Idle;
        limit = m_timeouts.idleMs;
    }
    if (which == StreamError::Timeout::None) {
        armDeadline(); // woke early (a byte moved the idle deadline): sleep again
        return;
    }
    StreamError error = baseError(StreamError::Kind::Timeout);
    error.timeout = which;
    if (which == StreamError::Timeout::Connect) {
        error.phase = StreamError::Phase::Connect;
    }
    const char *what = which == StreamError::Timeout::Total ? "total time"
        : which == StreamError::Timeout::Connect            ? "connect"
        : which == StreamError::Timeout::FirstToken         ? "first token"
                                                            : "idle (no data)";
    error.message = tr("%1 timeout after %2 s").arg(QLatin1String(what)).arg(limit / 1000.0);
    failNow(error);
}

void StreamingCall::armDeadline()
{
    if (m_ended) {
        return;
    }
    const qint64 t = now();
    qint64 next = std::numeric_limits<qint64>::max();
    auto consider = [&](qint64 at) { next = qMin(next, at); };
    if (m_timeouts.totalMs > 0) {
        consider(m_timeouts.totalMs);
    }
    if (!m_requestSent && m_timeouts.connectMs > 0) {
        consider(m_timeouts.connectMs);
    }
    const bool streaming = m_timings.firstTokenMs >= 0 || m_decoder->sawFinishSignal();
    if (!streaming && m_timeouts.firstTokenMs > 0) {
        consider(m_timeouts.firstTokenMs);
    }
    if (streaming && m_timeouts.idleMs > 0) {
        consider(qMax(m_lastByteMs, m_timings.firstTokenMs) + m_timeouts.idleMs);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_deadline->stop();
        return;
    }
    m_deadline->start(int(qBound<qint64>(0, next - t, qint64(std::numeric_limits<int>::max()))));
}

void StreamingCall::deliver(QList<StreamEvent> &events)
{
    // A listener may cancel this call, or delete its provider, from inside a slot.
    const QPointer<StreamingCall> alive(this);
    for (StreamEvent &event : events) {
        if (!alive || m_ended) {
            return;
        }
        if (event.isToken()) {
            const qint64 t = now();
            if (m_timings.firstTokenMs < 0) {
                m_timings.firstTokenMs = t;
            }
            m_timings.lastTokenMs = t;
        }
        if (event.type == StreamEvent::Type::TextDelta) {
            m_partialText += event.text;
        }
        if (event.type == StreamEvent::Type::Failed) {
            StreamError error = baseError(event.error.kind);
            error.phase = event.error.phase;
            error.message = event.error.message;
            error.providerCode = event.error.providerCode;
            failNow(error);
            return;
        }
        if (event.type == StreamEvent::Type::Finished) {
            m_timings.endMs = now();
            event.timings = m_timings;
            teardown();
            Q_EMIT streamEvent(m_id, event);
            if (alive) {
                Q_EMIT ended(m_id);
            }
            return;
        }
        Q_EMIT streamEvent(m_id, event);
    }
}

StreamError::Phase StreamingCall::currentPhase() const
{
    if (m_timings.firstTokenMs >= 0) {
        return StreamError::Phase::MidStream;
    }
    return m_requestSent || m_timings.headersMs >= 0 ? StreamError::Phase::FirstPacket
                                                     : StreamError::Phase::Connect;
}

StreamError StreamingCall::baseError(StreamError::Kind kind) const
{
    StreamError error;
    error.kind = kind;
    error.phase = currentPhase();
    error.httpStatus = m_httpStatus;
    error.partialText = m_partialText;
    error.retryAfterMs = parseRetryAfterMs(m_responseHeaders, QDateTime::currentMSecsSinceEpoch());
    error.rateLimitHeaders = rateLimitHeaders(m_responseHeaders);
    return error;
}

void StreamingCall::failNow(StreamError error)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    m_timings.endMs = now();
    StreamEvent event = StreamEvent::failed(error);
    event.timings = m_timings;
    teardown(); // the reply stops first: a failed stream ends at once
    const QPointer<StreamingCall> alive(this);
    Q_EMIT streamEvent(m_id, event);
    if (alive) {
        Q_EMIT ended(m_id);
    }
}

void StreamingCall::teardown()
{
    m_ended = true;
    m_deadline->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning()) {
            m_reply->abort();
        }
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

} // namespace pwb
