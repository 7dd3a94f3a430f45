#include "eval/RateBucket.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pwb {

namespace {

// Waits are whole milliseconds rounded up; a schedule a rounding error past a whole millisecond
// must not cost one more.
constexpr double kRoundingSlackMs = 1e-6;

} // namespace

qint64 RateBucket::burst() const
{
    return isUnlimited() ? 0 : qMax<qint64>(1, (m_perMinute + 59) / 60);
}

double RateBucket::takenAt(qint64 nowMs) const
{
    return std::max(0.0, m_fullAtMs - double(nowMs)) / msPerUnit();
}

qint64 RateBucket::waitMs(qint64 nowMs, qint64 units) const
{
    if (isUnlimited()) {
        return 0;
    }
    // The units must fit in what the bucket holds, except that a request larger than the whole
    // bucket only waits for a full one.
    const double needed = double(std::clamp<qint64>(units, 0, burst()));
    const double allowedAtMs = m_fullAtMs - (double(burst()) - needed) * msPerUnit();
    const double wait = std::ceil(allowedAtMs - double(nowMs) - kRoundingSlackMs);
    if (wait <= 0) {
        return 0;
    }
    return wait >= double(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                              : qint64(wait);
}

void RateBucket::take(qint64 nowMs, qint64 units)
{
    if (isUnlimited()) {
        return;
    }
    // A caller that waited the rounded-up wait arrives less than a millisecond after the bucket
    // was due: that fraction is rounding, not idle time, and must not push the schedule back
    // (at one request at a time, 7/min would drift by half a millisecond a request).
    const double sinceDueMs = double(nowMs) - m_fullAtMs;
    const double fromMs = sinceDueMs < 1.0 ? m_fullAtMs : double(nowMs);
    m_fullAtMs = fromMs + double(qMax<qint64>(0, units)) * msPerUnit();
}

void RateBucket::giveBack(qint64 units)
{
    if (isUnlimited()) {
        return;
    }
    // A full bucket is any m_fullAtMs at or before now: giving back past it changes nothing.
    m_fullAtMs -= double(qMax<qint64>(0, units)) * msPerUnit();
}

void RateBucket::setPerMinute(qint64 perMinute, qint64 nowMs)
{
    const double taken = isUnlimited() ? 0.0 : takenAt(nowMs);
    m_perMinute = qMax<qint64>(0, perMinute);
    if (isUnlimited()) {
        m_fullAtMs = 0;
        return;
    }
    m_fullAtMs = double(nowMs) + std::min(taken, double(burst())) * msPerUnit();
}

} // namespace pwb
