#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pwb {

struct StreamedReply;

// What a run of one case measured, each figure unknown when the provider did not say.
struct AnswerFigures
{
    std::optional<qint64> latencyMs; // until the reply ended (or its last token)
    std::optional<qint64> firstTokenMs;
    std::optional<qint64> outputTokens;
    std::optional<double> costUsd;

    // The figures of a reply: latency is its end, or its last token when the end is unknown.
    static AnswerFigures of(const StreamedReply &reply, std::optional<double> costUsd);
};

// One answer to check, with what it is checked against.
struct EvalAnswer
{
    QString output; // the reply's text
    std::optional<QString> expected; // the case's expected output
    QJsonObject variables; // the case's variables
    QString input; // the rendered prompt, for an llm-judge rubric's {{input}}
    AnswerFigures figures;
    // Why the reply failed (a timeout, an HTTP error …); empty when it did not. A failed reply
    // is not checked: its case is an error.
    QString failure;

    // The case's variables with `expected` added (when there is one), for the Mustache texts of
    // assertions.
    QJsonObject templateData() const;
};

} // namespace pwb
