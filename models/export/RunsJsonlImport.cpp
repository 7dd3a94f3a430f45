#include "export/RunsJsonlImport.h"

#include "export/JsonLineFields.h"
#include "export/RunsJsonlExport.h"
#include "export/RunsJsonlRequest.h"
#include "storage/Database.h"
#include "storage/PromptContent.h"
#include "storage/SqlTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {

using Need = JsonLineFields::Need;

// Past this many, the list would only bury the first problems, which are the ones to fix.
constexpr int kMaxProblems = 100;

const QStringList &statuses()
{
    static const QStringList values {QStringLiteral("running"),   QStringLiteral("complete"),
                                     QStringLiteral("truncated"), QStringLiteral("failed"),
                                     QStringLiteral("cancelled"), QStringLiteral("interrupted")};
    return values;
}

const QStringList &chunkKinds()
{
    static const QStringList values {QStringLiteral("text"), QStringLiteral("reasoning"),
                                     QStringLiteral("tool")};
    return values;
}

const QStringList &roles()
{
    static const QStringList values {QStringLiteral("system"), QStringLiteral("user"),
                                     QStringLiteral("assistant")};
    return values;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A SQL NULL of the column's type for a field that was missing or null.
QVariant orNull(const QVariant &value, QMetaType type)
{
    return value.isValid() ? value : QVariant(type);
}

QString oneOf(const QString &value, const QStringList &allowed)
{
    return RunsJsonlImport::tr("\"%1\" is not one of %2")
        .arg(value, allowed.join(QStringLiteral(", ")));
}

struct Chunk
{
    qint64 atMs = 0;
    QString kind;
    QString text;
};

// One run line, read and checked.
struct ParsedRun
{
    QString promptName;
    qint64 promptNumber = 0;
    std::optional<PromptContent> promptContent;
    QJsonObject snapshot;
    QJsonObject variables;
    QString provider;
    QString model;
    QJsonObject parameters;
    QJsonObject request;
    QString status;
    QString reply;
    QString reasoning;
    QJsonArray toolCalls;
    QVariant finishReason, providerFinish;
    QVariant errorPhase, errorKind, errorMessage, httpStatus;
    QVariant inputTokens, outputTokens, reasoningTokens, cachedInputTokens;
    QVariant costUsd;
    qint64 startedAt = 0;
    QVariant headersMs, firstTokenMs, lastTokenMs, endMs;
    QList<Chunk> chunks;
};

PromptContent contentFrom(JsonLineFields &fields, const QJsonObject &json, const QString &path)
{
    PromptContent content;
    const QJsonArray messages = fields.array(json, path + u".messages", Need::Required);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString at = QStringLiteral("%1.messages[%2]").arg(path).arg(i);
        if (!messages.at(i).isObject()) {
            fields.problem(at, RunsJsonlImport::tr("must be an object"));
            continue;
        }
        const QJsonObject message = messages.at(i).toObject();
        const QString role = fields.text(message, at + u".role", Need::Required);
        if (!role.isNull() && !roles().contains(role)) {
            fields.problem(at + u".role", oneOf(role, roles()));
        }
        content.messages.append({PromptContent::roleFromName(role),
                                 fields.text(message, at + u".content", Need::Required)});
    }
    content.parameters = fields.object(json, path + u".parameters", Need::Optional);
    const QJsonArray variables = fields.array(json, path + u".variables", Need::Optional);
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const QString at = QStringLiteral("%1.variables[%2]").arg(path).arg(i);
        if (!variables.at(i).isObject()) {
            fields.problem(at, RunsJsonlImport::tr("must be an object"));
            continue;
        }
        const QJsonObject variable = variables.at(i).toObject();
        content.variables.append({fields.text(variable, at + u".name", Need::Required),
                                  fields.text(variable, at + u".default", Need::Optional),
                                  fields.text(variable, at + u".description", Need::Optional)});
    }
    content.providerId = fields.text(json, path + u".provider", Need::Optional);
    content.model = fields.text(json, path + u".model", Need::Optional);
    return content;
}

