#pragma once

#include "eval/RateLimiter.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace pwb {

// One RateLimiter per provider, so that cases running at once against two providers are held
// back each by its own limits. Keyed by ProviderConfig::id; a caller that wants a limit per
// model too can key by "provider/model". Every limiter shares the set's clock.
class RateLimiterSet : public QObject
{
    Q_OBJECT

public:
    // A null clock is the steady clock.
    explicit RateLimiterSet(RateClock clock = {}, QObject *parent = nullptr);

    // The provider's limiter, made unlimited on first use; owned by the set.
    RateLimiter *limiter(const QString &providerId);
    void setLimits(const QString &providerId, const RateLimits &limits);
    // Unlimited for a provider never limited.
    RateLimits limits(const QString &providerId) const;

    QStringList providerIds() const;
    // Every waiting request of every provider is dropped (the run was cancelled).
    void cancelAll();

private:
    RateClock m_clock;
    QHash<QString, RateLimiter *> m_limiters;
};

} // namespace pwb
