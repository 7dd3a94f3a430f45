#pragma once

#include <QtGlobal>

namespace pwb {

// One "so many units per minute" limit (requests, or tokens) as GCRA — a token bucket kept as a
// single number, the time at which it is full again — so that units go out evenly spaced at the
// limit's rate with a small burst on top.
//
// The burst is one second's worth of the rate (at least one unit): 10 requests at 600/min,
// 1,667 tokens at 100,000/min. Why one second:
// - Accuracy: any 60-s window holds at most rate + burst - 1 units, under rate × (1 + 1/60):
//   within 1.7% of the limit, where the eval runner promises 2%. A bucket holding a whole
//   minute (600 at once) would double the first minute and is what providers punish.
// - Providers that say "per minute" enforce it over shorter periods (OpenAI: "60,000
//   requests/minute may be enforced as 1,000 requests/second"): one second's worth is what
//   such a provider accepts at once, and concurrent cases still start together.
//
// A request larger than the whole burst (a big prompt against a small tokens-per-minute limit)
// waits until the bucket is full and then goes, leaving it in debt: later requests wait until
// the debt is paid at the limit's rate. So it is never blocked for ever, and over a window
// the limit is exceeded by at most that one request.
//
// Times are milliseconds of one monotonic clock; the schedule is kept in fractions of a
// millisecond so that rates that do not divide a minute evenly (7/min) do not drift.
class RateBucket
{
public:
    RateBucket() = default; // unlimited
    explicit RateBucket(qint64 perMinute)
        : m_perMinute(qMax<qint64>(0, perMinute))
    { }

    bool isUnlimited() const { return m_perMinute == 0; }
    qint64 perMinute() const { return m_perMinute; }
    // Units that may go at once from a full bucket; 0 when unlimited.
    qint64 burst() const;

    // Milliseconds from `nowMs` until `units` may go (0: now). Never more than the time to
    // fill the bucket from its current level, however large `units` is.
    qint64 waitMs(qint64 nowMs, qint64 units) const;
    // Takes `units` at `nowMs`, into debt if they are more than the bucket holds.
    void take(qint64 nowMs, qint64 units);
    // Gives back `units` taken earlier, e.g. when a reply used fewer tokens than estimated.
    // The bucket never holds more than its burst.
    void giveBack(qint64 units);

    // A new rate from `nowMs`. What was taken recently is kept (in units) up to the new burst:
    // the next unit waits at most one interval of the new rate, and a rate lowered in the
    // middle of a run does not start with a long catch-up pause.
    void setPerMinute(qint64 perMinute, qint64 nowMs);

private:
    double msPerUnit() const { return 60000.0 / double(m_perMinute); }
    // Units owed at `nowMs`: 0 when full, burst() when empty, more when in debt.
    double takenAt(qint64 nowMs) const;

    qint64 m_perMinute = 0;
    double m_fullAtMs = 0; // at or before now: the bucket is full
};

} // namespace pwb
