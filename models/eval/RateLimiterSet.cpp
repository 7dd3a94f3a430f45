#include "eval/RateLimiterSet.h"

#include <algorithm>

namespace pwb {

RateLimiterSet::RateLimiterSet(RateClock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : RateClock(&RateLimiter::steadyClockMs))
{ }

RateLimiter *RateLimiterSet::limiter(const QString &providerId)
{
    RateLimiter *&found = m_limiters[providerId];
    if (!found) {
        found = new RateLimiter({}, m_clock, this);
    }
    return found;
}

void RateLimiterSet::setLimits(const QString &providerId, const RateLimits &limits)
{
    limiter(providerId)->setLimits(limits);
}

RateLimits RateLimiterSet::limits(const QString &providerId) const
{
    const RateLimiter *found = m_limiters.value(providerId);
    return found ? found->limits() : RateLimits {};
}

QStringList RateLimiterSet::providerIds() const
{
    QStringList ids = m_limiters.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RateLimiterSet::cancelAll()
{
    for (RateLimiter *each : std::as_const(m_limiters)) {
        each->cancelAll();
    }
}

} // namespace pwb
