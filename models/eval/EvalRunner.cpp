#include "eval/EvalRunner.h"

#include "prompts/PromptParameters.h"
#include "providers/Provider.h"
#include "providers/RequestBuilder.h"
#include "storage/RunRecorder.h"

#include <QJsonDocument>

namespace pwb {

std::optional<qint64> EvalProgress::etaMs() const
{
    if (doneThisSession <= 0 || done >= total) {
        return done >= total ? std::optional<qint64>(0) : std::nullopt;
    }
    const double perCase = double(elapsedMs) / doneThisSession;
    return qint64(perCase * (total - done));
}

EvalRunner::EvalRunner(Database &database, QNetworkAccessManager *network, RunRecorder *recorder,
                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(network)
    , m_recorder(recorder)
    , m_datasets(database)
    , m_evals(database)
{ }

EvalRunner::~EvalRunner()
{
    // The providers abort their requests silently when deleted with this object; nothing of
    // this run may be recorded as a result then (the cells stay pending for a resume).
    ++m_generation;
    for (Provider *provider : std::as_const(m_providers)) {
        provider->disconnect(this);
    }
}

void EvalRunner::setGate(Gate gate, Settle settle)
{
    m_gate = std::move(gate);
    m_settle = std::move(settle);
}

Result<qint64> EvalRunner::start(qint64 datasetId, const QString &name,
                                 const QList<EvalTarget> &targets, const QJsonObject &config)
{
    const Result<qint64> created = m_evals.createEvalRun(datasetId, name, config);
    if (!created) {
        return created;
    }
    if (const Result<void> begun = begin(created.value(), targets); !begun) {
        return Result<qint64>::failure(begun.error());
    }
    return created.value();
}

Result<void> EvalRunner::resume(qint64 evalRunId, const QList<EvalTarget> &targets)
{
    if (const Result<void> status = m_evals.setStatus(evalRunId, QStringLiteral("running"));
        !status) {
        return status;
    }
    return begin(evalRunId, targets);
}

Result<void> EvalRunner::begin(qint64 evalRunId, const QList<EvalTarget> &targets)
{
    if (m_running) {
        return Result<void>::failure(tr("An eval run is already running."));
    }
    m_evalRunId = evalRunId;
    m_targets = targets;
    for (Provider *provider : std::as_const(m_providers)) {
        provider->deleteLater();
    }
    m_providers.clear();
    m_queue.clear();
    m_progress = {};

    // The cells still to do, by target; those with a result already count as done.
    const QList<EvalResult> existing = m_evals.results(evalRunId);
    for (int t = 0; t < targets.size(); ++t) {
        const EvalTarget &target = targets.at(t);
        auto *provider = new Provider(target.provider, m_network, this);
        connect(provider, &Provider::streamEvent, this,
                [this, provider](quint64 id, const StreamEvent &event) {
                    onEvent(provider, id, event);
                });
        m_providers.append(provider);
        const QList<qint64> pending = m_evals.pendingCases(evalRunId, target.promptVersionId,
                                                           target.provider.id, target.model());
        for (const qint64 caseId : pending) {
            m_queue.append({t, DatasetCase {caseId, 0, {}, std::nullopt, {}, {}}});
        }
    }
    // Fill in the cases' data in one read per dataset rather than one per cell.
    if (!m_queue.isEmpty()) {
        const std::optional<qint64> dataset = m_evals.datasetOf(evalRunId);
        if (!dataset) {
            return Result<void>::failure(tr("Eval run %1 does not exist.").arg(evalRunId));
        }
        QHash<qint64, DatasetCase> casesById;
        for (const DatasetCase &testCase : m_datasets.cases(*dataset)) {
            casesById.insert(testCase.id, testCase);
        }
        for (Job &job : m_queue) {
            job.testCase = casesById.value(job.testCase.id);
        }
    }
    for (const EvalResult &result : existing) {
        ++m_progress.done;
        m_progress.passed += result.status == u"pass" ? 1 : 0;
        m_progress.failed += result.status == u"fail" ? 1 : 0;
        m_progress.errors += result.status == u"error" ? 1 : 0;
    }
    m_progress.total = m_progress.done + int(m_queue.size());
    m_running = true;
    m_sessionClock.start();
    Q_EMIT progressed(m_progress);
    pump();
    if (m_queue.isEmpty() && m_inFlight.isEmpty()) {
        finishIfDone();
    }
    return {};
}

void EvalRunner::pump()
{
    while (m_running && !m_queue.isEmpty() &&
           m_inFlight.size() + m_waiting + m_scoring < m_concurrency) {
        const Job job = m_queue.takeFirst();
        if (!m_gate) {
            send(job);
            continue;
        }
        ++m_waiting;
        const quint64 generation = m_generation;
        // A rough estimate for the token limit: ~4 characters a token for the prompt, plus the
        // answer's cap when one is set; settle() corrects it with the real count.
        const EvalTarget &target = m_targets.at(job.target);
        qint64 estimate = 0;
        for (const ChatMessage &message : target.content.messages) {
            estimate += message.content.size() / 4 + 4;
        }
        estimate += target.content.parameters.value(QStringLiteral("max_tokens")).toInteger(256);
        m_gate(target.provider.id, estimate, [this, job, generation] {
            if (generation != m_generation) {
                return; // cancelled while held back
            }
            --m_waiting;
            send(job);
        });
    }
}

void EvalRunner::send(const Job &job)
{
    const EvalTarget &target = m_targets.at(job.target);
    MustacheOptions options;
    options.partials = m_partials;
    QList<ChatMessage> messages;
    QStringList problems;
    for (qsizetype i = 0; i < target.content.messages.size(); ++i) {
        const ChatMessage &message = target.content.messages.at(i);
        const auto rendered = renderMustache(message.content, job.testCase.variables, options);
        if (!rendered) {
            problems.append(tr("message %1: %2").arg(i + 1).arg(rendered.error().toString()));
            continue;
        }
        messages.append({message.role, rendered.value()});
    }
    Result<ChatRequest> request = PromptParameters::toRequest(target.content.parameters);
    if (!request) {
        problems.append(request.error());
    }
    if (!problems.isEmpty()) {
        // A case the prompt cannot be rendered for is an error of that case, not of the run.
        EvalVerdict verdict;
        verdict.status = QStringLiteral("error");
        verdict.assertions.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("render")},
                                               {QStringLiteral("pass"), false},
                                               {QStringLiteral("reason"), problems.join(u'\n')}});
        record(job, 0, verdict);
        pump();
        finishIfDone();
        return;
    }
    ChatRequest sent = std::move(request).value();
    sent.model = target.model();
    sent.messages = messages;

    InFlight flight;
    flight.job = job;
    flight.provider = m_providers.at(job.target);
    if (m_recorder) {
        RunStart start;
        start.promptVersionId = target.promptVersionId;
        if (!target.promptVersionId) {
            start.snapshot = QJsonDocument::fromJson(target.content.canonicalJson()).object();
        }
        start.variables = job.testCase.variables;
        start.providerId = target.provider.id;
        start.model = sent.model;
        start.parameters = target.content.parameters;
        start.request = buildStreamingRequest(target.provider, sent);
        if (!target.provider.apiKey.isEmpty()) {
            start.secrets.append(target.provider.apiKey);
        }
        const Result<qint64> run = m_recorder->begin(start);
        if (run) {
            flight.runId = run.value();
        } else {
            Q_EMIT problem(run.error());
        }
    }
    flight.clock.start();
    Provider *provider = flight.provider;
    // Insert before sending: a provider may report a failure from inside send().
    const quint64 id = provider->send(sent);
    m_inFlight.insert({provider, id}, flight);
    ++m_progress.inFlight;
}

