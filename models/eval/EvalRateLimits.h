#pragma once

namespace pwb {

class EvalRunner;
class RateLimiterSet;

// Holds `runner`'s requests to each provider to that provider's limits in `limits`, through
// the runner's gate and settle hooks: a request waits for a request slot and its token
// estimate (RateLimiterSet::acquire), and the reply's reported usage replaces the estimate
// (RateLimiterSet::settle). A cancelled run leaves nothing waiting in the limiters. The set
// must outlive the runs it limits: requests it holds when destroyed are never let go (a set
// destroyed between runs leaves the runner unlimited).
void useRateLimits(EvalRunner &runner, RateLimiterSet &limits);

} // namespace pwb
