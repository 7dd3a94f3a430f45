#pragma once

#include "providers/ChatRequest.h"
#include "providers/ProviderConfig.h"
#include "streaming/StreamEvent.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace pwb {

class StreamingCall;

// A configured provider that streams chat requests. send() returns at once with a request id;
// everything that happens to that request arrives through the one `streamEvent` signal: Started,
// deltas, Usage, then exactly one Finished or Failed (with timings). cancel() ends a request at
// once with a Cancelled failure, and no event of that id is emitted after cancel() returns.
class Provider : public QObject
{
    Q_OBJECT

public:
    Provider(ProviderConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Provider() override; // aborts every request silently

    const ProviderConfig &config() const { return m_config; }
    void setApiKey(const QString &key) { m_config.apiKey = key; }

    quint64 send(const ChatRequest &request);
    void cancel(quint64 requestId);
    void cancelAll();
    bool isActive(quint64 requestId) const { return m_calls.contains(requestId); }
    qsizetype activeCount() const { return m_calls.size(); }

Q_SIGNALS:
    void streamEvent(quint64 requestId, const pwb::StreamEvent &event);

private:
    void forget(quint64 requestId);

    ProviderConfig m_config;
    QNetworkAccessManager *m_network;
    QHash<quint64, StreamingCall *> m_calls;
};

} // namespace pwb
