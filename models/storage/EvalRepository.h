#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace pwb {

class Database;
class SqlStatementCache;

struct EvalResult
{
    qint64 caseId = 0;
    std::optional<qint64> promptVersionId;
    QString providerId;
    QString model;
    std::optional<qint64> runId;
    QString status; // pass, fail, error
    std::optional<double> score;
    QJsonArray assertions; // each assertion's outcome and reason
};

// An eval run as listed: what it ran over, how far it got.
struct EvalRunInfo
{
    qint64 id = 0;
    qint64 datasetId = 0;
    QString datasetName;
    QString name;
    QString status; // running, complete, cancelled, interrupted, failed
    QJsonObject config; // the plan (eval/EvalPlan)
    qint64 createdAt = 0; // ms since the epoch
    std::optional<qint64> finishedAt;
    int results = 0;
    int passed = 0;
};

// Eval runs and their per-cell results. A result is recorded once per (case, version, provider,
// model): recording it again replaces it, so a resumed eval never counts a case twice, and the
// cells still to do are the ones without a result.
class EvalRepository
{
public:
    explicit EvalRepository(Database &database);

    Result<qint64> createEvalRun(qint64 datasetId, const QString &name, const QJsonObject &config);
    Result<void> recordResult(qint64 evalRunId, const EvalResult &result);
    Result<void> setStatus(qint64 evalRunId, const QString &status); // complete, cancelled, …
    QString status(qint64 evalRunId) const;
    std::optional<qint64> datasetOf(qint64 evalRunId) const;
    QList<EvalResult> results(qint64 evalRunId) const;
    // Newest first; all datasets' when none is given.
    QList<EvalRunInfo> evalRuns(std::optional<qint64> datasetId = std::nullopt) const;
    std::optional<EvalRunInfo> evalRun(qint64 evalRunId) const;

    // Eval runs left "running" by a process that died: marked "interrupted" (they can be
    // resumed). Returns how many. Call once after opening a workspace.
    static Result<int> markInterrupted(Database &database);
    // Case ids of the dataset that have no result yet for this version/provider/model.
    QList<qint64> pendingCases(qint64 evalRunId, std::optional<qint64> promptVersionId,
                               const QString &providerId, const QString &model) const;

private:
    Database &m_database;
    std::shared_ptr<SqlStatementCache> m_statements; // recordResult's, used once per case
};

} // namespace pwb
