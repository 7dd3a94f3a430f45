#pragma once

#include "core/Result.h"
#include "eval/Assertion.h"
#include "eval/AssertionOutcome.h"
#include "eval/EvalAnswer.h"
#include "providers/ChatRequest.h"

#include <QCoreApplication>

#include <optional>

namespace pwb {

// What the judge model answered, or why the call failed.
struct JudgeReply
{
    QString text;
    QString failure; // not empty: the request failed (network, HTTP, timeout …)
};

// LLM-as-judge, without the network: the request to send to the judge (the eval runner sends
// it to the provider named by the assertion's `provider`) and the outcome read from its reply.
//
// The request: a system message asking for one JSON object
//   {"score": <0 to scale>, "pass": <true|false>, "reasoning": "<why>"}
// and a user message that is the rubric rendered over the case's variables plus {{output}}
// (the answer), {{expected}} (the case's expected output) and {{input}} (the rendered prompt;
// a case variable named "input" wins, as a dataset's input column is what a rubric means).
// A rubric that never says {{output}} gets the answer appended in <output> tags, so the judge
// always sees what it grades. Temperature 0, response format json_object (jsonMode).
//
// The scale: the assertion's `scale`, else what the rubric says ("out of 10", "1-5", "0 to
// 100", "/10" — the first one it says), else 1. The system message names that scale, and the
// verdict's score is divided by it.
//
// Reading the verdict, tolerantly: the reply whole, else its first ``` fence, else the text
// from its first "{" to its last "}", must be a JSON object with "score" (a number, a numeric
// text or "8/10") and/or "pass" (a boolean; alone it means score 1 or 0). The reasoning is
// "reasoning" (or "reason", "explanation"). The assertion passes when the score reaches its
// threshold (default 0.5) — the threshold decides, and a judge's "pass" that disagrees is noted
// in the reason. A reply that is no verdict, or a score outside 0 to scale, is an error outcome
// that keeps the judge's whole text as its reasoning.
class LlmJudge
{
    Q_DECLARE_TR_FUNCTIONS(pwb::LlmJudge)

public:
    struct Verdict
    {
        double score = 0; // 0 to 1
        double rawScore = 0; // as the judge wrote it, on the scale
        std::optional<bool> pass; // what the judge said, if it did
        QString reasoning;
    };

    // Fails only when the rubric cannot be rendered.
    static Result<ChatRequest> request(const Assertion &assertion, const EvalAnswer &answer);
    // The assertion's outcome from the judge's reply, negated if the assertion asks.
    static AssertionOutcome outcome(const Assertion &assertion, const JudgeReply &reply);

    static int scaleOf(const Assertion &assertion);
    static QString systemPrompt(int scale);
    static Result<Verdict> parseVerdict(const QString &reply, int scale);
};

} // namespace pwb
