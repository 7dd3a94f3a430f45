#include "chat/ReplyFigures.h"

#include "core/MoneyFormat.h"

#include <QLocale>

namespace pwb {

QString ReplyFigures::format(const StreamedReply &reply, std::optional<double> costUsd)
{
    const QLocale locale;
    QStringList parts;
    const StreamTimings &timings = reply.timings;
    if (timings.firstTokenMs >= 0) {
        parts.append(tr("TTFT %1 ms").arg(locale.toString(timings.firstTokenMs)));
    }
    const double rate = timings.tokensPerSecond(reply.usage.outputTokens);
    if (rate > 0) {
        parts.append(tr("%1 tok/s").arg(locale.toString(rate, 'f', 1)));
    }
    if (reply.usage.inputTokens >= 0 || reply.usage.outputTokens >= 0) {
        const auto count = [&locale](qint64 n) {
            return n >= 0 ? locale.toString(n) : QStringLiteral("?");
        };
        parts.append(tr("%1 in · %2 out")
                         .arg(count(reply.usage.inputTokens), count(reply.usage.outputTokens)));
    }
    if (reply.usage.reasoningTokens > 0) {
        parts.append(tr("%1 reasoning").arg(locale.toString(reply.usage.reasoningTokens)));
    }
    if (costUsd) {
        parts.append(formatUsd(*costUsd));
    }
    if (reply.state == StreamedReply::State::Finished) {
        QString reason = StreamEvent::finishReasonId(reply.finishReason);
        if (!reply.complete) {
            reason = tr("%1, stream ended early").arg(reason);
        }
        parts.append(reason);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace pwb
