#pragma once

#include "core/Result.h"
#include "eval/Assertion.h"
#include "eval/AssertionOutcome.h"
#include "eval/EvalAnswer.h"

#include <QCoreApplication>

namespace pwb {

// Checks one answer against one assertion: pure, no network, cheap enough for thousands of
// cases a second. llm-judge is not checked here (its verdict needs a request: LlmJudge) and is
// an error if asked.
//
// Answers are compared as they are: no trimming or case folding unless the assertion asks
// (trim, ignoreCase). A failed reply (EvalAnswer::failure) is an error for every assertion.
class AssertionEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(pwb::AssertionEvaluator)

public:
    // The outcome, negated when the assertion says so.
    static AssertionOutcome evaluate(const Assertion &assertion, const EvalAnswer &answer);

    // A number in a reason, as it would be written: 42, 0.5, 1234.56.
    static QString number(double number);
    // A score in a reason, to 2 decimals ("0.82"), more when 2 would show it equal to
    // `threshold` although it is not (0.8996 is not "0.90 < threshold 0.9").
    static QString score(double score, double threshold);

private:
    static AssertionOutcome check(const Assertion &assertion, const EvalAnswer &answer);

    // TextAssertions.cpp
    static AssertionOutcome equals(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome contains(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome regex(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome startsWith(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome levenshtein(const Assertion &assertion, const EvalAnswer &answer);
    // JsonAssertions.cpp
    static AssertionOutcome isJson(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome jsonSchema(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome jsonPath(const Assertion &assertion, const EvalAnswer &answer);
    // FigureAssertions.cpp
    static AssertionOutcome numeric(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome maxLatency(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome maxCost(const Assertion &assertion, const EvalAnswer &answer);
    static AssertionOutcome maxOutputTokens(const Assertion &assertion, const EvalAnswer &answer);

    // A text of the assertion rendered over the case (Assertion.h: texts are Mustache).
    static Result<QString> render(const QString &text, const EvalAnswer &answer);
    // The text to compare with: the assertion's value rendered, else the expected output.
    static Result<QString> comparedText(const Assertion &assertion, const EvalAnswer &answer);
    static QString noExpectedOutput();
};

} // namespace pwb
