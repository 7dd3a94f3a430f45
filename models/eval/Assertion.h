#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pwb {

// One check of an answer, as a dataset (DatasetRepository::assertions) or a case (DatasetCase::
// assertions) stores it (docs/ASSERTIONS.md). The JSON is an object with a "type" and the fields of
// that type; unknown fields are errors (most are typos, and dropping them silently would hide
// that):
//
//   every type   weight     number >= 0, default 1. 0 = reported only: the assertion counts
//                           neither in the case's score nor in its pass/fail/error.
//                negate     true: passes when the check fails; score = 1 - the check's score.
//                label      text shown instead of the type (optional).
//   equals       value      text; the answer must be this text exactly.
//                trim, ignoreCase   booleans, default false.
//   contains     values     list of texts (or "value": one text).
//                match      "any" (default) or "all".  ignoreCase: boolean.
//                           Score: 1 or 0 for any; the share of the texts found for all.
//   regex        value      a QRegularExpression (PCRE2) pattern, found anywhere in the answer
//                           (anchor it with ^ and $ to match the whole).  ignoreCase: boolean.
//   starts-with  value      text; trim (leading whitespace of the answer), ignoreCase.
//   is-json      —          see JsonAnswer.h for what counts (a ```json fence is accepted).
//   json-schema  value      the JSON Schema (object or boolean); the subset in JsonSchemaSubset.h.
//   json-path    path       a JSON path (JsonPath.h); value: any JSON the answer has there.
//   numeric      value      a number (or a text with one).  extract: "first" (default: the
//                           answer's first number) or "whole" (the whole answer is a number).
//                absoluteTolerance, relativeTolerance   numbers >= 0 (relative to |expected|);
//                           passes within the larger of the two; both unset = exactly equal.
//   levenshtein  value      text; similarity = 1 - edit distance / longer length, in code
//                           points; passes at >= threshold (default 0.8).  trim, ignoreCase.
//   max-latency  value      milliseconds > 0; measure: "total" (default) or "first-token".
//   max-cost     value      US dollars >= 0.
//   max-output-tokens value whole number >= 0.
//   llm-judge    rubric     Mustache text over the case's variables and {{output}},
//                           {{expected}}, {{input}} (LlmJudge.h).  provider, model: the judge.
//                threshold  the score needed to pass, default 0.5.  scale: 1, 5, 10 or 100.
//
// threshold (a number from 0 to 1) applies to the types whose score is graded: contains
// (default 1), levenshtein and llm-judge; the others score 0 or 1 and reject it.
//
// The expected output: equals, contains, starts-with, levenshtein, numeric and json-path
// without a value compare with the case's expected output (json-path parses it as JSON when it
// is JSON, else takes it as a text); the check is an error when the case has none. Texts of
// equals, contains, starts-with and levenshtein are Mustache templates over the case's
// variables plus `expected`, so "{{city}}" checks each case against its own city.
struct Assertion
{
    Q_DECLARE_TR_FUNCTIONS(pwb::Assertion)

public:
    enum class Type : quint8 {
        Equals,
        Contains,
        Regex,
        StartsWith,
        IsJson,
        JsonSchema,
        JsonPath,
        Numeric,
        Levenshtein,
        MaxLatency,
        MaxCost,
        MaxOutputTokens,
        LlmJudge,
    };
    enum class Match : quint8 { Any, All };
    enum class Extract : quint8 { First, Whole };
    enum class Measure : quint8 { Total, FirstToken };

    Type type = Type::Equals;
    QString label;
    double weight = 1;
    bool negate = false;
    std::optional<double> threshold; // unset: the type's default (defaultThreshold())
    QJsonValue value = QJsonValue::Undefined; // Undefined: the case's expected output
    QStringList values; // contains
    bool trim = false;
    bool ignoreCase = false;
    Match match = Match::Any;
    QString path; // json-path
    Extract extract = Extract::First;
    std::optional<double> absoluteTolerance;
    std::optional<double> relativeTolerance;
    Measure measure = Measure::Total;
    QString rubric; // llm-judge
    QString provider;
    QString model;
    std::optional<int> scale; // unset: what the rubric says, else 1

    // The "type" of each Type, in enum order: "equals", "contains", …, "llm-judge".
    static QStringList typeNames();
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);

    // Whether `type` scores between 0 and 1 and so takes a threshold.
    static bool isGraded(Type type);
    double defaultThreshold() const;
    double effectiveThreshold() const { return threshold.value_or(defaultThreshold()); }

    // `number` is 1-based and only names the assertion in errors: `assertion 3, "threshold":
    // must be a number between 0 and 1`. Patterns, JSON paths, schemas and rubrics are checked
    // here, so a run never starts with one that cannot be evaluated.
    static Result<Assertion> fromJson(const QJsonValue &json, int number);
    // Every assertion of `array`, or the first error.
    static Result<QList<Assertion>> listFromJson(const QJsonArray &array);

    // Only the fields that differ from their defaults, so fromJson(toJson()) == *this.
    QJsonObject toJson() const;
    static QJsonArray listToJson(const QList<Assertion> &assertions);

    bool operator==(const Assertion &) const = default;
};

} // namespace pwb
