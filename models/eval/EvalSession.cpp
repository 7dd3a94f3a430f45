#include "eval/EvalSession.h"

#include "chat/PromptPreparation.h"
#include "eval/EvalRateLimits.h"
#include "eval/RateLimiterSet.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "providers/ProviderDirectory.h"

namespace pwb {

// What one start or resume sets up around the runner and keeps while it runs.
struct EvalSession::Scoring
{
    RateLimiterSet limits;
    // Partials as they were when the run began, so every case renders with the same text (and
    // a dataset of thousands of cases does not read the library once per case).
    QHash<QString, std::optional<QString>> partials;
};

EvalSession::EvalSession(Database &database, QNetworkAccessManager *network,
                         RunRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(network)
    , m_runner(new EvalRunner(database, network, recorder, this))
{
    connect(m_runner, &EvalRunner::progressed, this, &EvalSession::progressed);
    connect(m_runner, &EvalRunner::caseFinished, this, &EvalSession::caseFinished);
    connect(m_runner, &EvalRunner::finished, this, &EvalSession::finished);
    connect(m_runner, &EvalRunner::problem, this, &EvalSession::problem);
}

EvalSession::~EvalSession()
{
    // The runner's requests go first: the limiters they may wait in go with m_scoring.
    delete m_runner;
    m_runner = nullptr;
}

Result<QStringList> EvalSession::providersNeeded(Database &database, const EvalPlan &plan)
{
    QStringList ids = plan.providerIds();
    DatasetRepository datasets(database);
    const auto addJudges = [&ids](const QJsonArray &assertions) {
        for (const QJsonValue &assertion : assertions) {
            const QJsonObject object = assertion.toObject();
            const QString provider = object.value(QStringLiteral("provider")).toString();
            if (object.value(QStringLiteral("type")).toString() == u"llm-judge" &&
                !provider.isEmpty() && !ids.contains(provider)) {
                ids.append(provider);
            }
        }
    };
    addJudges(datasets.assertions(plan.datasetId));
    for (const DatasetCase &testCase : datasets.cases(plan.datasetId)) {
        addJudges(testCase.assertions);
    }
    return ids;
}

Result<EvalPlan> EvalSession::planOf(Database &database, qint64 evalRunId)
{
    const std::optional<EvalRunInfo> run = EvalRepository(database).evalRun(evalRunId);
    if (!run) {
        return Result<EvalPlan>::failure(tr("There is no eval run %1.").arg(evalRunId));
    }
    Result<EvalPlan> plan = EvalPlan::fromJson(run->config);
    if (!plan) {
        return Result<EvalPlan>::failure(
            tr("Eval run %1 cannot be resumed: %2").arg(evalRunId).arg(plan.error()));
    }
    plan.value().datasetId = run->datasetId;
    plan.value().name = run->name;
    return plan;
}

Result<QList<EvalTarget>> EvalSession::targetsOf(const EvalPlan &plan,
                                                 const EvalProviders::Providers &providers) const
{
    PromptRepository prompts(m_database);
    QList<EvalTarget> targets;
    for (const EvalPlanTarget &column : plan.targets) {
        const std::optional<PromptVersionRecord> version = prompts.version(column.promptVersionId);
        if (!version) {
            return Result<QList<EvalTarget>>::failure(
                tr("Prompt version %1 is gone from the workspace.").arg(column.promptVersionId));
        }
        const auto provider = providers.constFind(column.providerId);
        if (provider == providers.cend()) {
            return Result<QList<EvalTarget>>::failure(
                tr("The provider \"%1\" is not ready (no settings or key were found).")
                    .arg(column.providerId));
        }
        EvalTarget target;
        target.promptVersionId = column.promptVersionId;
        target.content = version->content;
        target.content.providerId = column.providerId;
        target.content.model = column.model;
        target.provider = *provider;
        targets.append(target);
    }
    return targets;
}

Result<void> EvalSession::prepare(const EvalPlan &plan, const EvalProviders::Providers &providers)
{
    if (m_runner->isRunning()) {
        return Result<void>::failure(tr("An eval run is already running."));
    }
    Q_UNUSED(providers);
    m_scoring = std::make_unique<Scoring>();
    for (auto it = plan.limits.cbegin(); it != plan.limits.cend(); ++it) {
        m_scoring->limits.setLimits(it.key(), *it);
    }
    useRateLimits(*m_runner, m_scoring->limits);
    m_runner->setConcurrency(plan.concurrency);
    m_runner->setPartials([this, scoring = m_scoring.get()](const QString &name) {
        auto found = scoring->partials.constFind(name);
        if (found == scoring->partials.cend()) {
            const PromptRepository prompts(m_database);
            const ProviderDirectory directory(m_database);
            found = scoring->partials.insert(name,
                                             PromptPreparation(prompts, directory).partial(name));
        }
        return *found;
    });
    return {};
}

Result<qint64> EvalSession::start(const EvalPlan &plan, const EvalProviders::Providers &providers)
{
    if (const QString problem = plan.problem(); !problem.isEmpty()) {
        return Result<qint64>::failure(problem);
    }
    const Result<QList<EvalTarget>> targets = targetsOf(plan, providers);
    if (!targets) {
        return Result<qint64>::failure(targets.error());
    }
    if (const Result<void> prepared = prepare(plan, providers); !prepared) {
        return Result<qint64>::failure(prepared.error());
    }
    return m_runner->start(plan.datasetId, plan.name, targets.value(), plan.toJson());
}

Result<void> EvalSession::resume(qint64 evalRunId, const EvalProviders::Providers &providers)
{
    const Result<EvalPlan> plan = planOf(m_database, evalRunId);
    if (!plan) {
        return Result<void>::failure(plan.error());
    }
    const Result<QList<EvalTarget>> targets = targetsOf(plan.value(), providers);
    if (!targets) {
        return Result<void>::failure(targets.error());
    }
    if (const Result<void> prepared = prepare(plan.value(), providers); !prepared) {
        return prepared;
    }
    return m_runner->resume(evalRunId, targets.value());
}

void EvalSession::cancel()
{
    m_runner->cancel();
}

} // namespace pwb
