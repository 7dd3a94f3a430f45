#pragma once

#include "eval/RateSchedule.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace pwb {

// Milliseconds of a monotonic clock. Injected so that tests run in virtual time.
using RateClock = std::function<qint64()>;

// A request let go by a RateLimiter. Times are of the limiter's clock.
struct RateGrant
{
    quint64 ticket = 0;
    qint64 estimatedTokens = 0; // what was counted; pass the grant to settle() after the reply
    qint64 requestedMs = 0; // acquire() was called
    qint64 dueMs = 0; // the limits let it go (FIFO: not before the requests ahead of it)
    qint64 grantedMs = 0; // the callback was called: dueMs plus the event loop's lateness
};

// The requests to one provider, let go one by one at its limits (RateSchedule), on the event
// loop: acquire() queues a request and returns at once; its callback is called from the event
// loop when the limits allow — never from inside acquire(), so a caller that acquires again from
// its callback does not recurse. Requests leave in the order they were acquired: a large
// request is not overtaken for ever by smaller ones that would fit sooner.
//
// One precise single-shot QTimer wakes the limiter when the first waiting request is due;
// grantDue() is what it calls, and tests call it themselves after moving a virtual clock to
// nextWakeMs(). A late timer does not lower the rate while the bucket is not full again: the
// schedule keeps its own times, so a grant 5 ms late leaves the next one 5 ms less to wait
// (at 600/min a grant would have to be 900 ms late to lose any). With a burst of one request
// (60/min or less) each late millisecond is lost: 0.1% of the rate per millisecond at 60/min.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RateGrant &)>;

    // A null clock is the steady clock.
    explicit RateLimiter(const RateLimits &limits = {}, RateClock clock = {},
                         QObject *parent = nullptr);

    static qint64 steadyClockMs();

    RateLimits limits() const { return m_schedule.limits(); }
    // From now on; requests already waiting are let go at the new limits.
    void setLimits(const RateLimits &limits);

    // Queues a request estimated at `estimatedTokens` (input + output; 0 when unknown).
    // `onGranted` is called once, from the event loop, when it may leave — unless `context` is
    // destroyed first, or the ticket is cancelled: then never, and nothing is counted.
    quint64 acquire(qint64 estimatedTokens, QObject *context, Callback onGranted);
    // A waiting request is dropped; a granted or unknown ticket is ignored.
    void cancel(quint64 ticket);
    void cancelAll();
    // Every waiting request acquired with `context` is dropped.
    void cancelAll(const QObject *context);

    // The reply to `grant` used `actualTokens` (input + output, as the provider reported).
    // A failure that reported no usage is not settled: the estimate stands.
    void settle(const RateGrant &grant, qint64 actualTokens);
    // No request leaves before `untilMs` (this limiter's clock) / for `delayMs` from now: a
    // provider's Retry-After (StreamError::retryAfterMs is a delay).
    void pauseUntil(qint64 untilMs);
    void pauseFor(qint64 delayMs) { pauseUntil(m_clock() + delayMs); }

    int waitingCount() const { return int(m_waiting.size()); }
    // When the first waiting request is due (the clock's time), or -1 when none waits.
    qint64 nextWakeMs() const { return m_nextWakeMs; }

    // Lets go every waiting request that is due now, in order; what the timer calls.
    void grantDue();

private:
    struct Waiting
    {
        quint64 ticket = 0;
        qint64 estimatedTokens = 0;
        QPointer<QObject> context;
        Callback onGranted;
        qint64 requestedMs = 0;
        qint64 dueMs = -1; // -1 until it is first in line
    };

    // Arms the timer for the first waiting request (or stops it).
    void reschedule();

    RateClock m_clock;
    RateSchedule m_schedule;
    std::deque<Waiting> m_waiting;
    QTimer m_timer;
    quint64 m_lastTicket = 0;
    qint64 m_nextWakeMs = -1;
    bool m_granting = false;
};

} // namespace pwb
