#include "providers/demo/DemoReply.h"

#include <cstring>

namespace pwb::demo {

namespace {

// The error Qt's HTTP backend reports along with each status (QNetworkReplyHttpImpl).
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    default:
        return status >= 500 ? QNetworkReply::InternalServerError
                             : QNetworkReply::UnknownContentError;
    }
}

} // namespace

DemoReply::DemoReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     DemoResponse response, int intervalMs, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    for (const QByteArray &chunk : std::as_const(m_response.chunks)) {
        m_total += chunk.size();
    }
    m_timer.setInterval(qMax(0, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &DemoReply::playNext);
    // Queued: whoever called QNetworkAccessManager::post() connects before anything happens.
    QMetaObject::invokeMethod(this, &DemoReply::begin, Qt::QueuedConnection);
}

void DemoReply::begin()
{
    if (isFinished()) {
        return; // aborted before it began
    }
    Q_EMIT requestSent();
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_response.reasonPhrase);
    setRawHeader("Content-Type", m_response.contentType);
    setRawHeader("Cache-Control", "no-cache");
    setHeader(QNetworkRequest::ContentTypeHeader, m_response.contentType);
    Q_EMIT metaDataChanged();
    m_timer.start();
}

void DemoReply::playNext()
{
    if (m_nextChunk >= m_response.chunks.size()) {
        end();
        return;
    }
    const QByteArray &chunk = m_response.chunks.at(m_nextChunk++);
    m_buffer.append(chunk);
    m_delivered += chunk.size();
    Q_EMIT readyRead();
    if (isFinished()) {
        return; // a listener aborted it
    }
    Q_EMIT downloadProgress(m_delivered, m_total);
    if (m_nextChunk >= m_response.chunks.size()) {
        end();
    }
}

void DemoReply::end()
{
    m_timer.stop();
    if (isFinished()) {
        return;
    }
    if (m_response.status >= 400) {
        const NetworkError code = errorForStatus(m_response.status);
        setError(code,
                 tr("Error transferring %1 - server replied: %2")
                     .arg(url().toString(), QString::fromLatin1(m_response.reasonPhrase)));
        setFinished(true);
        Q_EMIT errorOccurred(code);
    } else {
        setFinished(true);
    }
    Q_EMIT finished();
}

void DemoReply::abort()
{
    m_timer.stop();
    m_buffer.clear();
    if (isFinished()) {
        return;
    }
    setError(OperationCanceledError, tr("Operation canceled"));
    setFinished(true);
    Q_EMIT errorOccurred(OperationCanceledError);
    Q_EMIT finished();
}

qint64 DemoReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 DemoReply::readData(char *data, qint64 maxSize)
{
    if (m_buffer.isEmpty()) {
        return isFinished() ? -1 : 0;
    }
    const qint64 count = qMin(maxSize, qint64(m_buffer.size()));
    std::memcpy(data, m_buffer.constData(), size_t(count));
    m_buffer.remove(0, count);
    return count;
}

} // namespace pwb::demo
