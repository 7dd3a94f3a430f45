#include "eval/RateLimiter.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace pwb {

RateLimiter::RateLimiter(const RateLimits &limits, RateClock clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : RateClock(&RateLimiter::steadyClockMs))
    , m_schedule(limits, m_clock())
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5% of its interval late: 5 ms on every 100 ms step at 600/min.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::grantDue);
}

qint64 RateLimiter::steadyClockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void RateLimiter::setLimits(const RateLimits &limits)
{
    m_schedule.setLimits(limits, m_clock());
    reschedule();
}

quint64 RateLimiter::acquire(qint64 estimatedTokens, QObject *context, Callback onGranted)
{
    Q_ASSERT(context);
    Waiting waiting;
    waiting.ticket = ++m_lastTicket;
    waiting.estimatedTokens = qMax<qint64>(0, estimatedTokens);
    waiting.context = context;
    waiting.onGranted = std::move(onGranted);
    waiting.requestedMs = m_clock();
    m_waiting.push_back(std::move(waiting));
    reschedule();
    return m_lastTicket;
}

void RateLimiter::cancel(quint64 ticket)
{
    const auto found = std::find_if(m_waiting.begin(), m_waiting.end(),
                                    [ticket](const Waiting &w) { return w.ticket == ticket; });
    if (found != m_waiting.end()) {
        m_waiting.erase(found);
        reschedule();
    }
}

void RateLimiter::cancelAll()
{
    m_waiting.clear();
    reschedule();
}

void RateLimiter::cancelAll(const QObject *context)
{
    std::erase_if(m_waiting, [context](const Waiting &w) { return w.context == context; });
    reschedule();
}

void RateLimiter::settle(const RateGrant &grant, qint64 actualTokens)
{
    m_schedule.settle(grant.estimatedTokens, actualTokens, m_clock());
    reschedule();
}

void RateLimiter::pauseUntil(qint64 untilMs)
{
    m_schedule.pauseUntil(untilMs);
    reschedule();
}

void RateLimiter::grantDue()
{
    // Only the requests waiting now: one acquired by a callback waits for the next turn of the
    // event loop, so that a caller that always acquires again cannot keep this loop going.
    const QPointer<RateLimiter> alive(this);
    m_granting = true;
    const qint64 now = m_clock();
    for (auto count = m_waiting.size(); count > 0 && !m_waiting.empty(); --count) {
        Waiting &first = m_waiting.front();
        if (!first.context) {
            m_waiting.pop_front();
            continue;
        }
        if (m_schedule.tryAcquire(now, first.estimatedTokens) > 0) {
            break;
        }
        const RateGrant grant {first.ticket, first.estimatedTokens, first.requestedMs,
                               first.dueMs < 0 ? now : std::min(first.dueMs, now), now};
        const Callback onGranted = std::move(first.onGranted);
        m_waiting.pop_front();
        onGranted(grant);
        if (!alive) {
            return;
        }
    }
    m_granting = false;
    reschedule();
}

void RateLimiter::reschedule()
{
    if (m_granting) {
        return; // grantDue() reschedules when it is done
    }
    while (!m_waiting.empty() && !m_waiting.front().context) {
        m_waiting.pop_front();
    }
    if (m_waiting.empty()) {
        m_timer.stop();
        m_nextWakeMs = -1;
        return;
    }
    const qint64 now = m_clock();
    Waiting &first = m_waiting.front();
    const qint64 wait = m_schedule.waitMs(now, first.estimatedTokens);
    first.dueMs = now + wait;
    m_nextWakeMs = first.dueMs;
    m_timer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

} // namespace pwb
