#include "chat/ChatRunner.h"

#include "providers/Provider.h"
#include "providers/RequestBuilder.h"

namespace pwb {

ChatRunner::ChatRunner(QNetworkAccessManager *network, RunRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
{ }

ChatRunner::~ChatRunner()
{
    stop();
}

qint64 ChatRunner::start(const ProviderConfig &provider, const ChatRequest &request, RunStart start)
{
    stop();
    if (m_provider) {
        m_provider->deleteLater();
    }
    m_provider = new Provider(provider, m_network, this);
    connect(m_provider, &Provider::streamEvent, this, &ChatRunner::onEvent);

    m_runId = 0;
    if (m_recorder) {
        start.providerId = provider.id;
        start.model = request.model;
        start.request = buildStreamingRequest(provider, request);
        if (!provider.apiKey.isEmpty()) {
            start.secrets.append(provider.apiKey);
        }
        const Result<qint64> begun = m_recorder->begin(start);
        if (begun) {
            m_runId = begun.value();
        } else {
            Q_EMIT recordingFailed(begun.error());
        }
    }
    m_clock.start();
    m_requestId = m_provider->send(request);
    return m_runId;
}

void ChatRunner::stop()
{
    // Provider::cancel delivers the Cancelled failure synchronously, so the run is recorded
    // as cancelled and the pane shows it before this returns.
    if (m_provider && m_requestId != 0 && m_provider->isActive(m_requestId)) {
        m_provider->cancel(m_requestId);
    }
}

bool ChatRunner::isRunning() const
{
    return m_provider && m_requestId != 0 && m_provider->isActive(m_requestId);
}

void ChatRunner::onEvent(quint64 requestId, const StreamEvent &event)
{
    if (requestId != m_requestId) {
        return;
    }
    if (m_recorder && m_runId != 0) {
        m_recorder->record(m_runId, event, m_clock.elapsed());
    }
    Q_EMIT streamEvent(event);
}

} // namespace pwb
