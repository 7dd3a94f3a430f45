#pragma once

#include "eval/Assertion.h"
#include "eval/AssertionOutcome.h"
#include "eval/EvalAnswer.h"
#include "eval/LlmJudge.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace pwb {

struct EvalResult;

// A case's verdict from its assertions: the dataset's, then the case's own.
//
//   status  "error" when the reply failed (no assertion is checked; each is listed as not
//           checked) or any counted assertion is an error; else "fail" when any counted
//           assertion fails (a negated one fails when its check passes); else "pass".
//   score   the weighted mean of the counted assertions' scores (a negated one scores 1 - its
//           check's score); none for an error (a mean that leaves a check out would look
//           better than it is) and none when nothing is counted.
//   counted assertions: weight > 0. Weight 0 is reported only: its outcome is listed but
//           decides nothing.
//   A case with no assertions passes, with no score.
struct CaseScore
{
    Q_DECLARE_TR_FUNCTIONS(pwb::CaseScore)

public:
    QString status; // pass, fail, error (EvalResult::status)
    std::optional<double> score;
    QList<AssertionOutcome> outcomes; // dataset assertions first, then the case's
    QJsonArray assertions; // eval_results.assertions: AssertionOutcome::toJson of each

    // Index i counts the dataset's assertions first, then the case's.
    using JudgeReplies = QHash<qsizetype, JudgeReply>;

    // Checks every assertion. llm-judge assertions take their reply from `judgeReplies` (by
    // index; a missing one is an error: the judge was not asked).
    static CaseScore of(const QList<Assertion> &datasetAssertions,
                        const QList<Assertion> &caseAssertions, const EvalAnswer &answer,
                        const JudgeReplies &judgeReplies = {});

    // The verdict from outcomes already worked out (one per assertion, in the same order).
    static CaseScore combine(const QList<Assertion> &datasetAssertions,
                             const QList<Assertion> &caseAssertions,
                             const QList<AssertionOutcome> &outcomes);

    // Sets the status, score and assertions of `result` (its ids are left alone).
    void applyTo(EvalResult &result) const;
};

} // namespace pwb
