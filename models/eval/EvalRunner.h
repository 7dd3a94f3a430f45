#pragma once

#include "core/Result.h"
#include "prompts/MustacheRenderer.h"
#include "providers/ProviderConfig.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptContent.h"
#include "streaming/StreamedReply.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace pwb {

class Database;
class Provider;
class RunRecorder;

// One column of an eval run: a prompt version (or an unsaved prompt) sent to one model of one
// provider. `content` is what is rendered for every case; its model is the one sent.
struct EvalTarget
{
    std::optional<qint64> promptVersionId; // none: `content` is recorded as a snapshot
    PromptContent content;
    ProviderConfig provider; // with its key
    QString model() const { return content.model; }
};

// What a scorer is given about one finished case.
struct EvalCaseReply
{
    DatasetCase testCase;
    const EvalTarget *target = nullptr;
    StreamedReply reply;
    qint64 runId = 0;
};

// A scorer's verdict on a case: "pass", "fail" or "error", a score 0..1 when there is one and
// each assertion's outcome (eval_results.assertions).
struct EvalVerdict
{
    QString status;
    std::optional<double> score;
    QJsonArray assertions;
};

// Counts while an eval runs, for a progress bar, its ETA and the live pass rate.
struct EvalProgress
{
    int total = 0; // cells of this run, done before a resume included
    int done = 0;
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int inFlight = 0;
    qint64 elapsedMs = 0; // of this session (a resume starts again at 0)
    int doneThisSession = 0;

    double passRate() const { return done > 0 ? double(passed) / done : 0.0; }
    // From this session's pace; none until a case has finished.
    std::optional<qint64> etaMs() const;
};

// Runs prompt targets × dataset cases: renders each case's variables into the target's prompt,
// streams the requests (at most `concurrency` at once, each through a gate that can hold it
// back for rate limits), records every run (RunRecorder) and, as soon as a case has its reply,
// its scored result (EvalRepository) — so a killed process loses at most the cases in flight,
// and a resumed run asks only for the cells that have no result yet. Cancelling stops the
// cases in flight without recording them: they are pending again for a resume.
class EvalRunner : public QObject
{
    Q_OBJECT

public:
    // Scores one case; calls `done` once, now or later (a judge model answers asynchronously).
    using Scorer = std::function<void(const EvalCaseReply &, std::function<void(EvalVerdict)>)>;
    // Lets a request go (`go`) now or once the provider's rate limits allow it.
    using Gate = std::function<void(const QString &providerId, qint64 estimatedTokens,
                                    std::function<void()> go)>;
    // After a reply: the tokens it really used, for the limiter's count.
    using Settle = std::function<void(const QString &providerId, qint64 tokens)>;

    EvalRunner(Database &database, QNetworkAccessManager *network, RunRecorder *recorder,
               QObject *parent = nullptr);
    ~EvalRunner() override;

    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }
    void setScorer(Scorer scorer) { m_scorer = std::move(scorer); }
    void setGate(Gate gate, Settle settle = {});
    void setPartials(MustachePartialResolver partials) { m_partials = std::move(partials); }

    // A new eval run of `targets` over the dataset's cases; returns its id.
    Result<qint64> start(qint64 datasetId, const QString &name, const QList<EvalTarget> &targets,
                         const QJsonObject &config = {});
    // Goes on with an eval run that was cancelled or cut off: only cells without a result.
    Result<void> resume(qint64 evalRunId, const QList<EvalTarget> &targets);
    void cancel();

    bool isRunning() const { return m_running; }
    qint64 evalRunId() const { return m_evalRunId; }
    const EvalProgress &progress() const { return m_progress; }

Q_SIGNALS:
    void progressed(const pwb::EvalProgress &progress);
    void caseFinished(const pwb::EvalResult &result);
    // Every cell has a result (status "complete"), or the run was cancelled ("cancelled").
    void finished(const QString &status);
    void problem(const QString &text); // a result or run could not be recorded

private:
    struct Job
    {
        int target = 0;
        DatasetCase testCase;
    };
    struct InFlight
    {
        Job job;
        Provider *provider = nullptr;
        qint64 runId = 0;
        StreamedReply reply;
        QElapsedTimer clock;
    };

    Result<void> begin(qint64 evalRunId, const QList<EvalTarget> &targets);
    void pump();
    void send(const Job &job);
    void onEvent(Provider *provider, quint64 requestId, const StreamEvent &event);
    void finishJob(const Job &job, qint64 runId, const StreamedReply &reply);
    void record(const Job &job, qint64 runId, const EvalVerdict &verdict);
    void finishIfDone();

    Database &m_database;
    QNetworkAccessManager *m_network;
    RunRecorder *m_recorder;
    DatasetRepository m_datasets;
    EvalRepository m_evals;
    Scorer m_scorer;
    Gate m_gate;
    Settle m_settle;
    MustachePartialResolver m_partials;
    int m_concurrency = 4;

    qint64 m_evalRunId = 0;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by cancel: gated sends and late verdicts of before drop
    QList<EvalTarget> m_targets;
    QList<Provider *> m_providers; // one per target
    QList<Job> m_queue;
    int m_waiting = 0; // jobs taken from the queue, not yet sent (held by the gate)
    int m_scoring = 0; // replies being scored
    QHash<std::pair<const Provider *, quint64>, InFlight> m_inFlight; // by provider, request id
    EvalProgress m_progress;
    QElapsedTimer m_sessionClock;
};

} // namespace pwb
