#include "storage/StoredRun.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pwb {

namespace {

const QString kColumns = QStringLiteral(
    "id, prompt_version_id, snapshot, variables, provider_id, model, parameters, request, status, "
    "reply_text, reasoning_text, tool_calls, finish_reason, provider_finish, error_phase, "
    "error_kind, error_message, http_status, input_tokens, output_tokens, reasoning_tokens, "
    "cached_input_tokens, started_at, headers_ms, first_token_ms, last_token_ms, end_ms, "
    "compare_session_id, compare_column");

QJsonObject objectOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

qint64 numberOr(const QVariant &value, qint64 unknown = -1)
{
    return value.isNull() ? unknown : value.toLongLong();
}

// The ids are written by RunRecorder from the same enums (StreamError::kindId and friends), so
// each is found by comparing with every value's id; an id from a newer version falls back.
StreamError::Kind kindFromId(const QString &id)
{
    for (int k = 0; k <= static_cast<int>(StreamError::Kind::Cancelled); ++k) {
        const auto kind = static_cast<StreamError::Kind>(k);
        if (StreamError::kindId(kind) == id) {
            return kind;
        }
    }
    return StreamError::Kind::Protocol;
}

StreamError::Phase phaseFromId(const QString &id)
{
    for (const auto phase : {StreamError::Phase::Connect, StreamError::Phase::FirstPacket,
                             StreamError::Phase::MidStream}) {
        if (StreamError::phaseId(phase) == id) {
            return phase;
        }
    }
    return StreamError::Phase::MidStream;
}

FinishReason finishFromId(const QString &id)
{
    for (const auto reason : {FinishReason::Stop, FinishReason::Length, FinishReason::ToolCalls,
                              FinishReason::ContentFilter, FinishReason::Other}) {
        if (StreamEvent::finishReasonId(reason) == id) {
            return reason;
        }
    }
    return FinishReason::Other;
}

StoredRun fromRecord(const QSqlQuery &row)
{
    const auto at = [&row](const char *name) { return row.value(QLatin1StringView(name)); };
    StoredRun run;
    run.id = at("id").toLongLong();
    run.promptVersionId = idFromSql(at("prompt_version_id"));
    run.snapshot = objectOf(at("snapshot"));
    run.variables = objectOf(at("variables"));
    run.providerId = at("provider_id").toString();
    run.model = at("model").toString();
    run.parameters = objectOf(at("parameters"));
    run.request = objectOf(at("request"));
    run.status = at("status").toString();
    run.startedAt = at("started_at").toLongLong();
    run.compareSessionId = idFromSql(at("compare_session_id"));
    if (!at("compare_column").isNull()) {
        run.compareColumn = at("compare_column").toInt();
    }

    StreamedReply &reply = run.reply;
    reply.model = run.model;
    reply.text = at("reply_text").toString();
    reply.reasoning = at("reasoning_text").toString();
    const QJsonArray tools = QJsonDocument::fromJson(at("tool_calls").toString().toUtf8()).array();
    for (const QJsonValue &tool : tools) {
        const QJsonObject call = tool.toObject();
        reply.toolCalls.append({call.value(QStringLiteral("id")).toString(),
                                call.value(QStringLiteral("name")).toString(),
                                call.value(QStringLiteral("arguments")).toString()});
    }
    reply.usage.inputTokens = numberOr(at("input_tokens"));
    reply.usage.outputTokens = numberOr(at("output_tokens"));
    reply.usage.reasoningTokens = numberOr(at("reasoning_tokens"));
    reply.usage.cachedInputTokens = numberOr(at("cached_input_tokens"));
    reply.timings.headersMs = numberOr(at("headers_ms"));
    reply.timings.firstTokenMs = numberOr(at("first_token_ms"));
    reply.timings.lastTokenMs = numberOr(at("last_token_ms"));
    reply.timings.endMs = numberOr(at("end_ms"));

    if (run.status == u"complete" || run.status == u"truncated") {
        reply.state = StreamedReply::State::Finished;
        reply.complete = run.status == u"complete";
        reply.finishReason = finishFromId(at("finish_reason").toString());
        reply.rawFinishReason = at("provider_finish").toString();
    } else if (run.status == u"running") {
        reply.state = StreamedReply::State::Streaming;
    } else {
        reply.state = StreamedReply::State::Failed;
        StreamError &error = reply.error;
        if (run.status == u"cancelled") {
            error.kind = StreamError::Kind::Cancelled;
        } else if (run.status == u"interrupted") {
            error.kind = StreamError::Kind::NetworkReset;
            error.message = StoredRun::tr("The app ended while this reply was streaming; the "
                                          "text received until then is kept.");
        } else {
            error.kind = kindFromId(at("error_kind").toString());
            error.message = at("error_message").toString();
        }
        if (!at("error_phase").isNull()) {
            error.phase = phaseFromId(at("error_phase").toString());
        } else if (!reply.text.isEmpty()) {
            error.phase = StreamError::Phase::MidStream;
        }
        error.httpStatus = at("http_status").toInt();
        error.partialText = reply.text;
    }
    return run;
}

} // namespace

std::optional<StoredRun> StoredRun::load(const Database &database, qint64 runId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kColumns));
    query.addBindValue(runId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return fromRecord(query);
}

QList<StoredRun> StoredRun::loadCompareSession(const Database &database, qint64 sessionId)
{
    QList<StoredRun> runs;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE compare_session_id = ? "
                                 "ORDER BY compare_column, id")
                      .arg(kColumns));
    query.addBindValue(sessionId);
    query.exec();
    while (query.next()) {
        runs.append(fromRecord(query));
    }
    return runs;
}

} // namespace pwb
