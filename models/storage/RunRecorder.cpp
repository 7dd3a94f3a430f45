#include "storage/RunRecorder.h"

#include "secrets/Redaction.h"
#include "storage/Database.h"
#include "storage/SqlStatementCache.h"
#include "storage/SqlTransaction.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant orNull(qint64 value)
{
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

const char *statusOf(const StreamedReply &reply)
{
    if (reply.state == StreamedReply::State::Finished) {
        return reply.complete ? "complete" : "truncated";
    }
    return reply.error.kind == StreamError::Kind::Cancelled ? "cancelled" : "failed";
}

} // namespace

RunRecorder::RunRecorder(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_statements(std::make_unique<SqlStatementCache>(database.connection()))
{
    m_timer.setInterval(100);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const Result<void> written = flush(); !written) {
            Q_EMIT writeFailed(written.error());
        }
    });
}

RunRecorder::~RunRecorder()
{
    (void)flush(); // what was received is kept, even if the app closes mid-stream
}

QJsonObject RunRecorder::redactedRequest(const HttpRequestSpec &request, const QStringList &secrets)
{
    QJsonObject headers;
    for (const auto &[name, value] : redactHeaders(request.headers)) {
        headers.insert(QString::fromLatin1(name), redactSecrets(QString::fromUtf8(value), secrets));
    }
    const QString body = redactSecrets(QString::fromUtf8(request.body), secrets);
    const QJsonDocument parsed = QJsonDocument::fromJson(body.toUtf8());
    return QJsonObject {{QStringLiteral("url"), redactSecrets(request.url.toString(), secrets)},
                        {QStringLiteral("headers"), headers},
                        {QStringLiteral("body"),
                         parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(body)}};
}

