#include "eval/EvalReport.h"

#include "eval/CsvCell.h"
#include "eval/EvalResultRows.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pwb {

namespace {

QJsonValue optionalNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalCount(std::optional<qint64> value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonValue count(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(double(value));
}

QJsonValue time(std::optional<qint64> ms)
{
    return ms ? QJsonValue(
                    QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::UTC).toString(Qt::ISODateWithMs))
              : QJsonValue();
}

std::optional<double> costOf(const EvalSummary::CostFunction &cost, const EvalResultRow &row)
{
    return cost && row.usage.outputTokens >= 0 ? cost(row.key.providerId, row.key.model, row.usage)
                                               : std::nullopt;
}

// Every assertion's reason, in one line: "contains: passed; regex: no match for ^\d+$".
QString reasons(const QJsonArray &assertions)
{
    QStringList parts;
    for (const QJsonValue &value : assertions) {
        const QJsonObject assertion = value.toObject();
        QString name = assertion.value("label"_L1).toString();
        if (name.isEmpty()) {
            name = assertion.value("type"_L1).toString();
        }
        const QString reason = assertion.value("reason"_L1).toString();
        parts << (reason.isEmpty() ? name : name + u": "_s + reason);
    }
    return parts.join(u"; "_s);
}

} // namespace

QJsonObject EvalReport::toJson(Database &database, qint64 evalRunId,
                               const EvalSummary::CostFunction &cost)
{
    const std::optional<EvalRunInfo> run = EvalRepository(database).evalRun(evalRunId);
    if (!run) {
        return {};
    }
    QHash<qint64, DatasetCase> cases;
    for (const DatasetCase &testCase : DatasetRepository(database).cases(run->datasetId)) {
        cases.insert(testCase.id, testCase);
    }

    QJsonArray columns;
    int results = 0, passed = 0, failed = 0, errors = 0;
    const QList<EvalColumnSummary> summaries = EvalSummary::columns(database, evalRunId, cost);
    for (const EvalColumnSummary &column : summaries) {
        results += column.results;
        passed += column.passed;
        failed += column.failed;
        errors += column.errors;
        columns.append(QJsonObject {
            {u"promptVersionId"_s, optionalCount(column.key.promptVersionId)},
            {u"provider"_s, column.key.providerId},
            {u"model"_s, column.key.model},
            {u"results"_s, column.results},
            {u"passed"_s, column.passed},
            {u"failed"_s, column.failed},
            {u"errors"_s, column.errors},
            {u"passRate"_s, column.passRate()},
            {u"meanScore"_s, optionalNumber(column.meanScore)},
            {u"p50LatencyMs"_s, optionalCount(column.p50LatencyMs)},
            {u"p95LatencyMs"_s, optionalCount(column.p95LatencyMs)},
            {u"inputTokens"_s, double(column.inputTokens)},
            {u"outputTokens"_s, double(column.outputTokens)},
            {u"costUsd"_s, optionalNumber(column.costUsd)},
            {u"unpricedRuns"_s, column.unpricedRuns},
        });
    }

    QJsonArray rows;
    for (const EvalResultRow &row : evalResultRows(database, evalRunId, true)) {
        const DatasetCase testCase = cases.value(row.caseId);
        rows.append(QJsonObject {
            {u"case"_s, row.position + 1},
            {u"caseId"_s, double(row.caseId)},
            {u"variables"_s, testCase.variables},
            {u"expected"_s, testCase.expected ? QJsonValue(*testCase.expected) : QJsonValue()},
            {u"promptVersionId"_s, optionalCount(row.key.promptVersionId)},
            {u"provider"_s, row.key.providerId},
            {u"model"_s, row.key.model},
            {u"status"_s, row.status},
            {u"score"_s, optionalNumber(row.score)},
            {u"output"_s, row.output},
            {u"error"_s, row.error.isEmpty() ? QJsonValue() : QJsonValue(row.error)},
            {u"latencyMs"_s, optionalCount(row.latencyMs)},
            {u"firstTokenMs"_s, optionalCount(row.firstTokenMs)},
            {u"inputTokens"_s, count(row.usage.inputTokens)},
            {u"outputTokens"_s, count(row.usage.outputTokens)},
            {u"costUsd"_s, optionalNumber(costOf(cost, row))},
            {u"runId"_s, optionalCount(row.runId)},
            {u"assertions"_s, row.assertions},
        });
    }

    return {
        {u"format"_s, u"prompt-workbench-eval-report"_s},
        {u"version"_s, 1},
        {u"evalRun"_s,
         QJsonObject {{u"id"_s, double(run->id)},
                      {u"name"_s, run->name},
                      {u"dataset"_s, run->datasetName},
                      {u"status"_s, run->status},
                      {u"createdAt"_s, time(run->createdAt)},
                      {u"finishedAt"_s, time(run->finishedAt)}}},
        {u"summary"_s,
         QJsonObject {{u"cases"_s, cases.size()},
                      {u"results"_s, results},
                      {u"passed"_s, passed},
                      {u"failed"_s, failed},
                      {u"errors"_s, errors},
                      {u"passRate"_s, results > 0 ? double(passed) / results : 0.0}}},
        {u"columns"_s, columns},
        {u"results"_s, rows},
    };
}

QByteArray EvalReport::toCsv(Database &database, qint64 evalRunId,
                             const EvalSummary::CostFunction &cost)
{
    const QStringList header {u"case"_s,         u"prompt_version_id"_s,
                              u"provider"_s,     u"model"_s,
                              u"status"_s,       u"score"_s,
                              u"latency_ms"_s,   u"first_token_ms"_s,
                              u"input_tokens"_s, u"output_tokens"_s,
                              u"cost_usd"_s,     u"output"_s,
                              u"error"_s,        u"assertions"_s};
    QByteArray out;
    const auto appendRow = [&out](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            appendCsvCell(out, cells.at(i));
        }
        out += "\r\n";
    };
    appendRow(header);
    const auto text = [](auto value) {
        return value ? QString::number(*value) : QString(); // unset: an empty cell
    };
    const auto tokens = [](qint64 value) { return value < 0 ? QString() : QString::number(value); };
    for (const EvalResultRow &row : evalResultRows(database, evalRunId, true)) {
        const std::optional<double> price = costOf(cost, row);
        appendRow({QString::number(row.position + 1), text(row.key.promptVersionId),
                   row.key.providerId, row.key.model, row.status, text(row.score),
                   text(row.latencyMs), text(row.firstTokenMs), tokens(row.usage.inputTokens),
                   tokens(row.usage.outputTokens),
                   price ? QString::number(*price, 'f', 6) : QString(), row.output, row.error,
                   reasons(row.assertions)});
    }
    return out;
}

Result<void> EvalReport::writeFile(Database &database, qint64 evalRunId, const QString &path,
                                   const EvalSummary::CostFunction &cost)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == u"json") {
        data = QJsonDocument(toJson(database, evalRunId, cost)).toJson(QJsonDocument::Indented);
    } else if (suffix == u"csv") {
        data = toCsv(database, evalRunId, cost);
    } else {
        return Result<void>::failure(
            tr("%1: a report is .json or .csv").arg(QDir::toNativeSeparators(path)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Result<void>::failure(tr("Cannot write the report %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace pwb