ParsedRun parseRun(JsonLineFields &fields, const QJsonObject &json)
{
    ParsedRun run;
    const QJsonObject prompt = fields.object(json, QStringLiteral("prompt"), Need::Optional);
    if (!prompt.isEmpty()) {
        run.promptName = fields.text(prompt, QStringLiteral("prompt.name"), Need::Required);
        run.promptNumber =
            fields.integer(prompt, QStringLiteral("prompt.version"), Need::Required).toLongLong();
        run.promptContent = contentFrom(
            fields, fields.object(prompt, QStringLiteral("prompt.content"), Need::Required),
            QStringLiteral("prompt.content"));
    }
    run.snapshot = fields.object(json, QStringLiteral("snapshot"), Need::Optional);
    run.variables = fields.object(json, QStringLiteral("variables"), Need::Optional);
    run.provider = fields.text(json, QStringLiteral("provider"), Need::Required);
    run.model = fields.text(json, QStringLiteral("model"), Need::Required);
    run.parameters = fields.object(json, QStringLiteral("parameters"), Need::Optional);
    run.request =
        redactedRequestJson(fields.object(json, QStringLiteral("request"), Need::Required));
    run.status = fields.text(json, QStringLiteral("status"), Need::Required);
    if (!run.status.isNull() && !statuses().contains(run.status)) {
        fields.problem(QStringLiteral("status"), oneOf(run.status, statuses()));
    }
    run.reply = fields.text(json, QStringLiteral("reply"), Need::Optional);
    run.reasoning = fields.text(json, QStringLiteral("reasoning"), Need::Optional);
    run.toolCalls = fields.array(json, QStringLiteral("toolCalls"), Need::Optional);
    for (qsizetype i = 0; i < run.toolCalls.size(); ++i) {
        if (!run.toolCalls.at(i).isObject()) {
            fields.problem(QStringLiteral("toolCalls[%1]").arg(i),
                           RunsJsonlImport::tr("must be an object"));
        }
    }
    run.finishReason = fields.text(json, QStringLiteral("finishReason"), Need::Optional);
    run.providerFinish = fields.text(json, QStringLiteral("providerFinishReason"), Need::Optional);
    const QJsonObject error = fields.object(json, QStringLiteral("error"), Need::Optional);
    run.errorPhase = fields.text(error, QStringLiteral("error.phase"), Need::Optional);
    run.errorKind = fields.text(error, QStringLiteral("error.kind"), Need::Optional);
    run.errorMessage = fields.text(error, QStringLiteral("error.message"), Need::Optional);
    run.httpStatus = fields.integer(error, QStringLiteral("error.httpStatus"), Need::Optional);
    const QJsonObject usage = fields.object(json, QStringLiteral("usage"), Need::Optional);
    run.inputTokens = fields.integer(usage, QStringLiteral("usage.inputTokens"), Need::Optional);
    run.outputTokens = fields.integer(usage, QStringLiteral("usage.outputTokens"), Need::Optional);
    run.reasoningTokens =
        fields.integer(usage, QStringLiteral("usage.reasoningTokens"), Need::Optional);
    run.cachedInputTokens =
        fields.integer(usage, QStringLiteral("usage.cachedInputTokens"), Need::Optional);
    run.costUsd = fields.number(json, QStringLiteral("costUsd"), Need::Optional);
    run.startedAt = fields.integer(json, QStringLiteral("startedAt"), Need::Required).toLongLong();
    const QJsonObject timings = fields.object(json, QStringLiteral("timings"), Need::Optional);
    run.headersMs = fields.integer(timings, QStringLiteral("timings.headersMs"), Need::Optional);
    run.firstTokenMs =
        fields.integer(timings, QStringLiteral("timings.firstTokenMs"), Need::Optional);
    run.lastTokenMs =
        fields.integer(timings, QStringLiteral("timings.lastTokenMs"), Need::Optional);
    run.endMs = fields.integer(timings, QStringLiteral("timings.endMs"), Need::Optional);

    const QJsonArray chunks = fields.array(json, QStringLiteral("chunks"), Need::Optional);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QString at = QStringLiteral("chunks[%1]").arg(i);
        const QJsonArray chunk = chunks.at(i).toArray();
        if (!chunks.at(i).isArray() || chunk.size() != 3 || !chunk.at(0).isDouble() ||
            !chunk.at(1).isString() || !chunk.at(2).isString()) {
            fields.problem(at, RunsJsonlImport::tr("must be [milliseconds, kind, text]"));
            continue;
        }
        if (!chunkKinds().contains(chunk.at(1).toString())) {
            fields.problem(at, oneOf(chunk.at(1).toString(), chunkKinds()));
            continue;
        }
        run.chunks.append(
            {chunk.at(0).toInteger(), chunk.at(1).toString(), chunk.at(2).toString()});
    }
    return run;
}

