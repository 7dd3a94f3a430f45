#include "export/RunsJsonlExport.h"

#include "export/RunsJsonlRequest.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {

QJsonValue jsonOf(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

QJsonValue integerOf(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

QJsonValue documentOf(const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonValue promptOf(Database &database, const QVariant &versionId)
{
    if (versionId.isNull()) {
        return QJsonValue::Null;
    }
    const PromptRepository prompts(database);
    const std::optional<PromptVersionRecord> version = prompts.version(versionId.toLongLong());
    if (!version) {
        return QJsonValue::Null;
    }
    const std::optional<PromptRecord> prompt = prompts.prompt(version->promptId);
    return QJsonObject {
        {QStringLiteral("name"), prompt ? prompt->name : QString()},
        {QStringLiteral("version"), version->number},
        {QStringLiteral("contentHash"), version->contentHash},
        {QStringLiteral("note"), version->note},
        {QStringLiteral("content"),
         QJsonDocument::fromJson(version->content.canonicalJson()).object()},
    };
}

Result<QJsonArray> chunksOf(const Database &database, qint64 runId)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT at_ms, kind, text FROM run_chunks WHERE run_id = ? ORDER BY seq"));
    query.addBindValue(runId);
    if (!query.exec()) {
        return Result<QJsonArray>::failure(
            RunsJsonlExport::tr("Cannot read the reply of run %1: %2")
                .arg(runId)
                .arg(query.lastError().databaseText()));
    }
    QJsonArray chunks;
    while (query.next()) {
        // An array, not an object: a long reply has thousands of pieces, and the key names
        // would be most of the file.
        chunks.append(QJsonArray {query.value(0).toLongLong(), query.value(1).toString(),
                                  query.value(2).toString()});
    }
    return chunks;
}

} // namespace

QString RunsJsonlExport::formatName()
{
    return QStringLiteral("prompt-workbench/runs");
}

QJsonObject RunsJsonlExport::header(int runCount)
{
    return {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("runs"), runCount},
    };
}

Result<QJsonObject> RunsJsonlExport::runObject(Database &database, qint64 runId)
{
    using R = Result<QJsonObject>;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT prompt_version_id, snapshot, variables, provider_id, model, parameters, request, "
        "status, reply_text, reasoning_text, tool_calls, finish_reason, provider_finish, "
        "error_phase, error_kind, error_message, http_status, input_tokens, output_tokens, "
        "reasoning_tokens, cached_input_tokens, cost_usd, started_at, headers_ms, "
        "first_token_ms, last_token_ms, end_ms FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec()) {
        return R::failure(
            tr("Cannot read run %1: %2").arg(runId).arg(query.lastError().databaseText()));
    }
    if (!query.next()) {
        return R::failure(tr("There is no run %1 in this workspace.").arg(runId));
    }
    const auto at = [&query](const char *name) { return query.value(QLatin1StringView(name)); };

    QJsonValue error = QJsonValue::Null;
    if (!at("error_phase").isNull() || !at("error_kind").isNull() ||
        !at("error_message").isNull() || !at("http_status").isNull()) {
        error = QJsonObject {
            {QStringLiteral("phase"), jsonOf(at("error_phase"))},
            {QStringLiteral("kind"), jsonOf(at("error_kind"))},
            {QStringLiteral("message"), jsonOf(at("error_message"))},
            {QStringLiteral("httpStatus"), integerOf(at("http_status"))},
        };
    }
    const Result<QJsonArray> chunks = chunksOf(database, runId);
    if (!chunks) {
        return R::failure(chunks.error());
    }
    return QJsonObject {
        {QStringLiteral("id"), runId},
        {QStringLiteral("prompt"), promptOf(database, at("prompt_version_id"))},
        {QStringLiteral("snapshot"), documentOf(at("snapshot"))},
        {QStringLiteral("variables"), documentOf(at("variables"))},
        {QStringLiteral("provider"), at("provider_id").toString()},
        {QStringLiteral("model"), at("model").toString()},
        {QStringLiteral("parameters"), documentOf(at("parameters"))},
        {QStringLiteral("request"), redactedRequestJson(documentOf(at("request")).toObject())},
        {QStringLiteral("status"), at("status").toString()},
        {QStringLiteral("reply"), at("reply_text").toString()},
        {QStringLiteral("reasoning"), at("reasoning_text").toString()},
        {QStringLiteral("toolCalls"), documentOf(at("tool_calls"))},
        {QStringLiteral("finishReason"), jsonOf(at("finish_reason"))},
        {QStringLiteral("providerFinishReason"), jsonOf(at("provider_finish"))},
        {QStringLiteral("error"), error},
        {QStringLiteral("usage"),
         QJsonObject {
             {QStringLiteral("inputTokens"), integerOf(at("input_tokens"))},
             {QStringLiteral("outputTokens"), integerOf(at("output_tokens"))},
             {QStringLiteral("reasoningTokens"), integerOf(at("reasoning_tokens"))},
             {QStringLiteral("cachedInputTokens"), integerOf(at("cached_input_tokens"))},
         }},
        {QStringLiteral("costUsd"),
         at("cost_usd").isNull() ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(at("cost_usd").toDouble())},
        {QStringLiteral("startedAt"), at("started_at").toLongLong()},
        {QStringLiteral("timings"),
         QJsonObject {
             {QStringLiteral("headersMs"), integerOf(at("headers_ms"))},
             {QStringLiteral("firstTokenMs"), integerOf(at("first_token_ms"))},
             {QStringLiteral("lastTokenMs"), integerOf(at("last_token_ms"))},
             {QStringLiteral("endMs"), integerOf(at("end_ms"))},
         }},
        {QStringLiteral("chunks"), chunks.value()},
    };
}

Result<int> RunsJsonlExport::write(Database &database, const QList<qint64> &runIds,
                                   QIODevice &device)
{
    const auto line = [&device](const QJsonObject &object) {
        QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
        bytes.append('\n');
        return device.write(bytes) == bytes.size();
    };
    const auto writeFailed = [&device] {
        return Result<int>::failure(tr("Cannot write the runs: %1").arg(device.errorString()));
    };
    if (!line(header(int(runIds.size())))) {
        return writeFailed();
    }
    for (const qint64 id : runIds) {
        const Result<QJsonObject> run = runObject(database, id);
        if (!run) {
            return Result<int>::failure(run.error());
        }
        if (!line(run.value())) {
            return writeFailed();
        }
    }
    return int(runIds.size());
}

Result<int> RunsJsonlExport::write(Database &database, const QList<qint64> &runIds,
                                   const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<int>::failure(
            tr("Cannot write the runs to %1: %2").arg(filePath, file.errorString()));
    }
    const Result<int> written = write(database, runIds, file);
    if (!written) {
        file.cancelWriting();
        return Result<int>::failure(tr("%1 (%2 was not written)").arg(written.error(), filePath));
    }
    if (!file.commit()) {
        return Result<int>::failure(
            tr("Cannot write the runs to %1: %2").arg(filePath, file.errorString()));
    }
    return written;
}

} // namespace pwb
