#include "eval/EvalPlan.h"

#include <QJsonArray>
#include <QSet>

namespace pwb {

namespace {

const QString kTargets = QStringLiteral("targets");
const QString kVersion = QStringLiteral("promptVersionId");
const QString kProvider = QStringLiteral("provider");
const QString kModel = QStringLiteral("model");
const QString kConcurrency = QStringLiteral("concurrency");
const QString kLimits = QStringLiteral("limits");
const QString kRpm = QStringLiteral("requestsPerMinute");
const QString kTpm = QStringLiteral("tokensPerMinute");
const QString kPlanVersion = QStringLiteral("planVersion");

// A whole number >= 0 from JSON, or none (absent counts as 0).
std::optional<qint64> count(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        return 0;
    }
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < 0 || number != double(qint64(number))) {
        return std::nullopt;
    }
    return qint64(number);
}

} // namespace

QStringList EvalPlan::providerIds() const
{
    QStringList ids;
    for (const EvalPlanTarget &target : targets) {
        if (!ids.contains(target.providerId)) {
            ids.append(target.providerId);
        }
    }
    return ids;
}

QList<EvalPlanTarget> EvalPlan::grid(const QList<qint64> &versionIds,
                                     const QList<std::pair<QString, QString>> &providerModels)
{
    QList<EvalPlanTarget> result;
    for (const qint64 version : versionIds) {
        for (const auto &[provider, model] : providerModels) {
            result.append({version, provider, model});
        }
    }
    return result;
}

QString EvalPlan::problem() const
{
    if (datasetId <= 0) {
        return tr("Choose a dataset.");
    }
    if (targets.isEmpty()) {
        return tr("Choose at least one prompt version and one model.");
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const EvalPlanTarget &target = targets.at(i);
        if (target.promptVersionId <= 0) {
            return tr("Column %1 has no prompt version.").arg(i + 1);
        }
        if (target.providerId.isEmpty() || target.model.trimmed().isEmpty()) {
            return tr("Column %1 needs a provider and a model.").arg(i + 1);
        }
        const QString key = QStringLiteral("%1\n%2\n%3")
                                .arg(target.promptVersionId)
                                .arg(target.providerId, target.model);
        if (seen.contains(key)) {
            return tr("Column %1 repeats an earlier column (%2/%3 with the same version).")
                .arg(i + 1)
                .arg(target.providerId, target.model);
        }
        seen.insert(key);
    }
    if (concurrency < 1 || concurrency > kMaxConcurrency) {
        return tr("Concurrency must be between 1 and %1.").arg(kMaxConcurrency);
    }
    return {};
}

QJsonObject EvalPlan::toJson() const
{
    QJsonArray columns;
    for (const EvalPlanTarget &target : targets) {
        columns.append(QJsonObject {{kVersion, double(target.promptVersionId)},
                                    {kProvider, target.providerId},
                                    {kModel, target.model}});
    }
    QJsonObject limitsJson;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        if (!it->isUnlimited()) {
            limitsJson.insert(it.key(),
                              QJsonObject {{kRpm, double(it->requestsPerMinute)},
                                           {kTpm, double(it->tokensPerMinute)}});
        }
    }
    return {
        {kPlanVersion, 1}, {kTargets, columns}, {kConcurrency, concurrency}, {kLimits, limitsJson}};
}

Result<EvalPlan> EvalPlan::fromJson(const QJsonObject &json)
{
    auto fail = [](const QString &message) {
        return Result<EvalPlan>::failure(tr("The eval run's configuration: %1").arg(message));
    };
    if (json.value(kPlanVersion).toInt() != 1) {
        return fail(tr("\"%1\" is %2; this version of the app reads 1")
                        .arg(kPlanVersion)
                        .arg(json.value(kPlanVersion).toVariant().toString()));
    }
    EvalPlan plan;
    const QJsonValue columns = json.value(kTargets);
    if (!columns.isArray()) {
        return fail(tr("\"%1\" must be a list").arg(kTargets));
    }
    const QJsonArray list = columns.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject column = list.at(i).toObject();
        const std::optional<qint64> version = count(column.value(kVersion));
        if (!version || *version <= 0) {
            return fail(
                tr("\"%1\"[%2]: \"%3\" must be a version id").arg(kTargets).arg(i).arg(kVersion));
        }
        for (const QString &field : {kProvider, kModel}) {
            if (column.value(field).toString().isEmpty()) {
                return fail(tr("\"%1\"[%2]: \"%3\" is missing").arg(kTargets).arg(i).arg(field));
            }
        }
        plan.targets.append(
            {*version, column.value(kProvider).toString(), column.value(kModel).toString()});
    }
    const std::optional<qint64> concurrency = count(json.value(kConcurrency));
    if (!concurrency || *concurrency < 1 || *concurrency > kMaxConcurrency) {
        return fail(tr("\"%1\" must be a whole number from 1 to %2")
                        .arg(kConcurrency)
                        .arg(kMaxConcurrency));
    }
    plan.concurrency = int(*concurrency);
    const QJsonObject limitsJson = json.value(kLimits).toObject();
    for (auto it = limitsJson.constBegin(); it != limitsJson.constEnd(); ++it) {
        const QJsonObject limit = it.value().toObject();
        const std::optional<qint64> rpm = count(limit.value(kRpm));
        const std::optional<qint64> tpm = count(limit.value(kTpm));
        if (!rpm || !tpm) {
            return fail(tr("\"%1\".\"%2\": limits are whole numbers >= 0").arg(kLimits, it.key()));
        }
        plan.limits.insert(it.key(), {*rpm, *tpm});
    }
    return plan;
}

} // namespace pwb