void EvalRunner::onEvent(Provider *provider, quint64 requestId, const StreamEvent &event)
{
    const auto key = std::make_pair(static_cast<const Provider *>(provider), requestId);
    auto it = m_inFlight.find(key);
    if (it == m_inFlight.end()) {
        return;
    }
    if (m_recorder && it->runId != 0) {
        m_recorder->record(it->runId, event, it->clock.elapsed());
    }
    it->reply.apply(event);
    if (!event.isTerminal()) {
        return;
    }
    const InFlight flight = m_inFlight.take(key);
    --m_progress.inFlight;
    if (!m_running) {
        return; // cancelled: the case stays pending
    }
    if (m_settle) {
        const Usage &usage = flight.reply.usage;
        m_settle(m_targets.at(flight.job.target).provider.id,
                 std::max<qint64>(0, usage.inputTokens) + std::max<qint64>(0, usage.outputTokens));
    }
    finishJob(flight.job, flight.runId, flight.reply);
}

void EvalRunner::finishJob(const Job &job, qint64 runId, const StreamedReply &reply)
{
    if (reply.state == StreamedReply::State::Failed) {
        EvalVerdict verdict;
        verdict.status = QStringLiteral("error");
        verdict.assertions.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("reply")},
                                               {QStringLiteral("pass"), false},
                                               {QStringLiteral("reason"), reply.error.summary()}});
        record(job, runId, verdict);
        pump();
        finishIfDone();
        return;
    }
    if (!m_scorer) {
        record(job, runId, {QStringLiteral("pass"), std::nullopt, {}});
        pump();
        finishIfDone();
        return;
    }
    ++m_scoring;
    const quint64 generation = m_generation;
    EvalCaseReply input {job.testCase, &m_targets.at(job.target), reply, runId};
    m_scorer(input, [this, job, runId, generation](EvalVerdict verdict) {
        if (generation != m_generation) {
            return; // cancelled while a judge was still answering
        }
        --m_scoring;
        record(job, runId, verdict);
        pump();
        finishIfDone();
    });
}