// The writes of one import, prepared once for the whole file.
class Writer
{
public:
    explicit Writer(const Database &database)
        : m_duplicate(database.connection())
        , m_version(database.connection())
        , m_insert(database.connection())
        , m_reply(database.connection())
        , m_chunk(database.connection())
    {
        m_duplicate.prepare(
            QStringLiteral("SELECT 1 FROM runs WHERE started_at = ? AND provider_id = ? "
                           "AND model = ? AND reply_text = ? LIMIT 1"));
        m_version.prepare(QStringLiteral(
            "SELECT v.id FROM prompt_versions v JOIN prompts p ON p.id = v.prompt_id "
            "WHERE p.name = ? AND v.content_hash = ? ORDER BY p.deleted_at IS NOT NULL LIMIT 1"));
        m_insert.prepare(QStringLiteral(
            "INSERT INTO runs (prompt_version_id, snapshot, variables, provider_id, model, "
            "parameters, request, status, reasoning_text, tool_calls, finish_reason, "
            "provider_finish, error_phase, error_kind, error_message, http_status, input_tokens, "
            "output_tokens, reasoning_tokens, cached_input_tokens, cost_usd, started_at, "
            "headers_ms, first_token_ms, last_token_ms, end_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"));
        // The reply is set by an update, as RunRecorder sets it when a run ends: the run_search
        // trigger that indexes replies fires on that update.
        m_reply.prepare(QStringLiteral("UPDATE runs SET reply_text = ? WHERE id = ?"));
        m_chunk.prepare(QStringLiteral(
            "INSERT INTO run_chunks (run_id, seq, at_ms, kind, text) VALUES (?, ?, ?, ?, ?)"));
    }

    Result<bool> isPresent(const ParsedRun &run)
    {
        m_duplicate.addBindValue(run.startedAt);
        m_duplicate.addBindValue(run.provider);
        m_duplicate.addBindValue(run.model);
        m_duplicate.addBindValue(run.reply);
        if (!m_duplicate.exec()) {
            return Result<bool>::failure(m_duplicate.lastError().databaseText());
        }
        const bool present = m_duplicate.next();
        m_duplicate.finish();
        return present;
    }

    std::optional<qint64> existingVersion(const QString &promptName, const QString &hash)
    {
        m_version.addBindValue(promptName);
        m_version.addBindValue(hash);
        std::optional<qint64> id;
        if (m_version.exec() && m_version.next()) {
            id = m_version.value(0).toLongLong();
        }
        m_version.finish();
        return id;
    }

    // Inserts the run; `versionId` or `snapshot` says what it ran.
    Result<void> insert(const ParsedRun &run, std::optional<qint64> versionId,
                        const QJsonObject &snapshot)
    {
        const QMetaType text = QMetaType::fromType<QString>();
        const QMetaType whole = QMetaType::fromType<qint64>();
        const QVariantList values {
            versionId ? QVariant(*versionId) : QVariant(whole),
            snapshot.isEmpty() ? QVariant(text) : QVariant(compact(snapshot)),
            compact(run.variables),
            run.provider,
            run.model,
            compact(run.parameters),
            compact(run.request),
            run.status,
            run.reasoning.isNull() ? QStringLiteral("") : run.reasoning,
            compact(run.toolCalls),
            orNull(run.finishReason, text),
            orNull(run.providerFinish, text),
            orNull(run.errorPhase, text),
            orNull(run.errorKind, text),
            orNull(run.errorMessage, text),
            orNull(run.httpStatus, whole),
            orNull(run.inputTokens, whole),
            orNull(run.outputTokens, whole),
            orNull(run.reasoningTokens, whole),
            orNull(run.cachedInputTokens, whole),
            orNull(run.costUsd, QMetaType::fromType<double>()),
            run.startedAt,
            orNull(run.headersMs, whole),
            orNull(run.firstTokenMs, whole),
            orNull(run.lastTokenMs, whole),
            orNull(run.endMs, whole),
        };
        for (const QVariant &value : values) {
            m_insert.addBindValue(value);
        }
        if (!m_insert.exec() || !m_insert.next()) {
            return Result<void>::failure(m_insert.lastError().databaseText());
        }
        const qint64 id = m_insert.value(0).toLongLong();
        m_insert.finish();
        m_reply.addBindValue(run.reply.isNull() ? QStringLiteral("") : run.reply);
        m_reply.addBindValue(id);
        if (!m_reply.exec()) {
            return Result<void>::failure(m_reply.lastError().databaseText());
        }
        for (qsizetype seq = 0; seq < run.chunks.size(); ++seq) {
            const Chunk &chunk = run.chunks.at(seq);
            m_chunk.addBindValue(id);
            m_chunk.addBindValue(seq);
            m_chunk.addBindValue(chunk.atMs);
            m_chunk.addBindValue(chunk.kind);
            m_chunk.addBindValue(chunk.text);
            if (!m_chunk.exec()) {
                return Result<void>::failure(m_chunk.lastError().databaseText());
            }
        }
        return {};
    }

private:
    QSqlQuery m_duplicate;
    QSqlQuery m_version;
    QSqlQuery m_insert;
    QSqlQuery m_reply;
    QSqlQuery m_chunk;
};

