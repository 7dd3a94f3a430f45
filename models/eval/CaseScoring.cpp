#include "eval/CaseScoring.h"

#include "eval/AssertionEvaluator.h"
#include "storage/EvalRepository.h"

namespace pwb {

CaseScore CaseScore::of(const QList<Assertion> &datasetAssertions,
                        const QList<Assertion> &caseAssertions, const EvalAnswer &answer,
                        const JudgeReplies &judgeReplies)
{
    const QList<Assertion> all = datasetAssertions + caseAssertions;
    QList<AssertionOutcome> outcomes;
    outcomes.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Assertion &assertion = all.at(i);
        if (assertion.type != Assertion::Type::LlmJudge || !answer.failure.isEmpty()) {
            outcomes.append(AssertionEvaluator::evaluate(assertion, answer));
        } else if (const auto reply = judgeReplies.constFind(i); reply != judgeReplies.cend()) {
            outcomes.append(LlmJudge::outcome(assertion, *reply));
        } else {
            outcomes.append(AssertionOutcome::error(tr("the judge was not asked")));
        }
    }
    CaseScore score = combine(datasetAssertions, caseAssertions, outcomes);
    if (!answer.failure.isEmpty()) {
        score.status = QStringLiteral("error"); // even with no assertion to say so
        score.score.reset();
    }
    return score;
}

CaseScore CaseScore::combine(const QList<Assertion> &datasetAssertions,
                             const QList<Assertion> &caseAssertions,
                             const QList<AssertionOutcome> &outcomes)
{
    Q_ASSERT(outcomes.size() == datasetAssertions.size() + caseAssertions.size());
    CaseScore result;
    result.outcomes = outcomes;
    bool anyError = false;
    bool anyFail = false;
    double weighted = 0;
    double weights = 0;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const bool fromDataset = i < datasetAssertions.size();
        const Assertion &assertion =
            fromDataset ? datasetAssertions.at(i) : caseAssertions.at(i - datasetAssertions.size());
        const AssertionOutcome &outcome = outcomes.at(i);
        result.assertions.append(outcome.toJson(
            assertion, fromDataset ? QStringLiteral("dataset") : QStringLiteral("case")));
        if (assertion.weight <= 0) {
            continue;
        }
        anyError = anyError || outcome.isError();
        anyFail = anyFail || outcome.status == AssertionOutcome::Status::Fail;
        weighted += assertion.weight * outcome.score;
        weights += assertion.weight;
    }
    result.status = anyError ? QStringLiteral("error")
        : anyFail            ? QStringLiteral("fail")
                             : QStringLiteral("pass");
    if (!anyError && weights > 0) {
        result.score = weighted / weights;
    }
    return result;
}

void CaseScore::applyTo(EvalResult &result) const
{
    result.status = status;
    result.score = score;
    result.assertions = assertions;
}

} // namespace pwb
