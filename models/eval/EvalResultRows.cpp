#include "eval/EvalResultRows.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pwb {

QList<EvalResultRow> evalResultRows(const Database &database, qint64 evalRunId, bool withTexts)
{
    QList<EvalResultRow> rows;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT r.case_id, c.position, r.prompt_version_id, r.provider_id, r.model, r.status, "
            "r.score, runs.end_ms, runs.last_token_ms, runs.first_token_ms, runs.input_tokens, "
            "runs.output_tokens, runs.cached_input_tokens, runs.reasoning_tokens, r.run_id%1 "
            "FROM eval_results r JOIN dataset_cases c ON c.id = r.case_id "
            "LEFT JOIN runs ON runs.id = r.run_id WHERE r.eval_run_id = ? ORDER BY r.id")
            .arg(withTexts ? QStringLiteral(", r.assertions, runs.reply_text, runs.error_message")
                           : QString()));
    query.addBindValue(evalRunId);
    query.exec();
    const auto number = [](const QVariant &value) {
        return value.isNull() ? qint64(-1) : value.toLongLong();
    };
    const auto optional = [](const QVariant &value) {
        return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    };
    while (query.next()) {
        EvalResultRow row;
        row.caseId = query.value(0).toLongLong();
        row.position = query.value(1).toInt();
        row.key = {idFromSql(query.value(2)), query.value(3).toString(), query.value(4).toString()};
        row.status = query.value(5).toString();
        if (!query.value(6).isNull()) {
            row.score = query.value(6).toDouble();
        }
        const qint64 end = number(query.value(7));
        const qint64 last = number(query.value(8));
        if (end >= 0 || last >= 0) {
            row.latencyMs = std::max(end, last);
        }
        row.firstTokenMs = optional(query.value(9));
        row.usage.inputTokens = number(query.value(10));
        row.usage.outputTokens = number(query.value(11));
        row.usage.cachedInputTokens = number(query.value(12));
        row.usage.reasoningTokens = number(query.value(13));
        row.runId = idFromSql(query.value(14));
        if (withTexts) {
            row.assertions = QJsonDocument::fromJson(query.value(15).toByteArray()).array();
            row.output = query.value(16).toString();
            row.error = query.value(17).toString();
        }
        rows.append(row);
    }
    return rows;
}

} // namespace pwb
