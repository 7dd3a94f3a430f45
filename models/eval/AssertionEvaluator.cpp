#include "eval/AssertionEvaluator.h"

#include "prompts/MustacheRenderer.h"

namespace pwb {

AssertionOutcome AssertionEvaluator::evaluate(const Assertion &assertion, const EvalAnswer &answer)
{
    if (!answer.failure.isEmpty()) {
        return AssertionOutcome::error(
            tr("not checked: the reply failed (%1)").arg(answer.failure));
    }
    return check(assertion, answer).negatedIf(assertion);
}

AssertionOutcome AssertionEvaluator::check(const Assertion &assertion, const EvalAnswer &answer)
{
    using Type = Assertion::Type;
    switch (assertion.type) {
    case Type::Equals:
        return equals(assertion, answer);
    case Type::Contains:
        return contains(assertion, answer);
    case Type::Regex:
        return regex(assertion, answer);
    case Type::StartsWith:
        return startsWith(assertion, answer);
    case Type::IsJson:
        return isJson(assertion, answer);
    case Type::JsonSchema:
        return jsonSchema(assertion, answer);
    case Type::JsonPath:
        return jsonPath(assertion, answer);
    case Type::Numeric:
        return numeric(assertion, answer);
    case Type::Levenshtein:
        return levenshtein(assertion, answer);
    case Type::MaxLatency:
        return maxLatency(assertion, answer);
    case Type::MaxCost:
        return maxCost(assertion, answer);
    case Type::MaxOutputTokens:
        return maxOutputTokens(assertion, answer);
    case Type::LlmJudge:
        break;
    }
    return AssertionOutcome::error(tr("llm-judge needs the judge's reply (LlmJudge::outcome)"));
}

QString AssertionEvaluator::number(double number)
{
    return QString::number(number, 'g', 12);
}

QString AssertionEvaluator::score(double score, double threshold)
{
    for (int decimals = 2; decimals < 9; ++decimals) {
        const QString text = QString::number(score, 'f', decimals);
        if (score == threshold || text.toDouble() != threshold) {
            return QString::number(text.toDouble(), 'g', 12);
        }
    }
    return QString::number(score, 'g', 12);
}

Result<QString> AssertionEvaluator::render(const QString &text, const EvalAnswer &answer)
{
    if (!text.contains(QStringLiteral("{{"))) {
        return text;
    }
    const auto rendered = renderMustache(text, answer.templateData());
    if (!rendered) {
        return Result<QString>::failure(
            tr("the assertion's text cannot be rendered: %1").arg(rendered.error().toString()));
    }
    return rendered.value();
}

Result<QString> AssertionEvaluator::comparedText(const Assertion &assertion,
                                                 const EvalAnswer &answer)
{
    if (assertion.value.isString()) {
        return render(assertion.value.toString(), answer);
    }
    if (!answer.expected) {
        return Result<QString>::failure(noExpectedOutput());
    }
    return *answer.expected;
}

QString AssertionEvaluator::noExpectedOutput()
{
    return tr("no value to compare with, and the case has no expected output");
}

} // namespace pwb
