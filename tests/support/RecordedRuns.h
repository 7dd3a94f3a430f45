#pragma once

#include "chat/PromptPreparation.h"
#include "prompts/PromptParameters.h"
#include "providers/ProviderDirectory.h"
#include "providers/RequestBuilder.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <utility>

namespace pwb::test {

// Runs recorded the way the chat pane records them: the prompt rendered by PromptPreparation
// (variables, partials), the request built by RequestBuilder for the provider, and the reply's
// events passed through RunRecorder with their times.
class RecordedRuns
{
public:
    using Events = QList<std::pair<StreamEvent, qint64>>;

    explicit RecordedRuns(Database &database)
        : m_database(database)
        , m_prompts(database)
        , m_providers(database)
        , m_recorder(database)
    { }

    PromptRepository &prompts() { return m_prompts; }

    // "Summarise": a system message from the partial "tone", a user message with {{text}}.
    static PromptContent summarise(const QString &providerId = QStringLiteral("openai"),
                                   const QString &model = QStringLiteral("gpt-4o"))
    {
        PromptContent content;
        content.messages = {{ChatMessage::Role::System, QStringLiteral("{{> tone}}")},
                            {ChatMessage::Role::User, QStringLiteral("Summarise: {{text}}")}};
        content.parameters =
            QJsonObject {{QStringLiteral("temperature"), 0.2}, {QStringLiteral("max_tokens"), 300}};
        content.variables = {{QStringLiteral("text"), QStringLiteral("(none)"),
                              QStringLiteral("What to summarise")}};
        content.providerId = providerId;
        content.model = model;
        return content;
    }

    // Saves "tone" and "Summarise" (with `content`); returns Summarise's version id.
    qint64 saveSummarise(const PromptContent &content = summarise())
    {
        PromptContent tone;
        tone.messages = {{ChatMessage::Role::System, QStringLiteral("Be brief and kind.")}};
        const auto toneId = m_prompts.createPrompt(QStringLiteral("tone"));
        const auto summariseId = m_prompts.createPrompt(QStringLiteral("Summarise"));
        if (!toneId || !summariseId || !m_prompts.saveVersion(toneId.value(), tone)) {
            qFatal("cannot save the prompts");
        }
        return m_prompts.saveVersion(summariseId.value(), content).value().version.id;
    }

    // Records a run of `content` (as version `versionId`, or as a snapshot when there is none),
    // sent to the provider `content.providerId` with `key`; returns its id.
    qint64 record(const PromptContent &content, std::optional<qint64> versionId,
                  const QJsonObject &variables, const Events &events,
                  const QString &key = QStringLiteral("sk-test-key-000000"),
                  const QJsonObject &parameterOverrides = {})
    {
        const PromptPreparation preparation(m_prompts, m_providers);
        const Result<PreparedPrompt> prepared = preparation.prepare(content, variables);
        if (!prepared) {
            qFatal("cannot prepare: %s", qPrintable(prepared.error()));
        }
        ProviderConfig provider = prepared.value().provider;
        provider.apiKey = key;
        provider.extraHeaders = {{"X-Session-Token", key.toUtf8()}};
        QJsonObject parameters = content.parameters;
        for (auto it = parameterOverrides.begin(); it != parameterOverrides.end(); ++it) {
            parameters.insert(it.key(), it.value());
        }
        ChatRequest request = prepared.value().request;
        if (!PromptParameters::apply(parameters, request)) {
            qFatal("bad parameter overrides");
        }
        RunStart start;
        if (versionId) {
            start.promptVersionId = versionId;
        } else {
            start.snapshot = QJsonDocument::fromJson(content.canonicalJson()).object();
        }
        start.variables = variables;
        start.providerId = provider.id;
        start.model = request.model;
        start.parameters = parameters;
        start.request = buildStreamingRequest(provider, request);
        start.secrets = {key};
        const Result<qint64> run = m_recorder.begin(start);
        if (!run) {
            qFatal("cannot record: %s", qPrintable(run.error()));
        }
        for (const auto &[event, atMs] : events) {
            m_recorder.record(run.value(), event, atMs);
        }
        return run.value();
    }

    // A finished reply with reasoning, text in pieces, a tool call, usage and timings.
    static Events completeReply(const QString &text)
    {
        Usage usage;
        usage.inputTokens = 42;
        usage.outputTokens = 17;
        usage.reasoningTokens = 5;
        usage.cachedInputTokens = 8;
        StreamEvent end =
            StreamEvent::finished(FinishReason::ToolCalls, QStringLiteral("tool_calls"), true);
        end.timings.headersMs = 80;
        end.timings.firstTokenMs = 120;
        end.timings.lastTokenMs = 400;
        end.timings.endMs = 410;
        ToolCallDelta call;
        call.id = QStringLiteral("call_1");
        call.name = QStringLiteral("lookup");
        call.argumentsDelta = QStringLiteral("{\"q\":\"x\"}");
        const qsizetype half = text.size() / 2;
        return {{StreamEvent::started(QStringLiteral("gpt-4o"), QStringLiteral("r1")), 80},
                {StreamEvent::reasoningDelta(QStringLiteral("Thinking it over.")), 120},
                {StreamEvent::textDelta(text.first(half)), 200},
                {StreamEvent::textDelta(text.sliced(half)), 390},
                {StreamEvent::toolCallDelta(call), 400},
                {StreamEvent::usageUpdate(usage), 405},
                {end, 410}};
    }

    // A reply that fails mid-stream with HTTP 429, after some text.
    static Events failedReply(const QString &partial)
    {
        StreamError error;
        error.kind = StreamError::Kind::RateLimit;
        error.phase = StreamError::Phase::MidStream;
        error.httpStatus = 429;
        error.message = QStringLiteral("Too many requests");
        StreamEvent failed = StreamEvent::failed(error);
        failed.timings.headersMs = 50;
        failed.timings.firstTokenMs = 90;
        failed.timings.endMs = 300;
        return {{StreamEvent::textDelta(partial), 90}, {failed, 300}};
    }

    static qint64 count(const Database &database, const QString &table)
    {
        QSqlQuery query(database.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

private:
    Database &m_database;
    PromptRepository m_prompts;
    ProviderDirectory m_providers;
    RunRecorder m_recorder;
};

} // namespace pwb::test
