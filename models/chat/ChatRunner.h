#pragma once

#include "core/Result.h"
#include "providers/ChatRequest.h"
#include "providers/ProviderConfig.h"
#include "storage/RunRecorder.h"
#include "streaming/StreamEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace pwb {

class Provider;

// Runs one chat request at a time for the chat pane: streams it through a Provider, records
// every event in the workspace (RunRecorder) and hands the same events on. Starting a new run
// stops the one in flight. Events of a stopped run are never passed on.
class ChatRunner : public QObject
{
    Q_OBJECT

public:
    // `recorder` may be null (nothing is recorded, e.g. in a read-only workspace).
    ChatRunner(QNetworkAccessManager *network, RunRecorder *recorder, QObject *parent = nullptr);
    ~ChatRunner() override;

    // `start` describes the run for the record; its request and secrets are filled here from
    // the provider and the request actually sent. Returns the recorded run id (0 when recording
    // failed: the run still streams, and recordingFailed says why).
    qint64 start(const ProviderConfig &provider, const ChatRequest &request, RunStart start);
    void stop();
    bool isRunning() const;
    qint64 currentRunId() const { return m_runId; }

Q_SIGNALS:
    void streamEvent(const pwb::StreamEvent &event);
    void recordingFailed(const QString &error);

private:
    void onEvent(quint64 requestId, const StreamEvent &event);

    QNetworkAccessManager *m_network;
    QPointer<RunRecorder> m_recorder;
    Provider *m_provider = nullptr;
    quint64 m_requestId = 0;
    qint64 m_runId = 0;
    QElapsedTimer m_clock;
};

} // namespace pwb
