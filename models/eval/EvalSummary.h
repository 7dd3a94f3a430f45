#pragma once

#include "eval/EvalResultRows.h"
#include "streaming/StreamEvent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pwb {

class Database;

// The figures under a column of the results grid, and what `pwb eval` prints: pass rate over
// the cases with a result, mean score over those that have one, latency percentiles (start to
// last byte of the runs that ended), tokens, and cost where the price is known.
struct EvalColumnSummary
{
    EvalColumnKey key;
    int results = 0;
    int passed = 0;
    int failed = 0;
    int errors = 0;
    std::optional<double> meanScore;
    std::optional<qint64> p50LatencyMs;
    std::optional<qint64> p95LatencyMs;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    std::optional<double> costUsd; // none when no run of the column has a known price
    int unpricedRuns = 0; // runs whose cost is unknown (their cost is not in costUsd)

    double passRate() const { return results > 0 ? double(passed) / results : 0.0; }
};

// A case whose verdict differs between two eval runs (the same dataset).
struct EvalChange
{
    enum class Kind { Regression, Improvement, ScoreDown, ScoreUp, Unchanged };
    qint64 caseId = 0;
    int casePosition = 0;
    EvalColumnKey before;
    EvalColumnKey after;
    QString statusBefore;
    QString statusAfter;
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    Kind kind = Kind::Unchanged;
};

class EvalSummary
{
    Q_DECLARE_TR_FUNCTIONS(pwb::EvalSummary)

public:
    using CostFunction = std::function<std::optional<double>(
        const QString &providerId, const QString &model, const Usage &usage)>;

    // Columns in the order their first result was recorded.
    static QList<EvalColumnSummary> columns(const Database &database, qint64 evalRunId,
                                            const CostFunction &cost = {});

    // Nearest-rank percentile (p in 0..100) of `values`, which it sorts; none when empty.
    static std::optional<qint64> percentile(QList<qint64> values, double p);

    // The cases of `after` next to the same cases of `before`: regressions first, then
    // improvements, then scores that fell, scores that rose, and the unchanged, each by case
    // position. Columns are paired by provider and model (the version may differ: that is what
    // is usually compared); when that pairs nothing and each run has one column, those two.
    static QList<EvalChange> compare(const Database &database, qint64 beforeRunId,
                                     qint64 afterRunId);
};

} // namespace pwb
