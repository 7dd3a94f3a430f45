#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace pwb::test {

// What the server does once it has read a request: send bytes, wait, reset the connection
// (TCP RST), close it (FIN), hang (keep it open and say nothing more), or hold until the test
// releases it.
class ServerScript
{
public:
    struct Step
    {
        enum class Kind { Send, Wait, WaitUntil, Reset, Close, Hang, Hold };
        Kind kind;
        QByteArray bytes;
        int ms = 0;
    };

    ServerScript &send(const QByteArray &bytes);
    // One HTTP/1.1 chunk of a `Transfer-Encoding: chunked` body, and the final zero chunk.
    ServerScript &chunk(const QByteArray &bytes);
    ServerScript &endChunks();
    ServerScript &wait(int ms);
    // Waits until `ms` after the script began (at once if that is past): paces a long stream at
    // a steady rate however late the timers of earlier steps fired.
    ServerScript &waitUntil(int ms);
    ServerScript &reset();
    ServerScript &close();
    ServerScript &hang();
    // Pauses until LoopbackServer::releaseHeld(): a test decides when a stream goes on from
    // what it has seen (e.g. every stream has begun), not from how long it has waited.
    ServerScript &holdUntilReleased();

    // Status line and headers of a streamed response, chunked as real providers send it (so a
    // connection dropped before the last chunk is an error the client can see).
    static QByteArray head(int status, const QByteArray &contentType = "text/event-stream",
                           const QList<QByteArray> &extraHeaders = {}, bool chunked = true);
    // head(), then each chunk with `delayMs` before it, then the final chunk and close.
    static ServerScript streamed(const QList<QByteArray> &chunks, int delayMs = 0, int status = 200,
                                 const QByteArray &contentType = "text/event-stream");
    // A complete non-streamed response with a body (e.g. an error JSON), then close.
    static ServerScript response(int status, const QByteArray &body,
                                 const QList<QByteArray> &extraHeaders = {},
                                 const QByteArray &contentType = "application/json");

    QList<Step> steps;
};

// A loopback HTTP/1.1 server for provider tests: real sockets on 127.0.0.1, one script per
// connection (chosen from the request, queued, or a default for all), and a record of every
// request it read.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };

    explicit LoopbackServer(QObject *parent = nullptr);

    QUrl url() const; // http://127.0.0.1:PORT
    void setDefaultScript(const ServerScript &script) { m_defaultScript = script; }
    void enqueue(const ServerScript &script) { m_queue.append(script); }
    // Consulted first for every request; std::nullopt falls through to the queue, then the
    // default. Concurrent requests arrive in no fixed order, so only the request itself (its
    // path, its body) can say which script is its own.
    using ScriptChooser = std::function<std::optional<ServerScript>(const Request &)>;
    void setScriptChooser(ScriptChooser chooser) { m_chooser = std::move(chooser); }
    // Lets every script paused at holdUntilReleased() go on; later holds wait for the next call.
    void releaseHeld();
    qsizetype heldCount() const { return m_held.size(); }

    QList<Request> requests() const { return m_requests; }
    int connectionsClosedByPeer() const { return m_closedByPeer; }

    // A URL on which nothing listens: connecting is refused.
    static QUrl refusingUrl();

Q_SIGNALS:
    void requestReceived();
    void peerClosed();

private:
    void onNewConnection();
    void onReadable(QTcpSocket *socket);
    // Runs the steps from `next` on; the list is shared, not copied, by the waits of a script.
    void runSteps(QPointer<QTcpSocket> socket,
                  std::shared_ptr<const QList<ServerScript::Step>> steps, qsizetype next,
                  QElapsedTimer started);

    QTcpServer m_server;
    ServerScript m_defaultScript;
    QList<ServerScript> m_queue;
    ScriptChooser m_chooser;
    QList<std::function<void()>> m_held;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_closedByPeer = 0;
};

} // namespace pwb::test