Result<qint64> RunRecorder::begin(const RunStart &start)
{
    QSqlQuery &query = m_statements->prepared(QStringLiteral(
        "INSERT INTO runs (prompt_version_id, snapshot, variables, provider_id, model, "
        "parameters, request, status, started_at, compare_session_id, compare_column) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?) RETURNING id"));
    query.bindValue(0,
                    start.promptVersionId ? QVariant(*start.promptVersionId)
                                          : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(1,
                    start.snapshot.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(compactJson(start.snapshot)));
    query.bindValue(2, redactSecrets(compactJson(start.variables), start.secrets));
    query.bindValue(3, sqlText(start.providerId));
    query.bindValue(4, sqlText(start.model));
    query.bindValue(5, compactJson(start.parameters));
    query.bindValue(6, compactJson(redactedRequest(start.request, start.secrets)));
    query.bindValue(7, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(8,
                    start.compareSessionId ? QVariant(*start.compareSessionId)
                                           : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(9,
                    start.compareColumn ? QVariant(*start.compareColumn)
                                        : QVariant(QMetaType::fromType<int>()));
    if (!query.exec() || !query.next()) {
        return Result<qint64>::failure(
            tr("Cannot record the run: %1").arg(query.lastError().databaseText()));
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    m_nextSeq.insert(id, 0);
    m_replies.insert(id, StreamedReply());
    m_secrets.insert(id, start.secrets);
    m_targets.insert(id, {start.providerId, start.model});
    return id;
}

void RunRecorder::record(qint64 runId, const StreamEvent &event, qint64 atMs)
{
    auto reply = m_replies.find(runId);
    if (reply == m_replies.end()) {
        return; // not begun here, or already finished
    }
    reply->apply(event);
    const char *kind = event.type == StreamEvent::Type::TextDelta ? "text"
        : event.type == StreamEvent::Type::ReasoningDelta         ? "reasoning"
        : event.type == StreamEvent::Type::ToolCallDelta          ? "tool"
                                                                  : nullptr;
    if (kind) {
        QString text = event.text;
        if (event.type == StreamEvent::Type::ToolCallDelta) {
            text = QString::fromUtf8(
                QJsonDocument(
                    QJsonObject {{QStringLiteral("index"), event.toolCall.index},
                                 {QStringLiteral("id"), event.toolCall.id},
                                 {QStringLiteral("name"), event.toolCall.name},
                                 {QStringLiteral("arguments"), event.toolCall.argumentsDelta}})
                    .toJson(QJsonDocument::Compact));
        }
        m_pending.append({runId, m_nextSeq[runId]++, atMs, kind, std::move(text)});
        if (!m_timer.isActive()) {
            m_timer.start();
        }
    }
    if (event.isTerminal()) {
        if (const Result<void> done = finishRun(runId); !done) {
            Q_EMIT writeFailed(done.error());
        }
    }
}

Result<void> RunRecorder::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty()) {
        return {};
    }
    SqlTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO run_chunks (run_id, seq, at_ms, kind, text) VALUES (?, ?, ?, ?, ?)"));
    QHash<qint64, int> stored;
    for (const Piece &piece : std::as_const(m_pending)) {
        query.addBindValue(piece.runId);
        query.addBindValue(piece.seq);
        query.addBindValue(piece.atMs);
        query.addBindValue(QString::fromLatin1(piece.kind));
        query.addBindValue(redactSecrets(piece.text, m_secrets.value(piece.runId)));
        if (!query.exec()) {
            return Result<void>::failure(tr("Cannot store the reply of run %1: %2")
                                             .arg(piece.runId)
                                             .arg(query.lastError().databaseText()));
        }
        stored[piece.runId] = piece.seq + 1;
    }
    if (const Result<void> committed = transaction.commit(); !committed) {
        return committed;
    }
    m_pending.clear();
    ++m_batches;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        Q_EMIT flushed(it.key(), it.value());
    }
    return {};
}

Result<void> RunRecorder::finishRun(qint64 runId)
{
    if (const Result<void> written = flush(); !written) {
        return written;
    }
    const StreamedReply reply = m_replies.take(runId);
    const QStringList secrets = m_secrets.take(runId);
    const auto [providerId, model] = m_targets.take(runId);
    m_nextSeq.remove(runId);
    const std::optional<double> cost =
        m_cost ? m_cost(providerId, model, reply.usage) : std::nullopt;

    QJsonArray tools;
    for (const StreamedReply::ToolCall &call : reply.toolCalls) {
        tools.append(QJsonObject {{QStringLiteral("id"), call.id},
                                  {QStringLiteral("name"), call.name},
                                  {QStringLiteral("arguments"), call.arguments}});
    }
    const bool failed = reply.state == StreamedReply::State::Failed;
    QSqlQuery &query = m_statements->prepared(QStringLiteral(
        "UPDATE runs SET status = ?, reply_text = ?, reasoning_text = ?, tool_calls = ?, "
        "finish_reason = ?, "
        "provider_finish = ?, error_phase = ?, error_kind = ?, error_message = ?, http_status = ?, "
        "input_tokens = ?, output_tokens = ?, reasoning_tokens = ?, cached_input_tokens = ?, "
        "headers_ms = ?, "
        "first_token_ms = ?, last_token_ms = ?, end_ms = ?, cost_usd = ? WHERE id = ?"));
    const QVariant noText(QMetaType::fromType<QString>());
    query.bindValue(0, QString::fromLatin1(statusOf(reply)));
    query.bindValue(
        1,
        sqlText(redactSecrets(failed && !reply.error.partialText.isEmpty() ? reply.error.partialText
                                                                           : reply.text,
                              secrets)));
    query.bindValue(2, sqlText(redactSecrets(reply.reasoning, secrets)));
    query.bindValue(3, QString::fromUtf8(QJsonDocument(tools).toJson(QJsonDocument::Compact)));
    query.bindValue(4, failed ? noText : QVariant(StreamEvent::finishReasonId(reply.finishReason)));
    query.bindValue(5, failed ? noText : QVariant(reply.rawFinishReason));
    query.bindValue(6, failed ? QVariant(StreamError::phaseId(reply.error.phase)) : noText);
    query.bindValue(7, failed ? QVariant(StreamError::kindId(reply.error.kind)) : noText);
    query.bindValue(8, failed ? QVariant(redactSecrets(reply.error.message, secrets)) : noText);
    query.bindValue(9,
                    failed && reply.error.httpStatus > 0 ? QVariant(reply.error.httpStatus)
                                                         : QVariant(QMetaType::fromType<int>()));
    query.bindValue(10, orNull(reply.usage.inputTokens));
    query.bindValue(11, orNull(reply.usage.outputTokens));
    query.bindValue(12, orNull(reply.usage.reasoningTokens));
    query.bindValue(13, orNull(reply.usage.cachedInputTokens));
    query.bindValue(14, orNull(reply.timings.headersMs));
    query.bindValue(15, orNull(reply.timings.firstTokenMs));
    query.bindValue(16, orNull(reply.timings.lastTokenMs));
    query.bindValue(17, orNull(reply.timings.endMs));
    query.bindValue(18, cost ? QVariant(*cost) : QVariant(QMetaType::fromType<double>()));
    query.bindValue(19, runId);
    if (!query.exec()) {
        return Result<void>::failure(
            tr("Cannot finish run %1: %2").arg(runId).arg(query.lastError().databaseText()));
    }
    Q_EMIT finished(runId);
    return {};
}

Result<int> RunRecorder::markInterrupted(Database &database)
{
    QSqlQuery query(database.connection());
    const bool ok = query.exec(QStringLiteral(
        "UPDATE runs SET status = 'interrupted', "
        "reply_text = coalesce((SELECT group_concat(text, '' ORDER BY seq) FROM run_chunks "
        "                        WHERE run_id = runs.id AND kind = 'text'), ''), "
        "reasoning_text = coalesce((SELECT group_concat(text, '' ORDER BY seq) FROM run_chunks "
        "                            WHERE run_id = runs.id AND kind = 'reasoning'), '') "
        "WHERE status = 'running'"));
    if (!ok) {
        return Result<int>::failure(
            QCoreApplication::translate("pwb::RunRecorder", "Cannot mark interrupted runs: %1")
                .arg(query.lastError().databaseText()));
    }
    return query.numRowsAffected();
}

} // namespace pwb