void EvalRunner::record(const Job &job, qint64 runId, const EvalVerdict &verdict)
{
    const EvalTarget &target = m_targets.at(job.target);
    EvalResult result;
    result.caseId = job.testCase.id;
    result.promptVersionId = target.promptVersionId;
    result.providerId = target.provider.id;
    result.model = target.model();
    if (runId != 0) {
        result.runId = runId;
    }
    result.status = verdict.status;
    result.score = verdict.score;
    result.assertions = verdict.assertions;
    if (const Result<void> written = m_evals.recordResult(m_evalRunId, result); !written) {
        Q_EMIT problem(written.error());
    }
    ++m_progress.done;
    ++m_progress.doneThisSession;
    m_progress.passed += verdict.status == u"pass" ? 1 : 0;
    m_progress.failed += verdict.status == u"fail" ? 1 : 0;
    m_progress.errors += verdict.status == u"error" ? 1 : 0;
    m_progress.elapsedMs = m_sessionClock.elapsed();
    Q_EMIT caseFinished(result);
    Q_EMIT progressed(m_progress);
}

void EvalRunner::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_inFlight.isEmpty() || m_waiting > 0 ||
        m_scoring > 0) {
        return;
    }
    m_running = false;
    if (const Result<void> status = m_evals.setStatus(m_evalRunId, QStringLiteral("complete"));
        !status) {
        Q_EMIT problem(status.error());
    }
    Q_EMIT finished(QStringLiteral("complete"));
}

void EvalRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    ++m_generation;
    m_queue.clear();
    m_waiting = 0;
    m_scoring = 0;
    for (Provider *provider : std::as_const(m_providers)) {
        provider->cancelAll(); // their Cancelled events are recorded as runs, not as results
    }
    m_inFlight.clear();
    m_progress.inFlight = 0;
    if (const Result<void> status = m_evals.setStatus(m_evalRunId, QStringLiteral("cancelled"));
        !status) {
        Q_EMIT problem(status.error());
    }
    Q_EMIT progressed(m_progress);
    Q_EMIT finished(QStringLiteral("cancelled"));
}

} // namespace pwb
