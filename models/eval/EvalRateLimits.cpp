#include "eval/EvalRateLimits.h"

#include "eval/EvalRunner.h"
#include "eval/RateLimiterSet.h"

#include <QPointer>

namespace pwb {

void useRateLimits(EvalRunner &runner, RateLimiterSet &limits)
{
    EvalRunner *context = &runner;
    const QPointer<RateLimiterSet> set(&limits);
    runner.setGate(
        [set, context](const QString &providerId, qint64 estimatedTokens,
                       std::function<void()> go) {
            if (!set) {
                go();
                return;
            }
            set->acquire(providerId, estimatedTokens, context, std::move(go));
        },
        [set, context](const QString &providerId, qint64 tokens) {
            if (set) {
                set->settle(providerId, context, tokens);
            }
        });
    QObject::connect(&runner, &EvalRunner::finished, &limits,
                     [set, context](const QString &status) {
                         // The runner drops the gated requests of a cancelled run; they must
                         // not be let go (and counted) later.
                         if (set && status == u"cancelled") {
                             set->cancelAll(context);
                         }
                     });
}

} // namespace pwb
