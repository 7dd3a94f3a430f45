#include "eval/AssertionOutcome.h"

#include "eval/Assertion.h"

namespace pwb {

namespace {

// Scores are sums and ratios of doubles: 0.9 must reach a threshold of 0.9.
constexpr double kScoreTolerance = 1e-9;

} // namespace

AssertionOutcome AssertionOutcome::pass(QString reason, double score)
{
    return {Status::Pass, score, std::move(reason), {}};
}

AssertionOutcome AssertionOutcome::fail(QString reason, double score)
{
    return {Status::Fail, score, std::move(reason), {}};
}

AssertionOutcome AssertionOutcome::error(QString reason)
{
    return {Status::Error, 0, std::move(reason), {}};
}

AssertionOutcome AssertionOutcome::graded(double score, double threshold, QString reason)
{
    score = qBound(0.0, score, 1.0);
    return score + kScoreTolerance >= threshold ? pass(std::move(reason), score)
                                                : fail(std::move(reason), score);
}

AssertionOutcome AssertionOutcome::negatedIf(const Assertion &assertion) const
{
    if (!assertion.negate || status == Status::Error) {
        return *this;
    }
    AssertionOutcome negated = *this;
    negated.status = status == Status::Pass ? Status::Fail : Status::Pass;
    negated.score = 1 - score;
    negated.reason = tr("negated: %1").arg(reason);
    return negated;
}

QString AssertionOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

QJsonObject AssertionOutcome::toJson(const Assertion &assertion, const QString &scope) const
{
    QJsonObject json {
        {QStringLiteral("type"), Assertion::typeName(assertion.type)},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("pass"), status == Status::Pass},
        {QStringLiteral("score"), status == Status::Error ? QJsonValue() : QJsonValue(score)},
        {QStringLiteral("weight"), assertion.weight},
        {QStringLiteral("reason"), reason},
    };
    if (!assertion.label.isEmpty()) {
        json.insert(QStringLiteral("label"), assertion.label);
    }
    if (assertion.negate) {
        json.insert(QStringLiteral("negate"), true);
    }
    if (assertion.type == Assertion::Type::LlmJudge) {
        json.insert(QStringLiteral("reasoning"), reasoning);
    }
    return json;
}

} // namespace pwb
