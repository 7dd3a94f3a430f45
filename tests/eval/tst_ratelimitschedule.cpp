#include "eval/RateSchedule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

constexpr qint64 kMinuteMs = 60'000;

// A caller that always has one more request: it asks, and when told to wait it comes back
// exactly then. Returns when each request was let go, from `fromMs` until before `untilMs`.
QList<qint64> saturate(RateSchedule &schedule, qint64 fromMs, qint64 untilMs, qint64 tokens = 0)
{
    QList<qint64> grants;
    qint64 now = fromMs;
    while (now < untilMs && grants.size() < 1'000'000) {
        const qint64 wait = schedule.tryAcquire(now, tokens);
        if (wait == 0) {
            grants << now;
        } else {
            now += wait;
        }
    }
    return grants;
}

// The first window of grants holding more than the burst plus the rate's share of its span
// (GCRA's guarantee, with the millisecond of rounding up), or empty.
QString firstCrowdedWindow(const QList<qint64> &grants, qint64 perMinute)
{
    const double msPerRequest = double(kMinuteMs) / double(perMinute);
    const qint64 burst = RateBucket(perMinute).burst();
    for (qsizetype i = 0; i < grants.size(); ++i) {
        for (qsizetype j = i + burst; j < grants.size(); ++j) {
            const double allowedSpan = double(j - i + 1 - burst) * msPerRequest - 1;
            if (double(grants.at(j) - grants.at(i)) < allowedSpan) {
                return u"requests %1 to %2 went at %3 and %4 ms"_s.arg(i)
                    .arg(j)
                    .arg(grants.at(i))
                    .arg(grants.at(j));
            }
        }
    }
    return {};
}

} // namespace

class TestRateLimitSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstIsOneSecondsWorth_data();
    void burstIsOneSecondsWorth();
    void saturatedMinuteKeepsTheRate_data();
    void saturatedMinuteKeepsTheRate();
    void unevenRateDoesNotDrift();
    void settleCorrectsTheEstimate_data();
    void settleCorrectsTheEstimate();
    void requestLargerThanTheBurstGoesWhenFull();
    void tighterLimitWins_data();
    void tighterLimitWins();
    void pauseHoldsEveryRequest();
    void newLimitKeepsRecentRequestsUpToItsBurst_data();
    void newLimitKeepsRecentRequestsUpToItsBurst();
    void unlimitedNeverWaits();
};

