#pragma once

#include "core/Result.h"
#include "eval/EvalPlan.h"
#include "eval/EvalProviders.h"
#include "eval/EvalRunner.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace pwb {

class Database;
class RunRecorder;

// Runs an EvalPlan, in the app and in `pwb eval` alike: the plan's versions are read from the
// workspace, the providers come from the caller with their keys (EvalProviders), every case is
// scored with the dataset's and its own assertions (an LLM judge through its provider), and each
// provider's requests and tokens per minute are held to the plan's limits. The plan is kept with
// the run, so a cancelled or interrupted run resumes as it was asked.
class EvalSession : public QObject
{
    Q_OBJECT

public:
    EvalSession(Database &database, QNetworkAccessManager *network, RunRecorder *recorder,
                QObject *parent = nullptr);
    ~EvalSession() override;

    // Every provider a plan needs: its columns' and its judges' (from the dataset's and the
    // cases' assertions). Fails when an assertion cannot be read, naming the case and field.
    static Result<QStringList> providersNeeded(Database &database, const EvalPlan &plan);
    // The plan an eval run was started with (its dataset and name included).
    static Result<EvalPlan> planOf(Database &database, qint64 evalRunId);

    // `providers`: at least those of providersNeeded(), with their keys.
    Result<qint64> start(const EvalPlan &plan, const EvalProviders::Providers &providers);
    Result<void> resume(qint64 evalRunId, const EvalProviders::Providers &providers);
    void cancel();

    bool isRunning() const { return m_runner->isRunning(); }
    qint64 evalRunId() const { return m_runner->evalRunId(); }
    const EvalProgress &progress() const { return m_runner->progress(); }
    EvalRunner *runner() const { return m_runner; }

Q_SIGNALS:
    void progressed(const pwb::EvalProgress &progress);
    void caseFinished(const pwb::EvalResult &result);
    void finished(const QString &status);
    void problem(const QString &text);

private:
    Result<QList<EvalTarget>> targetsOf(const EvalPlan &plan,
                                        const EvalProviders::Providers &providers) const;
    Result<void> prepare(const EvalPlan &plan, const EvalProviders::Providers &providers);

    Database &m_database;
    QNetworkAccessManager *m_network;
    EvalRunner *m_runner;
    struct Scoring;
    std::unique_ptr<Scoring> m_scoring; // assertions, judges and limits of the run going on
};

} // namespace pwb