// Checks the header line; false when the rest of the file must not be read.
bool checkHeader(JsonLineFields &fields, const QJsonObject &header, qint64 &announcedRuns)
{
    if (header.value(QStringLiteral("format")).toString() != RunsJsonlExport::formatName()) {
        fields.problem({},
                       RunsJsonlImport::tr("this is not a Prompt Workbench runs file: its "
                                           "first line must be the header {\"format\": "
                                           "\"%1\", \"formatVersion\": …}")
                           .arg(RunsJsonlExport::formatName()));
        return false;
    }
    const QVariant version =
        fields.integer(header, QStringLiteral("formatVersion"), Need::Required);
    if (!version.isValid()) {
        return false;
    }
    if (version.toLongLong() > RunsJsonlExport::kFormatVersion || version.toLongLong() < 1) {
        fields.problem(QStringLiteral("formatVersion"),
                       RunsJsonlImport::tr("version %1 of the format is not known here (this "
                                           "version of Prompt Workbench reads version %2; a "
                                           "newer one may read this file)")
                           .arg(version.toLongLong())
                           .arg(RunsJsonlExport::kFormatVersion));
        return false;
    }
    const QVariant runs = fields.integer(header, QStringLiteral("runs"), Need::Optional);
    announcedRuns = runs.isValid() ? runs.toLongLong() : -1;
    return !fields.hasProblems();
}

} // namespace

Result<RunsImportOutcome, RunsImportError> RunsJsonlImport::read(Database &database,
                                                                 const QString &filePath, Mode mode)
{
    using R = Result<RunsImportOutcome, RunsImportError>;
    const QString fileName = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(
            {{tr("Cannot read the runs file %1: %2").arg(filePath, file.errorString())}});
    }

    RunsImportError errors;
    RunsImportOutcome outcome;
    SqlTransaction transaction(database.connection());
    Writer writer(database);
    qint64 lineNumber = 0;
    qint64 runLines = 0;
    qint64 announcedRuns = -1;
    bool sawHeader = false;
    while (!file.atEnd() && errors.problems.size() < kMaxProblems) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty()) {
            continue;
        }
        JsonLineFields fields(fileName, lineNumber, errors.problems);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            fields.problem({},
                           parseError.error != QJsonParseError::NoError
                               ? tr("not valid JSON at column %1: %2")
                                     .arg(parseError.offset + 1)
                                     .arg(parseError.errorString())
                               : tr("must be a JSON object"));
            if (!sawHeader) {
                break; // not a runs file: its other lines would only add noise
            }
            continue;
        }
        if (!sawHeader) {
            sawHeader = true;
            if (!checkHeader(fields, document.object(), announcedRuns)) {
                break;
            }
            continue;
        }
        ++runLines;
        const ParsedRun run = parseRun(fields, document.object());
        if (fields.hasProblems() || !errors.problems.isEmpty()) {
            continue; // nothing will be imported; the rest is read for its problems only
        }
        const Result<bool> present = writer.isPresent(run);
        if (present && present.value()) {
            ++outcome.alreadyPresent;
            continue;
        }
        std::optional<qint64> versionId;
        QJsonObject snapshot = run.snapshot;
        if (run.promptContent) {
            const QString hash = run.promptContent->contentHash();
            versionId = writer.existingVersion(run.promptName, hash);
            if (!versionId) {
                snapshot = QJsonDocument::fromJson(run.promptContent->canonicalJson()).object();
                snapshot.insert(QStringLiteral("source"),
                                QJsonObject {{QStringLiteral("prompt"), run.promptName},
                                             {QStringLiteral("version"), run.promptNumber},
                                             {QStringLiteral("contentHash"), hash}});
            }
        }
        const Result<void> inserted = present ? writer.insert(run, versionId, snapshot)
                                              : Result<void>::failure(present.error());
        if (!inserted) {
            fields.problem({}, tr("cannot be stored: %1").arg(inserted.error()));
            continue;
        }
        ++outcome.imported;
        if (versionId) {
            ++outcome.linkedToVersions;
        }
    }
    if (!sawHeader && errors.problems.isEmpty()) {
        errors.problems.append(tr("%1:1: the file is empty: a runs file starts with its header "
                                  "line")
                                   .arg(fileName));
    }
    if (errors.problems.isEmpty() && announcedRuns >= 0 && announcedRuns != runLines) {
        errors.problems.append(tr("%1:%2: the header announces %3 runs, but the file has %4 (was "
                                  "it cut short?)")
                                   .arg(fileName)
                                   .arg(lineNumber)
                                   .arg(announcedRuns)
                                   .arg(runLines));
    }
    if (errors.problems.size() >= kMaxProblems && !file.atEnd()) {
        errors.problems.append(tr("%1: more problems not listed; fix these first").arg(fileName));
    }
    if (!errors.problems.isEmpty()) {
        return R::failure(errors); // the transaction rolls back: nothing was imported
    }
    if (mode == Mode::Import) {
        if (const Result<void> committed = transaction.commit(); !committed) {
            return R::failure(
                {{tr("Cannot import the runs of %1: %2").arg(filePath, committed.error())}});
        }
    }
    return outcome;
}

} // namespace pwb
