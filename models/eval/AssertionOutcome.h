#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace pwb {

struct Assertion;

// The result of one assertion on one answer.
//
// Pass and fail are about the answer. Error is about the check: it could not be made (no
// expected output to compare with, a cost the price table does not know, a judge that failed
// or did not give a verdict, a pattern or path that slipped past fromJson); an error makes the
// case an error, whatever the other assertions say.
struct AssertionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(pwb::AssertionOutcome)

public:
    enum class Status : quint8 { Pass, Fail, Error };

    Status status = Status::Error;
    double score = 0; // 0 to 1; 0 for an error
    QString reason; // for a person: "contains none of: \"refund\", \"return\""
    QString reasoning; // llm-judge: the judge's words (or its whole reply when it was no verdict)

    static AssertionOutcome pass(QString reason, double score = 1);
    static AssertionOutcome fail(QString reason, double score = 0);
    static AssertionOutcome error(QString reason);
    // Passes when `score` reaches `threshold` (within a rounding error: 1 - 1/10 is 0.9).
    static AssertionOutcome graded(double score, double threshold, QString reason);

    bool isPass() const { return status == Status::Pass; }
    bool isError() const { return status == Status::Error; }

    // As `assertion` asks: a negated assertion passes when its check fails, and its score is
    // 1 - the check's score; its reason says "negated: " and the check's reason. Errors stay
    // errors.
    AssertionOutcome negatedIf(const Assertion &assertion) const;

    // One element of eval_results.assertions:
    //   {"type", "label"?, "scope", "status": "pass"|"fail"|"error", "pass": bool,
    //    "score": number|null (null for an error), "weight", "negate"?, "reason", "reasoning"?}
    // `scope` is "dataset" or "case": where the assertion was defined.
    QJsonObject toJson(const Assertion &assertion, const QString &scope) const;

    static QString statusName(Status status); // "pass", "fail", "error"

    bool operator==(const AssertionOutcome &) const = default;
};

} // namespace pwb
