#include "eval/EvalAnswer.h"

#include "streaming/StreamedReply.h"

namespace pwb {

namespace {

std::optional<qint64> known(qint64 value)
{
    return value < 0 ? std::nullopt : std::optional<qint64>(value);
}

} // namespace

AnswerFigures AnswerFigures::of(const StreamedReply &reply, std::optional<double> costUsd)
{
    AnswerFigures figures;
    figures.latencyMs =
        known(reply.timings.endMs >= 0 ? reply.timings.endMs : reply.timings.lastTokenMs);
    figures.firstTokenMs = known(reply.timings.firstTokenMs);
    figures.outputTokens = known(reply.usage.outputTokens);
    figures.costUsd = costUsd;
    return figures;
}

QJsonObject EvalAnswer::templateData() const
{
    QJsonObject data = variables;
    if (expected) {
        data.insert(QStringLiteral("expected"), *expected);
    }
    return data;
}

} // namespace pwb
