#pragma once

#include "core/Result.h"
#include "eval/RateSchedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pwb {

// One column of an eval run as chosen: a saved prompt version and a provider's model.
struct EvalPlanTarget
{
    qint64 promptVersionId = 0;
    QString providerId;
    QString model;

    bool operator==(const EvalPlanTarget &) const = default;
};

// What an eval run was asked to do, kept in eval_runs.config so that the run can be resumed
// after a cancel or a crash — by the app or by `pwb eval` — with exactly the same columns and
// limits. Keys are never part of it: they are looked up again when the run goes on.
struct EvalPlan
{
    Q_DECLARE_TR_FUNCTIONS(pwb::EvalPlan)

public:
    qint64 datasetId = 0;
    QString name;
    QList<EvalPlanTarget> targets; // versions × models, in column order
    int concurrency = 8;
    QMap<QString, RateLimits> limits; // by provider id; 0 = no limit

    static constexpr int kMaxConcurrency = 256;

    // Every provider the plan's columns use, each once, in column order.
    QStringList providerIds() const;
    // Versions × models: every version with every (provider, model), versions first.
    static QList<EvalPlanTarget> grid(const QList<qint64> &versionIds,
                                      const QList<std::pair<QString, QString>> &providerModels);

    // Empty when the plan can run; else what is wrong with it, naming the field.
    QString problem() const;

    QJsonObject toJson() const;
    // Errors name the field: `config "targets"[2]: "model" is missing`.
    static Result<EvalPlan> fromJson(const QJsonObject &json);
};

} // namespace pwb
