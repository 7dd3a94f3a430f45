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

quint64 RateLimiterSet::acquire(const QString &providerId, qint64 estimatedTokens, QObject *context,
                                std::function<void()> go)
{
    // The limiter is a child of this set: it never calls back once the set is gone.
    return limiter(providerId)
        ->acquire(estimatedTokens, context,
                  [this, providerId, context, go = std::move(go)](const RateGrant &grant) {
                      m_unsettled[providerId].push_back({context, grant});
                      go();
                  });
}

void RateLimiterSet::settle(const QString &providerId, QObject *context, qint64 actualTokens)
{
    const auto grants = m_unsettled.find(providerId);
    if (grants == m_unsettled.end()) {
        return;
    }
    std::erase_if(*grants, [](const Unsettled &each) { return !each.context; });
    const auto oldest =
        std::find_if(grants->begin(), grants->end(),
                     [context](const Unsettled &each) { return each.context == context; });
    if (oldest == grants->end()) {
        return;
    }
    const RateGrant grant = oldest->grant;
    grants->erase(oldest);
    if (actualTokens > 0) {
        limiter(providerId)->settle(grant, actualTokens);
    }
}

void RateLimiterSet::cancelAll(QObject *context)
{
    for (RateLimiter *each : std::as_const(m_limiters)) {
        each->cancelAll(context);
    }
    for (std::deque<Unsettled> &grants : m_unsettled) {
        std::erase_if(grants, [context](const Unsettled &each) { return each.context == context; });
    }
}

} // namespace pwb
