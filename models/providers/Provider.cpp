#include "providers/Provider.h"

#include "providers/RequestBuilder.h"
#include "providers/StreamingCall.h"

#include <atomic>

namespace pwb {

namespace {
// Ids are unique across providers, so one listener can follow several of them.
std::atomic<quint64> g_nextRequestId {1};
} // namespace

Provider::Provider(ProviderConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network)
{
    qRegisterMetaType<pwb::StreamEvent>();
}

Provider::~Provider()
{
    const QList<StreamingCall *> calls = m_calls.values();
    m_calls.clear();
    for (StreamingCall *call : calls) {
        call->disconnect(this);
        delete call;
    }
}

quint64 Provider::send(const ChatRequest &request)
{
    const quint64 id = g_nextRequestId.fetch_add(1);
    auto *call =
        new StreamingCall(id, m_config, buildStreamingRequest(m_config, request), m_network, this);
    m_calls.insert(id, call);
    connect(call, &StreamingCall::streamEvent, this,
            [this](quint64 requestId, const StreamEvent &e) {
                if (m_calls.contains(requestId)) { // stale ids never reach listeners
                    Q_EMIT streamEvent(requestId, e);
                }
            });
    connect(call, &StreamingCall::ended, this, &Provider::forget);
    call->start();
    return id;
}

void Provider::cancel(quint64 requestId)
{
    StreamingCall *call = m_calls.value(requestId);
    if (!call) {
        return;
    }
    call->cancel(); // delivers the Cancelled event, then `ended` removes the call
    forget(requestId);
}

void Provider::cancelAll()
{
    const QList<quint64> ids = m_calls.keys();
    for (const quint64 id : ids) {
        cancel(id);
    }
}

void Provider::forget(quint64 requestId)
{
    if (StreamingCall *call = m_calls.take(requestId)) {
        call->disconnect(this);
        call->deleteLater();
    }
}

} // namespace pwb
