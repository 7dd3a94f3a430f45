#pragma once

#include "chat/RunSetup.h"
#include "core/Result.h"
#include "streaming/StreamedReply.h"

#include <QList>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace pwb {

class ChatRunner;
class CompareRepository;

// Streams the columns of a comparison at the same time, each through its own ChatRunner (its
// own Provider and request), so a slow or failing column never holds up or breaks another.
// Every run is recorded with its session and column; re-running a column adds a run to the
// same column, and the newest run of a column is the one shown when the session is reopened.
class CompareRunner : public QObject
{
    Q_OBJECT

public:
    // `recorder` and `repository` may be null: nothing is recorded (a read-only workspace).
    CompareRunner(QNetworkAccessManager *network, RunRecorder *recorder,
                  CompareRepository *repository, QObject *parent = nullptr);
    ~CompareRunner() override;

    // Starts a new session of `columns` columns: records its row and clears every column;
    // then start each column with startColumn (or failColumn) without returning to the event
    // loop in between, so that they all start at once. Fails only when the session cannot be
    // recorded — the columns still stream then, unrecorded as a session.
    Result<qint64> beginSession(const QString &name, std::optional<qint64> promptId, int columns);
    // Runs one column again (or for the first time, after its key was found), in the session.
    void startColumn(int column, const RunSetup &setup);
    // A column that could not be sent (no key, template error) ends at once with `problem`,
    // so that the summary and allEnded count it like any failed column; nothing is recorded.
    void failColumn(int column, const QString &problem);
    void stopColumn(int column);
    void stopAll();
    // The column is gone from the view: its stream stops, later columns move left by one.
    void removeColumn(int column);
    // What follows belongs to no saved session (until the next beginSession): the columns no
    // longer match the session's after one was removed.
    void detachSession() { m_sessionId = 0; }

    // The columns being shown: a session opened from the workspace sets what is shown; nothing
    // streams until a column is run again.
    void showSession(qint64 sessionId, const QList<StreamedReply> &replies,
                     const QList<qint64> &runIds, const QList<RunSetup> &setups);

    qint64 sessionId() const { return m_sessionId; }
    int columnCount() const { return int(m_columns.size()); }
    bool isRunning(int column) const;
    bool isAnyRunning() const;
    const StreamedReply &reply(int column) const { return m_columns.at(column).reply; }
    qint64 runId(int column) const { return m_columns.at(column).runId; }
    const RunSetup &setup(int column) const { return m_columns.at(column).setup; }

Q_SIGNALS:
    // Emitted before the column's first event of a run (its reply is cleared).
    void columnStarted(int column);
    void columnEvent(int column, const pwb::StreamEvent &event);
    void columnEnded(int column);
    // Every column has ended (after the last columnEnded).
    void allEnded();
    void recordingFailed(const QString &error);

private:
    struct Column
    {
        ChatRunner *runner = nullptr;
        RunSetup setup;
        StreamedReply reply;
        qint64 runId = 0;
        // From its start until its terminal event has been handled here — unlike the
        // ChatRunner's own state, which is still "active" while that event is delivered.
        bool streaming = false;
    };
    void resize(int count);
    bool allColumnsEnded() const;
    void onEvent(ChatRunner *runner, const StreamEvent &event);
    void onEvent(int column, const StreamEvent &event);

    QNetworkAccessManager *m_network;
    RunRecorder *m_recorder;
    CompareRepository *m_repository;
    QList<Column> m_columns;
    qint64 m_sessionId = 0;
};

} // namespace pwb
