#pragma once

#include "eval/RateBucket.h"

#include <QtGlobal>

namespace pwb {

// What a user allows one provider: 0 means no limit.
struct RateLimits
{
    qint64 requestsPerMinute = 0;
    qint64 tokensPerMinute = 0; // input + output tokens

    bool isUnlimited() const { return requestsPerMinute <= 0 && tokensPerMinute <= 0; }
    bool operator==(const RateLimits &) const = default;
};

// When the next request to one provider may leave: its requests-per-minute and
// tokens-per-minute buckets (RateBucket: evenly spaced, a one-second burst) and a pause asked
// for by the provider (Retry-After). Pure arithmetic on times the caller passes in — no clock,
// no timer — so that it is exact in tests; RateLimiter puts it on an event loop.
//
// Tokens are known only after the reply: a request takes its estimate when it leaves, and
// settle() corrects the estimate with what the provider reported. An estimate of 0 is allowed
// (nothing known in advance): the tokens-per-minute limit then holds back the requests that
// follow a reply, from its settled tokens.
class RateSchedule
{
public:
    explicit RateSchedule(const RateLimits &limits = {}, qint64 nowMs = 0);

    RateLimits limits() const;
    // New limits from `nowMs`, keeping what was taken recently (RateBucket::setPerMinute).
    void setLimits(const RateLimits &limits, qint64 nowMs);

    // Milliseconds from `nowMs` until a request estimated at `estimatedTokens` may leave; 0: now.
    // The tighter of both limits and the pause decides.
    qint64 waitMs(qint64 nowMs, qint64 estimatedTokens) const;
    // 0 and the request is counted (one request, its estimated tokens) when it may leave now;
    // otherwise nothing is counted and the result is how long to wait before asking again.
    qint64 tryAcquire(qint64 nowMs, qint64 estimatedTokens);

    // A reply used `actualTokens` (input + output) where `estimatedTokens` were counted when it
    // left. More than estimated is counted from `nowMs`; fewer is given back.
    void settle(qint64 estimatedTokens, qint64 actualTokens, qint64 nowMs);

    // No request leaves before `untilMs` (a provider's Retry-After). A pause is never shortened
    // by a later, earlier one. The buckets fill while paused, as in any idle time, so requests
    // resume with the same bounded burst as at the start.
    void pauseUntil(qint64 untilMs);
    qint64 pausedUntilMs() const { return m_pausedUntilMs; }

private:
    RateBucket m_requests;
    RateBucket m_tokens;
    qint64 m_pausedUntilMs = 0;
};

} // namespace pwb
