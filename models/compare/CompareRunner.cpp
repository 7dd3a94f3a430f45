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
        Column column;
        column.runner = new ChatRunner(m_network, m_recorder, this);
        // By runner, not by index: removing a column moves the ones after it.
        connect(
            column.runner, &ChatRunner::streamEvent, this,
            [this, runner = column.runner](const StreamEvent &event) { onEvent(runner, event); });
        connect(column.runner, &ChatRunner::recordingFailed, this, &CompareRunner::recordingFailed);
        m_columns.append(column);
    }
}

Result<qint64> CompareRunner::beginSession(const QString &name, std::optional<qint64> promptId,
                                           int columns)
{
    stopAll();
    resize(columns);
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
    slot.streaming = true;
    Q_EMIT columnStarted(column);
    const qint64 runId = slot.runner->start(setup.provider, setup.request, record);
    // The slot may have seen its whole (failed) stream already, and m_columns may have moved.
    m_columns[column].runId = runId;
}

void CompareRunner::failColumn(int column, const QString &problem)
{
    if (column >= m_columns.size()) {
        resize(column + 1);
    }
    Column &slot = m_columns[column];
    slot.runner->stop();
    slot.runId = 0;
    slot.reply = {};
    slot.reply.state = StreamedReply::State::Failed;
    slot.reply.error.kind = StreamError::Kind::BadRequest;
    slot.reply.error.phase = StreamError::Phase::Connect;
    slot.reply.error.message = problem;
    Q_EMIT columnEnded(column);
    if (!isAnyRunning() && allColumnsEnded()) {
        Q_EMIT allEnded();
    }
}

bool CompareRunner::allColumnsEnded() const
{
    for (const Column &column : m_columns) {
        if (!column.reply.ended()) {
            return false;
        }
    }
    return true;
}

void CompareRunner::stopColumn(int column)
{
    if (column >= 0 && column < m_columns.size()) {
        m_columns[column].runner->stop();
    }
}

void CompareRunner::removeColumn(int column)
{
    if (column < 0 || column >= m_columns.size()) {
        return;
    }
    Column removed = m_columns.takeAt(column);
    removed.runner->disconnect(this);
    removed.runner->stop();
    removed.runner->deleteLater();
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
    return column >= 0 && column < m_columns.size() && m_columns.at(column).streaming;
}

bool CompareRunner::isAnyRunning() const
{
    for (const Column &column : m_columns) {
        if (column.streaming) {
            return true;
        }
    }
    return false;
}

void CompareRunner::onEvent(ChatRunner *runner, const StreamEvent &event)
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).runner == runner) {
            onEvent(i, event);
            return;
        }
    }
}

void CompareRunner::onEvent(int column, const StreamEvent &event)
{
    Column &slot = m_columns[column];
    slot.reply.apply(event);
    if (event.isTerminal()) {
        slot.streaming = false;
    }
    Q_EMIT columnEvent(column, event);
    if (event.type == StreamEvent::Type::Finished || event.type == StreamEvent::Type::Failed) {
        Q_EMIT columnEnded(column);
        if (allColumnsEnded()) {
            Q_EMIT allEnded();
        }
    }
}

} // namespace pwb
