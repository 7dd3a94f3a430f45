#pragma once

#include "core/Result.h"
#include "eval/Assertion.h"
#include "eval/EvalRunner.h"
#include "prompts/MustacheRenderer.h"
#include "providers/ProviderConfig.h"
#include "streaming/StreamEvent.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace pwb {

class Provider;

// The assertions of docs/ASSERTIONS.md as EvalRunner's scorer:
//
//   AssertionScorer scorer(network);
//   scorer.setDatasetAssertions(datasets.assertions(datasetId));   // checked before the run
//   scorer.setJudgeProviders(providers);                            // with their keys
//   runner.setScorer(scorer.scorer());
//
// Each case is scored with the dataset's assertions, then its own (DatasetCase::assertions,
// read as it comes: one that cannot be read makes that case an error naming the assertion and
// field). The llm-judge assertions of a case are sent at once, each to the provider its
// assertion names, and the verdict is given when every judge has answered; everything else is
// checked without waiting. A judge whose provider is not known, or whose request fails, is an
// error of its assertion (so of its case), never of the run.
class AssertionScorer : public QObject
{
    Q_OBJECT

public:
    // The cost of a reply, for max-cost (PriceTable::costUsd fits); none = unknown.
    using CostFunction = std::function<std::optional<double>(
        const QString &providerId, const QString &model, const Usage &usage)>;

    explicit AssertionScorer(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AssertionScorer() override; // cancels the judges still answering; their verdicts never come

    // Fails on the first assertion that cannot be read: "dataset assertion 2, "value": …".
    Result<void> setDatasetAssertions(const QJsonArray &assertions);
    const QList<Assertion> &datasetAssertions() const { return m_datasetAssertions; }

    // The providers judges may name, by id (a column's provider may judge too). Replaces the
    // ones given before; requests of the old ones still answering are cancelled.
    void setJudgeProviders(const QHash<QString, ProviderConfig> &providers);
    // A provider owned elsewhere (it must outlive this scorer), found by its config's id.
    void addJudgeProvider(Provider *provider);

    void setCost(CostFunction cost) { m_cost = std::move(cost); }
    // For {{input}} in a rubric: the target's messages are rendered with these partials.
    void setPartials(MustachePartialResolver partials) { m_partials = std::move(partials); }

    // Scores one case; `done` is called once, now (no judge) or when the last judge answers.
    void score(const EvalCaseReply &reply, std::function<void(EvalVerdict)> done);
    // score() as EvalRunner takes it. The scorer must outlive the runner's use of it.
    EvalRunner::Scorer scorer();

    // Stops every judge still answering; the verdicts of their cases are never given.
    void cancelJudges();
    int judgesInFlight() const { return int(m_judging.size()); }

private:
    struct Pending;
    void onJudgeEvent(Provider *provider, quint64 requestId, const StreamEvent &event);
    void finish(const std::shared_ptr<Pending> &pending);
    Provider *judgeProvider(const QString &id) const;
    QString renderedInput(const EvalCaseReply &reply) const;
    void connectJudge(Provider *provider);

    QNetworkAccessManager *m_network;
    QList<Assertion> m_datasetAssertions;
    QHash<QString, Provider *> m_judges; // by provider id
    QList<Provider *> m_owned; // the ones made by setJudgeProviders
    CostFunction m_cost;
    MustachePartialResolver m_partials;
    struct Judging
    {
        std::shared_ptr<Pending> pending;
        qsizetype index = 0; // of the assertion, dataset's first
        Provider *provider = nullptr;
    };
    QHash<std::pair<const Provider *, quint64>, Judging> m_judging;
    std::optional<Judging> m_sending; // the judge being sent, for events from inside send()
};

} // namespace pwb