void TestRateLimitSchedule::burstIsOneSecondsWorth_data()
{
    QTest::addColumn<qint64>("perMinute");
    QTest::addColumn<qint64>("burst");
    QTest::newRow("unlimited") << qint64(0) << qint64(0);
    QTest::newRow("1/min: one at a time") << qint64(1) << qint64(1);
    QTest::newRow("60/min") << qint64(60) << qint64(1);
    QTest::newRow("61/min: rounded up") << qint64(61) << qint64(2);
    QTest::newRow("600/min") << qint64(600) << qint64(10);
    QTest::newRow("6,000/min") << qint64(6000) << qint64(100);
    QTest::newRow("100,000 tokens/min") << qint64(100'000) << qint64(1667);
}

void TestRateLimitSchedule::burstIsOneSecondsWorth()
{
    QFETCH(qint64, perMinute);
    QFETCH(qint64, burst);
    QCOMPARE(RateBucket(perMinute).burst(), burst);
}

void TestRateLimitSchedule::saturatedMinuteKeepsTheRate_data()
{
    // Exactly the burst at once, then one request every interval: rate + burst - 1 in the
    // minute, never more than 2% over the rate.
    QTest::addColumn<qint64>("perMinute");
    QTest::addColumn<int>("granted");
    QTest::newRow("1/min") << qint64(1) << 1;
    QTest::newRow("7/min") << qint64(7) << 7;
    QTest::newRow("60/min") << qint64(60) << 60;
    QTest::newRow("61/min: burst 2") << qint64(61) << 62;
    QTest::newRow("600/min: burst 10") << qint64(600) << 609;
    QTest::newRow("1,000/min: burst 17") << qint64(1000) << 1016;
    QTest::newRow("6,000/min: burst 100") << qint64(6000) << 6099;
}

void TestRateLimitSchedule::saturatedMinuteKeepsTheRate()
{
    QFETCH(qint64, perMinute);
    QFETCH(int, granted);
    RateSchedule schedule({perMinute, 0});
    const QList<qint64> grants = saturate(schedule, 0, kMinuteMs);
    QCOMPARE(grants.size(), granted);
    QVERIFY(double(grants.size()) <= double(perMinute) * 1.02);
    QVERIFY(double(grants.size()) >= double(perMinute) * 0.98);
    const QString crowded = firstCrowdedWindow(grants, perMinute);
    QVERIFY2(crowded.isEmpty(), qPrintable(crowded));
}

void TestRateLimitSchedule::unevenRateDoesNotDrift()
{
    // 8,571.43 ms apart, one at a time: the rounding up to whole milliseconds must not add up.
    RateSchedule schedule({7, 0});
    const QList<qint64> grants = saturate(schedule, 0, 10 * kMinuteMs);
    QCOMPARE(grants.size(), 70);
    QCOMPARE(grants.last(), qint64(591'429)); // ceil(69 × 60,000 / 7)
    for (qsizetype i = 1; i < grants.size(); ++i) {
        QVERIFY(grants.at(i) - grants.at(i - 1) >= 8571);
    }
}

void TestRateLimitSchedule::settleCorrectsTheEstimate_data()
{
    // 60,000 tokens/min: 1,000 a second, a burst of 1,000. One request estimated at `estimate`
    // leaves at 0 and is settled at `settleAtMs`; then a 1,000-token request asks.
    QTest::addColumn<qint64>("estimate");
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<qint64>("settleAtMs");
    QTest::addColumn<qint64>("nextWaitMs");
    QTest::newRow("as estimated") << qint64(1000) << qint64(1000) << qint64(0) << qint64(1000);
    QTest::newRow("fewer: given back") << qint64(1000) << qint64(200) << qint64(0) << qint64(200);
    QTest::newRow("none used") << qint64(1000) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("more: counted") << qint64(1000) << qint64(3000) << qint64(0) << qint64(3000);
    QTest::newRow("no estimate") << qint64(0) << qint64(1000) << qint64(0) << qint64(1000);
    // The bucket was full again by 1,000 ms; the 2,000 more count from when they are known.
    QTest::newRow("more, known late")
        << qint64(1000) << qint64(3000) << qint64(5000) << qint64(2000);
    QTest::newRow("fewer, known late") << qint64(1000) << qint64(0) << qint64(500) << qint64(0);
}

void TestRateLimitSchedule::settleCorrectsTheEstimate()
{
    QFETCH(qint64, estimate);
    QFETCH(qint64, actual);
    QFETCH(qint64, settleAtMs);
    QFETCH(qint64, nextWaitMs);
    RateSchedule schedule({0, 60'000});
    QCOMPARE(schedule.tryAcquire(0, estimate), qint64(0));
    schedule.settle(estimate, actual, settleAtMs);
    QCOMPARE(schedule.waitMs(settleAtMs, 1000), nextWaitMs);
}

void TestRateLimitSchedule::requestLargerThanTheBurstGoesWhenFull()
{
    // 6,000 tokens/min: 100 a second, a burst of 100. A 1,000-token request would never fit.
    RateSchedule schedule({0, 6000});
    QCOMPARE(schedule.tryAcquire(0, 50), qint64(0));
    QCOMPARE(schedule.waitMs(0, 1000), qint64(500)); // until the bucket is full again
    QCOMPARE(schedule.tryAcquire(500, 1000), qint64(0));
    // Its debt is paid at the limit's rate before anything else goes.
    QCOMPARE(schedule.waitMs(500, 50), qint64(9500));
    QCOMPARE(schedule.waitMs(500, 1000), qint64(10'000));
}

void TestRateLimitSchedule::tighterLimitWins_data()
{
    QTest::addColumn<qint64>("requestsPerMinute");
    QTest::addColumn<qint64>("tokensPerMinute");
    QTest::addColumn<qint64>("tokensPerRequest");
    QTest::addColumn<int>("granted");
    QTest::addColumn<qint64>("spacingMs");
    QTest::newRow("tokens: 60/min of 600")
        << qint64(600) << qint64(60'000) << qint64(1000) << 60 << qint64(1000);
    QTest::newRow("requests: 60/min of 600")
        << qint64(60) << qint64(600'000) << qint64(1000) << 60 << qint64(1000);
    QTest::newRow("equal: 120/min, burst 2")
        << qint64(120) << qint64(120'000) << qint64(1000) << 121 << qint64(500);
}

void TestRateLimitSchedule::tighterLimitWins()
{
    QFETCH(qint64, requestsPerMinute);
    QFETCH(qint64, tokensPerMinute);
    QFETCH(qint64, tokensPerRequest);
    QFETCH(int, granted);
    QFETCH(qint64, spacingMs);
    RateSchedule schedule({requestsPerMinute, tokensPerMinute});
    const QList<qint64> grants = saturate(schedule, 0, kMinuteMs, tokensPerRequest);
    QCOMPARE(grants.size(), granted);
    // After the burst, evenly spaced at the tighter limit's interval.
    for (qsizetype i = grants.size() - 10; i < grants.size(); ++i) {
        QCOMPARE(grants.at(i) - grants.at(i - 1), spacingMs);
    }
}

void TestRateLimitSchedule::pauseHoldsEveryRequest()
{
    RateSchedule schedule({600, 0});
    schedule.pauseUntil(5000);
    schedule.pauseUntil(3000); // an earlier Retry-After does not shorten the pause
    QCOMPARE(schedule.pausedUntilMs(), qint64(5000));
    QCOMPARE(schedule.tryAcquire(0, 0), qint64(5000));
    QCOMPARE(schedule.tryAcquire(4999, 0), qint64(1));
    // The bucket filled while paused: the burst, not more, then the rate.
    const QList<qint64> grants = saturate(schedule, 4999, 6000);
    QCOMPARE(grants.size(), 19);
    QCOMPARE(grants.first(), qint64(5000));
    QCOMPARE(grants.count(5000), 10);
    QCOMPARE(grants.at(10), qint64(5100));
}

void TestRateLimitSchedule::newLimitKeepsRecentRequestsUpToItsBurst_data()
{
    // Saturated at `before` for 30 s, then `after`: what the next 30 s grant.
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<qint64>("firstAfterMs");
    QTest::addColumn<int>("grantedAfter");
    // 9 requests owed at 30 s, kept as 1 (the new burst): one interval of the new rate.
    QTest::newRow("600 -> 60/min") << qint64(600) << qint64(60) << qint64(31'000) << 29;
    // Nothing owed (the last went at 29 s): the new burst at once.
    QTest::newRow("60 -> 600/min") << qint64(60) << qint64(600) << qint64(30'000) << 309;
    // 9 owed of a new burst of 20: 11 at once, then every 50 ms.
    QTest::newRow("600 -> 1,200/min") << qint64(600) << qint64(1200) << qint64(30'000) << 610;
    QTest::newRow("600 -> unlimited requests") << qint64(600) << qint64(0) << qint64(30'000) << -1;
}

void TestRateLimitSchedule::newLimitKeepsRecentRequestsUpToItsBurst()
{
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    QFETCH(qint64, firstAfterMs);
    QFETCH(int, grantedAfter);
    RateSchedule schedule({before, 0});
    saturate(schedule, 0, 30'000);
    schedule.setLimits({after, 0}, 30'000);
    QCOMPARE(schedule.limits(), (RateLimits {after, 0}));
    QCOMPARE(schedule.waitMs(30'000, 0), firstAfterMs - 30'000);
    if (grantedAfter >= 0) {
        const QList<qint64> grants = saturate(schedule, 30'000, kMinuteMs);
        QCOMPARE(grants.size(), grantedAfter);
        const QString crowded = firstCrowdedWindow(grants, after);
        QVERIFY2(crowded.isEmpty(), qPrintable(crowded));
    }
}

void TestRateLimitSchedule::unlimitedNeverWaits()
{
    RateSchedule schedule;
    QVERIFY(schedule.limits().isUnlimited());
    for (int i = 0; i < 10'000; ++i) {
        QCOMPARE(schedule.tryAcquire(0, 1'000'000), qint64(0));
    }
    schedule.settle(0, 1'000'000'000, 0);
    QCOMPARE(schedule.waitMs(0, 1'000'000), qint64(0));
}

QTEST_GUILESS_MAIN(TestRateLimitSchedule)
#include "tst_ratelimitschedule.moc"
