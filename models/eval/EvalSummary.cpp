#include "eval/EvalSummary.h"

#include "eval/EvalResultRows.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace pwb {

namespace {

int indexOf(const QList<EvalColumnSummary> &columns, const EvalColumnKey &key)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

} // namespace

std::optional<qint64> EvalSummary::percentile(QList<qint64> values, double p)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QList<EvalColumnSummary> EvalSummary::columns(const Database &database, qint64 evalRunId,
                                              const CostFunction &cost)
{
    QList<EvalColumnSummary> columns;
    QList<QList<qint64>> latencies;
    QList<QList<double>> scores;
    for (const EvalResultRow &row : evalResultRows(database, evalRunId)) {
        int index = indexOf(columns, row.key);
        if (index < 0) {
            EvalColumnSummary column;
            column.key = row.key;
            columns.append(column);
            latencies.append(QList<qint64>());
            scores.append(QList<double>());
            index = int(columns.size()) - 1;
        }
        EvalColumnSummary &column = columns[index];
        ++column.results;
        column.passed += row.status == u"pass" ? 1 : 0;
        column.failed += row.status == u"fail" ? 1 : 0;
        column.errors += row.status == u"error" ? 1 : 0;
        if (row.score) {
            scores[index].append(*row.score);
        }
        if (row.latencyMs) {
            latencies[index].append(*row.latencyMs);
        }
        column.inputTokens += std::max<qint64>(0, row.usage.inputTokens);
        column.outputTokens += std::max<qint64>(0, row.usage.outputTokens);
        const std::optional<double> price = cost && row.usage.outputTokens >= 0
            ? cost(row.key.providerId, row.key.model, row.usage)
            : std::nullopt;
        if (price) {
            column.costUsd = column.costUsd.value_or(0.0) + *price;
        } else {
            ++column.unpricedRuns;
        }
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (!scores.at(i).isEmpty()) {
            double sum = 0;
            for (const double score : scores.at(i)) {
                sum += score;
            }
            columns[i].meanScore = sum / double(scores.at(i).size());
        }
        columns[i].p50LatencyMs = percentile(latencies.at(i), 50);
        columns[i].p95LatencyMs = percentile(latencies.at(i), 95);
    }
    return columns;
}

QList<EvalChange> EvalSummary::compare(const Database &database, qint64 beforeRunId,
                                       qint64 afterRunId)
{
    const QList<EvalResultRow> before = evalResultRows(database, beforeRunId);
    const QList<EvalResultRow> after = evalResultRows(database, afterRunId);
    const auto modelKey = [](const EvalColumnKey &key) {
        return key.providerId + u'\x1f' + key.model;
    };
    QHash<QString, const EvalResultRow *> earlier; // by model key + case
    QSet<QString> beforeColumns;
    QSet<QString> afterColumns;
    for (const EvalResultRow &row : before) {
        earlier.insert(modelKey(row.key) + u'\x1e' + QString::number(row.caseId), &row);
        beforeColumns.insert(modelKey(row.key));
    }
    for (const EvalResultRow &row : after) {
        afterColumns.insert(modelKey(row.key));
    }
    // One column on each side with different models: compare those two (model A vs model B).
    const bool pairAnyColumn = beforeColumns.size() == 1 && afterColumns.size() == 1 &&
        !beforeColumns.intersects(afterColumns);

    QList<EvalChange> changes;
    for (const EvalResultRow &row : after) {
        const QString column = pairAnyColumn ? *beforeColumns.cbegin() : modelKey(row.key);
        const EvalResultRow *old = earlier.value(column + u'\x1e' + QString::number(row.caseId));
        if (!old) {
            continue;
        }
        EvalChange change;
        change.caseId = row.caseId;
        change.casePosition = row.position;
        change.before = old->key;
        change.after = row.key;
        change.statusBefore = old->status;
        change.statusAfter = row.status;
        change.scoreBefore = old->score;
        change.scoreAfter = row.score;
        const bool passedBefore = old->status == u"pass";
        const bool passedAfter = row.status == u"pass";
        if (passedBefore && !passedAfter) {
            change.kind = EvalChange::Kind::Regression;
        } else if (!passedBefore && passedAfter) {
            change.kind = EvalChange::Kind::Improvement;
        } else if (old->score && row.score && std::abs(*row.score - *old->score) > 1e-9) {
            change.kind =
                *row.score < *old->score ? EvalChange::Kind::ScoreDown : EvalChange::Kind::ScoreUp;
        }
        changes.append(change);
    }
    std::stable_sort(changes.begin(), changes.end(), [](const EvalChange &a, const EvalChange &b) {
        if (a.kind != b.kind) {
            return int(a.kind) < int(b.kind);
        }
        return a.casePosition < b.casePosition;
    });
    return changes;
}

} // namespace pwb
