#include "LoopbackServer.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pwb::test {

ServerScript &ServerScript::send(const QByteArray &bytes)
{
    steps.append({Step::Kind::Send, bytes, 0});
    return *this;
}

ServerScript &ServerScript::chunk(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return *this; // an empty chunk would end the body
    }
    return send(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
}

ServerScript &ServerScript::endChunks()
{
    return send("0\r\n\r\n");
}

ServerScript &ServerScript::wait(int ms)
{
    steps.append({Step::Kind::Wait, {}, ms});
    return *this;
}

ServerScript &ServerScript::waitUntil(int ms)
{
    steps.append({Step::Kind::WaitUntil, {}, ms});
    return *this;
}

ServerScript &ServerScript::reset()
{
    steps.append({Step::Kind::Reset, {}, 0});
    return *this;
}

ServerScript &ServerScript::close()
{
    steps.append({Step::Kind::Close, {}, 0});
    return *this;
}

ServerScript &ServerScript::hang()
{
    steps.append({Step::Kind::Hang, {}, 0});
    return *this;
}

ServerScript &ServerScript::holdUntilReleased()
{
    steps.append({Step::Kind::Hold, {}, 0});
    return *this;
}

QByteArray ServerScript::head(int status, const QByteArray &contentType,
                              const QList<QByteArray> &extraHeaders, bool chunked)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) +
        " Status\r\nContent-Type: " + contentType +
        "\r\nConnection: close\r\nCache-Control: no-cache\r\n";
    if (chunked) {
        text += "Transfer-Encoding: chunked\r\n";
    }
    for (const QByteArray &header : extraHeaders) {
        text += header + "\r\n";
    }
    return text + "\r\n";
}

ServerScript ServerScript::streamed(const QList<QByteArray> &chunks, int delayMs, int status,
                                    const QByteArray &contentType)
{
    ServerScript script;
    script.send(head(status, contentType));
    for (const QByteArray &chunk : chunks) {
        if (delayMs > 0) {
            script.wait(delayMs);
        }
        script.chunk(chunk);
    }
    return script.endChunks().close();
}

ServerScript ServerScript::response(int status, const QByteArray &body,
                                    const QList<QByteArray> &extraHeaders,
                                    const QByteArray &contentType)
{
    QList<QByteArray> headers = extraHeaders;
    headers.append("Content-Length: " + QByteArray::number(body.size()));
    ServerScript script;
    return script.send(head(status, contentType, headers, false) + body).close();
}

QByteArray LoopbackServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    m_defaultScript = ServerScript::response(500, "{\"error\":{\"message\":\"no script\"}}");
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        qFatal("loopback server cannot listen: %s", qPrintable(m_server.errorString()));
    }
}

QUrl LoopbackServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QUrl LoopbackServer::refusingUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void LoopbackServer::releaseHeld()
{
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const std::function<void()> &goOn : held) {
        goOn();
    }
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // chunks leave as written
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket->property("pwbClosedByUs").toBool()) {
                return;
            }
            ++m_closedByPeer;
            Q_EMIT peerClosed();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackServer::onReadable(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket)) {
        socket->readAll(); // request already handled; ignore anything more
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.first(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            request.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
        }
    }
    contentLength = request.header("Content-Length").toLongLong();
    if (buffer.size() < headerEnd + 4 + contentLength) {
        return; // body not complete yet
    }
    request.body = buffer.sliced(headerEnd + 4, contentLength);
    m_buffers.remove(socket);
    m_requests.append(request);
    Q_EMIT requestReceived();

    std::optional<ServerScript> chosen = m_chooser ? m_chooser(request) : std::nullopt;
    if (!chosen) {
        chosen = m_queue.isEmpty() ? m_defaultScript : m_queue.takeFirst();
    }
    QElapsedTimer started;
    started.start();
    runSteps(socket, std::make_shared<const QList<ServerScript::Step>>(chosen->steps), 0, started);
}

void LoopbackServer::runSteps(QPointer<QTcpSocket> socket,
                              std::shared_ptr<const QList<ServerScript::Step>> steps,
                              qsizetype next, QElapsedTimer started)
{
    while (next < steps->size()) {
        QTcpSocket *const live = socket.data();
        if (!live) {
            return;
        }
        const ServerScript::Step &step = steps->at(next++);
        switch (step.kind) {
        case ServerScript::Step::Kind::Send:
            live->write(step.bytes);
            live->flush();
            break;
        case ServerScript::Step::Kind::Wait:
            QTimer::singleShot(step.ms, this,
                               [=, this] { runSteps(socket, steps, next, started); });
            return;
        case ServerScript::Step::Kind::WaitUntil: {
            const qint64 due = step.ms - started.elapsed();
            if (due <= 0) {
                break;
            }
            QTimer::singleShot(std::chrono::milliseconds(due), Qt::PreciseTimer, this,
                               [=, this] { runSteps(socket, steps, next, started); });
            return;
        }
        case ServerScript::Step::Kind::Reset: {
#ifdef Q_OS_UNIX
            // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            const struct linger noLinger {1, 0};
            ::setsockopt(int(live->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                         sizeof noLinger);
#endif
            live->setProperty("pwbClosedByUs", true);
            live->abort();
            return;
        }
        case ServerScript::Step::Kind::Close:
            live->setProperty("pwbClosedByUs", true);
            live->disconnectFromHost(); // flushes what was written, then FIN
            return;
        case ServerScript::Step::Kind::Hang:
            return;
        case ServerScript::Step::Kind::Hold:
            m_held.append([=, this] { runSteps(socket, steps, next, started); });
            return;
        }
    }
}

} // namespace pwb::test
