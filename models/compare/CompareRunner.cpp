#include "compare/CompareRunner.h"

#include "chat/ChatRunner.h"
#include "storage/CompareRepository.h"

namespace pwb {

CompareRunner::CompareRunner(QNetworkAccessManager *network, RunRecorder *recorder,
                             CompareRepository *repository, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_repository(repository)
{ }

CompareRunner::~CompareRunner()
{
    // The runners cancel in their destructors; their events must not reach a half-destroyed
    // runner or its listeners.
    for (Column &column : m_columns) {
        column.runner->disconnect(this);
    }
}

void CompareRunner::resize(int count)
{
    while (m_columns.size() > count) {
        Column column = m_columns.takeLast();
        column.runner->disconnect(this);
        column.runner->stop();
        column.runner->deleteLater();
    }
    while (m_columns.size() < count) {
        const int index = int(m_columns.size());
        Column column;
        column.runner = new ChatRunner(m_network, m_recorder, this);
        connect(column.runner, &ChatRunner::streamEvent, this,
                [this, index](const StreamEvent &event) { onEvent(index, event); });
        connect(column.runner, &ChatRunner::recordingFailed, this,
                &CompareRunner::recordingFailed);
        m_columns.append(column);
    }
}

Result<qint64> CompareRunner::startSession(const QString &name, std::optional<qint64> promptId,
                                           const QList<RunSetup> &columns)
{
    stopAll();
    resize(int(columns.size()));
    m_sessionId = 0;
    Result<qint64> session = qint64(0);
    if (m_repository) {
        session = m_repository->createSession(name, promptId);
        if (session) {
            m_sessionId = session.value();
        } else {
            Q_EMIT recordingFailed(session.error());
        }
    }
    for (Column &column : m_columns) {
        column.reply = {};
        column.runId = 0;
    }
    // Every request is sent before any reply is read: the event loop does not run between
    // these calls, so no column gets a head start beyond the order of its send.
    for (int i = 0; i < columns.size(); ++i) {
        startColumn(i, columns.at(i));
    }
    return session;
}

void CompareRunner::startColumn(int column, const RunSetup &setup)
{
    if (column >= m_columns.size()) {
        resize(column + 1);
    }
    Column &slot = m_columns[column];
    slot.runner->stop();
    slot.setup = setup;
    slot.reply = {};
    RunStart record = setup.record;
    if (m_sessionId != 0) {
        record.compareSessionId = m_sessionId;
        record.compareColumn = column;
    }
    Q_EMIT columnStarted(column);
    slot.runId = slot.runner->start(setup.provider, setup.request, record);
}

void CompareRunner::failColumn(int column, const StreamError &error)
{
    if (column >= m_columns.size()) {
        resize(column + 1);
    }
    m_columns[column].runner->stop();
    m_columns[column].reply = {};
    m_columns[column].runId = 0;
    Q_EMIT columnStarted(column);
    StreamEvent event;
    event.type = StreamEvent::Type::Failed;
    event.error = error;
    onEvent(column, event);
}

void CompareRunner::stopColumn(int column)
{
    if (column >= 0 && column < m_columns.size()) {
        m_columns[column].runner->stop();
    }
}

void CompareRunner::stopAll()
{
    for (Column &column : m_columns) {
        column.runner->stop();
    }
}

void CompareRunner::showSession(qint64 sessionId, const QList<StreamedReply> &replies,
                                const QList<qint64> &runIds, const QList<RunSetup> &setups)
{
    stopAll();
    resize(int(replies.size()));
    m_sessionId = sessionId;
    for (int i = 0; i < replies.size(); ++i) {
        m_columns[i].reply = replies.at(i);
        m_columns[i].runId = runIds.value(i);
        m_columns[i].setup = setups.value(i);
    }
}

bool CompareRunner::isRunning(int column) const
{
    return column >= 0 && column < m_columns.size() && m_columns.at(column).runner->isRunning();
}

bool CompareRunner::isAnyRunning() const
{
    for (const Column &column : m_columns) {
        if (column.runner->isRunning()) {
            return true;
        }
    }
    return false;
}

void CompareRunner::onEvent(int column, const StreamEvent &event)
{
    Column &slot = m_columns[column];
    slot.reply.apply(event);
    Q_EMIT columnEvent(column, event);
    if (event.type == StreamEvent::Type::Finished || event.type == StreamEvent::Type::Failed) {
        Q_EMIT columnEnded(column);
        bool allDone = true;
        for (const Column &other : std::as_const(m_columns)) {
            allDone = allDone && other.reply.ended();
        }
        if (allDone) {
            Q_EMIT allEnded();
        }
    }
}

} // namespace pwb
