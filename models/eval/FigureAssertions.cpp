// AssertionEvaluator: the checks of numbers (numeric closeness, latency, cost, output tokens).
#include "core/MoneyFormat.h"
#include "eval/AssertionEvaluator.h"
#include "eval/JsonAnswer.h"
#include "eval/NumberInText.h"

#include <cmath>

namespace pwb {

AssertionOutcome AssertionEvaluator::numeric(const Assertion &assertion, const EvalAnswer &answer)
{
    std::optional<double> wanted;
    if (assertion.value.isDouble()) {
        wanted = assertion.value.toDouble();
    } else if (assertion.value.isString()) {
        wanted = NumberInText::whole(assertion.value.toString());
    } else if (answer.expected) {
        wanted = NumberInText::whole(*answer.expected);
        if (!wanted) {
            wanted = NumberInText::first(*answer.expected);
        }
        if (!wanted) {
            return AssertionOutcome::error(tr("the expected output %1 has no number")
                                               .arg(JsonAnswer::quote(*answer.expected)));
        }
    } else {
        return AssertionOutcome::error(noExpectedOutput());
    }
    if (!wanted) {
        return AssertionOutcome::error(tr("the assertion's value is not a number"));
    }
    const bool whole = assertion.extract == Assertion::Extract::Whole;
    const std::optional<double> given =
        whole ? NumberInText::whole(answer.output) : NumberInText::first(answer.output);
    if (!given) {
        return AssertionOutcome::fail(whole ? tr("the answer is not a number")
                                            : tr("the answer has no number"));
    }
    const double off = std::abs(*given - *wanted);
    const double allowed = std::max(assertion.absoluteTolerance.value_or(0),
                                    assertion.relativeTolerance.value_or(0) * std::abs(*wanted));
    if (off == 0) {
        return AssertionOutcome::pass(tr("%1 equals %2").arg(number(*given), number(*wanted)));
    }
    if (off <= allowed) {
        return AssertionOutcome::pass(
            tr("%1 is within %2 of %3").arg(number(*given), number(allowed), number(*wanted)));
    }
    return AssertionOutcome::fail(
        allowed == 0 ? tr("%1 is not %2").arg(number(*given), number(*wanted))
                     : tr("%1 is %2 from %3, more than the tolerance %4")
                           .arg(number(*given), number(off), number(*wanted), number(allowed)));
}

AssertionOutcome AssertionEvaluator::maxLatency(const Assertion &assertion,
                                                const EvalAnswer &answer)
{
    const bool firstToken = assertion.measure == Assertion::Measure::FirstToken;
    const std::optional<qint64> ms =
        firstToken ? answer.figures.firstTokenMs : answer.figures.latencyMs;
    const double limit = assertion.value.toDouble();
    if (!ms) {
        return AssertionOutcome::error(firstToken ? tr("the time to the first token is unknown")
                                                  : tr("the latency is unknown"));
    }
    const QString took =
        firstToken ? tr("first token after %1 ms").arg(*ms) : tr("took %1 ms").arg(*ms);
    return double(*ms) <= limit
        ? AssertionOutcome::pass(tr("%1, at most %2 ms").arg(took, number(limit)))
        : AssertionOutcome::fail(tr("%1, more than %2 ms").arg(took, number(limit)));
}

AssertionOutcome AssertionEvaluator::maxCost(const Assertion &assertion, const EvalAnswer &answer)
{
    const double limit = assertion.value.toDouble();
    const std::optional<double> cost = answer.figures.costUsd;
    if (!cost) {
        return AssertionOutcome::error(tr("the cost is unknown (no price for the model, or no "
                                          "token counts in the reply)"));
    }
    return *cost <= limit
        ? AssertionOutcome::pass(tr("cost %1, at most %2").arg(formatUsd(*cost), formatUsd(limit)))
        : AssertionOutcome::fail(
              tr("cost %1, more than %2").arg(formatUsd(*cost), formatUsd(limit)));
}

AssertionOutcome AssertionEvaluator::maxOutputTokens(const Assertion &assertion,
                                                     const EvalAnswer &answer)
{
    const double limit = assertion.value.toDouble();
    const std::optional<qint64> tokens = answer.figures.outputTokens;
    if (!tokens) {
        return AssertionOutcome::error(tr("the number of output tokens is unknown"));
    }
    return double(*tokens) <= limit
        ? AssertionOutcome::pass(
              tr("output tokens: %1, at most %2").arg(*tokens).arg(number(limit)))
        : AssertionOutcome::fail(
              tr("output tokens: %1, more than %2").arg(*tokens).arg(number(limit)));
}

} // namespace pwb
