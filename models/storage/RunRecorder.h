#pragma once

#include "core/Result.h"
#include "providers/RequestBuilder.h"
#include "streaming/StreamedReply.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace pwb {

class Database;
class SqlStatementCache;

// What is known when a run starts.
struct RunStart
{
    std::optional<qint64> promptVersionId; // or, for an unsaved prompt, `snapshot`
    QJsonObject snapshot;
    QJsonObject variables;
    QString providerId;
    QString model;
    QJsonObject parameters;
    HttpRequestSpec request; // as sent; the recorder redacts it before anything is written
    QStringList secrets; // values that must never be stored (the API key)
    std::optional<qint64> compareSessionId;
    std::optional<int> compareColumn;
};

// Appends a streaming reply to the workspace as it arrives. Pieces are buffered and written in
// one transaction per batch (every `batchIntervalMs`, or at once when a run ends), never one
// transaction per token. A crash loses at most the last unwritten batch; the next open marks the
// run "interrupted" and rebuilds its text from the pieces that were written (markInterrupted).
class RunRecorder : public QObject
{
    Q_OBJECT

public:
    explicit RunRecorder(Database &database, QObject *parent = nullptr);
    ~RunRecorder() override;

    void setBatchInterval(int ms) { m_timer.setInterval(ms); }
    // Prices each run as it ends (cost_usd), by the provider and model it was sent to; without
    // one, or for a model with no price, the cost stays unknown (NULL).
    using CostFunction = std::function<std::optional<double>(
        const QString &providerId, const QString &model, const Usage &usage)>;
    void setCostFunction(CostFunction cost) { m_cost = std::move(cost); }

    // Inserts the run (status "running") with its redacted request; returns its id.
    Result<qint64> begin(const RunStart &start);
    // One event of the run; a terminal event finishes the run (flush + final row) at once.
    void record(qint64 runId, const StreamEvent &event, qint64 atMs);
    // Writes every buffered piece now, in one transaction.
    Result<void> flush();

    // Runs left "running" by a process that died: marked "interrupted", texts rebuilt from the
    // stored pieces. Returns how many. Call once after opening a workspace.
    static Result<int> markInterrupted(Database &database);

    // The request as stored: URL, headers and body with secrets replaced by [redacted].
    static QJsonObject redactedRequest(const HttpRequestSpec &request, const QStringList &secrets);

    qint64 batchesWritten() const { return m_batches; }

Q_SIGNALS:
    // Everything of `runId` up to piece `storedPieces` is on disk (acknowledged).
    void flushed(qint64 runId, int storedPieces);
    void finished(qint64 runId);
    void writeFailed(const QString &error);

private:
    struct Piece
    {
        qint64 runId;
        int seq;
        qint64 atMs;
        const char *kind;
        QString text;
    };
    Result<void> finishRun(qint64 runId);

    Database &m_database;
    std::unique_ptr<SqlStatementCache> m_statements; // the statements of every run
    QTimer m_timer;
    QList<Piece> m_pending;
    QHash<qint64, int> m_nextSeq;
    QHash<qint64, StreamedReply> m_replies;
    QHash<qint64, QStringList> m_secrets;
    QHash<qint64, QPair<QString, QString>> m_targets; // provider id, model
    CostFunction m_cost;
    qint64 m_batches = 0;
};

} // namespace pwb
