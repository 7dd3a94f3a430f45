#pragma once

#include "eval/RateLimiter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <functional>

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

    // For callers whose hooks name only the provider (EvalRunner's gate and settle): the set
    // keeps each grant until its reply is settled. `go` is called once, from the event loop,
    // when the provider's limits let the request leave — unless `context` is destroyed or
    // cancelAll(context) comes first.
    quint64 acquire(const QString &providerId, qint64 estimatedTokens, QObject *context,
                    std::function<void()> go);
    // A reply to one of `context`'s requests to the provider used `actualTokens` (input +
    // output). The oldest grant not yet settled is corrected: replies that end out of order
    // with different estimates are off only until every grant is settled. A reply that
    // reported no usage (0) keeps its estimate, as does a request that was never settled.
    void settle(const QString &providerId, QObject *context, qint64 actualTokens);
    // `context`'s waiting requests to every provider are dropped, and its unsettled grants
    // forgotten (a cancelled run's replies are never settled).
    void cancelAll(QObject *context);

private:
    struct Unsettled
    {
        QPointer<QObject> context;
        RateGrant grant;
    };

    RateClock m_clock;
    QHash<QString, RateLimiter *> m_limiters;
    QHash<QString, std::deque<Unsettled>> m_unsettled; // by provider, in the order granted
};

} // namespace pwb
