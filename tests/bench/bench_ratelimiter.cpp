// The rate limiter in real time: 600 requests/min for a minute (PWB_BENCH_SECONDS shortens it)
// against a caller that always has 32 requests waiting, as an eval run with concurrency 32 and
// instant replies. How many were let go against the rate, and how late the QTimer-driven
// grants were against when the limits allowed them. The tests check the arithmetic in virtual
// time; this checks that the event loop keeps it.
#include "BenchReport.h"
#include "eval/RateLimiter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iterator>
#include <numeric>

namespace {

constexpr qint64 kRequestsPerMinute = 600;
constexpr int kInFlight = 32;

int setting(const char *variable, int fallback)
{
    const int value = qEnvironmentVariableIntValue(variable);
    return value > 0 ? value : fallback;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

class SaturatingCaller : public QObject
{
public:
    explicit SaturatingCaller(pwb::RateLimiter *limiter)
        : m_limiter(limiter)
    {
        for (int i = 0; i < kInFlight; ++i) {
            acquireOne();
        }
    }

    QList<pwb::RateGrant> grants;

private:
    void acquireOne()
    {
        m_limiter->acquire(0, this, [this](const pwb::RateGrant &grant) {
            grants << grant;
            acquireOne();
        });
    }

    pwb::RateLimiter *m_limiter;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = setting("PWB_BENCH_SECONDS", 60);
    const QString loadBefore = loadAverage();

    pwb::RateLimiter limiter({kRequestsPerMinute, 0});
    const qint64 startMs = pwb::RateLimiter::steadyClockMs();
    const qint64 endMs = startMs + qint64(seconds) * 1000;
    SaturatingCaller caller(&limiter);
    QTimer::singleShot(std::chrono::seconds(seconds), Qt::PreciseTimer, &app,
                       &QCoreApplication::quit);
    app.exec();

    QList<pwb::RateGrant> grants;
    std::copy_if(caller.grants.cbegin(), caller.grants.cend(), std::back_inserter(grants),
                 [endMs](const pwb::RateGrant &grant) { return grant.grantedMs < endMs; });
    const double expected = double(kRequestsPerMinute) * seconds / 60.0;
    const qint64 burst = pwb::RateBucket(kRequestsPerMinute).burst();
    // What the algorithm allows at most: the burst at once, then one every 100 ms.
    const double ceiling = double(burst) + expected - 1;

    QList<double> lateness;
    for (const pwb::RateGrant &grant : std::as_const(grants)) {
        lateness << double(grant.grantedMs - grant.dueMs);
    }
    const double meanLateness = lateness.isEmpty()
        ? 0
        : std::accumulate(lateness.cbegin(), lateness.cend(), 0.0) / double(lateness.size());
    const double maxLateness =
        lateness.isEmpty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());

    // The spacing once the burst is spent: 100 ms each at 600/min when the timer is on time.
    QList<double> intervals;
    for (qsizetype i = burst + 1; i < grants.size(); ++i) {
        intervals << double(grants.at(i).grantedMs - grants.at(i - 1).grantedMs);
    }
    std::sort(intervals.begin(), intervals.end());
    const auto percentile = [&intervals](double p) {
        return intervals.isEmpty() ? 0.0
                                   : intervals.at(qsizetype(p * double(intervals.size() - 1)));
    };
    const double meanInterval = intervals.isEmpty()
        ? 0
        : std::accumulate(intervals.cbegin(), intervals.cend(), 0.0) / double(intervals.size());
    double variance = 0;
    for (const double interval : std::as_const(intervals)) {
        variance += (interval - meanInterval) * (interval - meanInterval);
    }
    const double stddevInterval =
        intervals.size() > 1 ? std::sqrt(variance / double(intervals.size() - 1)) : 0;

    // The rate once the burst is spent: from the first grant after it to the last.
    double steadyPerMinute = 0;
    if (grants.size() > burst + 1) {
        const qint64 spanMs = grants.last().grantedMs - grants.at(burst).grantedMs;
        steadyPerMinute = double(grants.size() - burst - 1) * 60000.0 / double(spanMs);
    }

    using pwb::bench::report;
    report(
        QStringLiteral("ratelimit.granted_600rpm"), double(grants.size()),
        QStringLiteral("requests"),
        QStringLiteral("expected %1 over %2 s at 600/min; the algorithm's ceiling %3 (burst %4); "
                       "concurrency %5")
            .arg(expected)
            .arg(seconds)
            .arg(ceiling)
            .arg(burst)
            .arg(kInFlight));
    report(QStringLiteral("ratelimit.error_vs_rate"),
           (double(grants.size()) - expected) / expected * 100.0, QStringLiteral("%"),
           QStringLiteral("target within 2% over 60 s"));
    report(QStringLiteral("ratelimit.steady_rate"), steadyPerMinute, QStringLiteral("requests/min"),
           QStringLiteral("after the burst of %1").arg(burst));
    report(QStringLiteral("ratelimit.interval_mean"), meanInterval, QStringLiteral("ms"),
           QStringLiteral("between grants after the burst; %1 intervals, 100 ms at 600/min")
               .arg(intervals.size()));
    report(QStringLiteral("ratelimit.interval_stddev"), stddevInterval, QStringLiteral("ms"));
    report(QStringLiteral("ratelimit.interval_min"), percentile(0), QStringLiteral("ms"));
    report(QStringLiteral("ratelimit.interval_p50"), percentile(0.5), QStringLiteral("ms"));
    report(QStringLiteral("ratelimit.interval_p99"), percentile(0.99), QStringLiteral("ms"));
    report(QStringLiteral("ratelimit.interval_max"), percentile(1), QStringLiteral("ms"));
    report(QStringLiteral("ratelimit.lateness_mean"), meanLateness, QStringLiteral("ms"),
           QStringLiteral("granted minus due, %1 grants").arg(grants.size()));
    report(QStringLiteral("ratelimit.lateness_max"), maxLateness, QStringLiteral("ms"),
           QStringLiteral("load average before %1, after %2").arg(loadBefore, loadAverage()));
    return 0;
}
