#include "eval/RateSchedule.h"

#include <algorithm>

namespace pwb {

RateSchedule::RateSchedule(const RateLimits &limits, qint64 nowMs)
{
    setLimits(limits, nowMs);
}

RateLimits RateSchedule::limits() const
{
    return {m_requests.perMinute(), m_tokens.perMinute()};
}

void RateSchedule::setLimits(const RateLimits &limits, qint64 nowMs)
{
    m_requests.setPerMinute(limits.requestsPerMinute, nowMs);
    m_tokens.setPerMinute(limits.tokensPerMinute, nowMs);
}

qint64 RateSchedule::waitMs(qint64 nowMs, qint64 estimatedTokens) const
{
    return std::max({m_pausedUntilMs - nowMs, m_requests.waitMs(nowMs, 1),
                     m_tokens.waitMs(nowMs, estimatedTokens), qint64(0)});
}

qint64 RateSchedule::tryAcquire(qint64 nowMs, qint64 estimatedTokens)
{
    const qint64 wait = waitMs(nowMs, estimatedTokens);
    if (wait == 0) {
        m_requests.take(nowMs, 1);
        m_tokens.take(nowMs, estimatedTokens);
    }
    return wait;
}

void RateSchedule::settle(qint64 estimatedTokens, qint64 actualTokens, qint64 nowMs)
{
    const qint64 estimate = qMax<qint64>(0, estimatedTokens);
    const qint64 actual = qMax<qint64>(0, actualTokens);
    if (actual > estimate) {
        m_tokens.take(nowMs, actual - estimate);
    } else {
        m_tokens.giveBack(estimate - actual);
    }
}

void RateSchedule::pauseUntil(qint64 untilMs)
{
    m_pausedUntilMs = std::max(m_pausedUntilMs, untilMs);
}

} // namespace pwb
