#include "eval/RateLimiter.h"
#include "eval/RateLimiterSet.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

constexpr qint64 kMinuteMs = 60'000;

// The limiters' clock, moved by the test.
struct VirtualTime
{
    qint64 nowMs = 0;
    RateClock clock()
    {
        return [this] { return nowMs; };
    }
};

// What the limiters' timers would do, in virtual time: wakes the limiter due first at its
// time, in order, until `untilMs` (exclusive), then sets the clock to `untilMs`. False when it
// keeps waking at one instant (a limiter that grants nothing when due, or no limit at all).
bool runUntil(VirtualTime &time, const QList<RateLimiter *> &limiters, qint64 untilMs)
{
    int wakesAtThisInstant = 0;
    for (;;) {
        RateLimiter *next = nullptr;
        for (RateLimiter *limiter : limiters) {
            if (limiter->nextWakeMs() >= 0 &&
                (!next || limiter->nextWakeMs() < next->nextWakeMs())) {
                next = limiter;
            }
        }
        if (!next || next->nextWakeMs() >= untilMs) {
            break;
        }
        wakesAtThisInstant = next->nextWakeMs() > time.nowMs ? 0 : wakesAtThisInstant + 1;
        if (wakesAtThisInstant > 100'000) {
            return false;
        }
        time.nowMs = std::max(time.nowMs, next->nextWakeMs());
        next->grantDue();
    }
    time.nowMs = std::max(time.nowMs, untilMs);
    return true;
}

// Keeps `inFlight` requests waiting at all times, like an eval run with that concurrency and
// instant replies; each reply is settled at `actualTokens` when that is not negative.
class SaturatingCaller : public QObject
{
public:
    SaturatingCaller(RateLimiter *limiter, int inFlight, qint64 estimatedTokens = 0,
                     qint64 actualTokens = -1)
        : m_limiter(limiter)
        , m_estimatedTokens(estimatedTokens)
        , m_actualTokens(actualTokens)
    {
        for (int i = 0; i < inFlight; ++i) {
            acquireOne();
        }
    }

    QList<RateGrant> grants;

    QList<qint64> grantTimes(qint64 fromMs = 0, qint64 untilMs = kMinuteMs) const
    {
        QList<qint64> times;
        for (const RateGrant &grant : grants) {
            if (grant.grantedMs >= fromMs && grant.grantedMs < untilMs) {
                times << grant.grantedMs;
            }
        }
        return times;
    }

    qint64 actualTokens(qint64 fromMs = 0, qint64 untilMs = kMinuteMs) const
    {
        return grantTimes(fromMs, untilMs).size() * m_actualTokens;
    }

private:
    void acquireOne()
    {
        m_limiter->acquire(m_estimatedTokens, this, [this](const RateGrant &grant) {
            grants << grant;
            if (m_actualTokens >= 0) {
                m_limiter->settle(grant, m_actualTokens);
            }
            acquireOne();
        });
    }

    RateLimiter *m_limiter;
    qint64 m_estimatedTokens;
    qint64 m_actualTokens;
};

// The first window of grants holding more than the burst plus the rate's share of its span
// (the 1 ms is rounding up to whole milliseconds), or empty.
QString firstCrowdedWindow(const QList<qint64> &grants, qint64 perMinute)
{
    const double msPerRequest = double(kMinuteMs) / double(perMinute);
    const qint64 burst = RateBucket(perMinute).burst();
    for (qsizetype i = 0; i < grants.size(); ++i) {
        for (qsizetype j = i + burst; j < grants.size(); ++j) {
            if (double(grants.at(j) - grants.at(i)) <
                double(j - i + 1 - burst) * msPerRequest - 1) {
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

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saturatingCallerGetsTheRate_data();
    void saturatingCallerGetsTheRate();
    void burstAtStartIsBounded_data();
    void burstAtStartIsBounded();
    void tokensPerMinuteWithSettledReplies_data();
    void tokensPerMinuteWithSettledReplies();
    void tighterLimitWins_data();
    void tighterLimitWins();
    void unlimitedGrantsEveryoneAtOnce();
    void retryAfterPausesEveryRequest_data();
    void retryAfterPausesEveryRequest();
    void limitsChangeWhileRequestsWait_data();
    void limitsChangeWhileRequestsWait();
    void largeRequestIsNotOvertaken();
    void cancelledAndOrphanedRequestsAreNotCounted();
    void grantReportsWhenItWasDue();
    void neverCallsBackFromInsideAcquire();
    void timerWakesTheLimiter();
    void providersAreLimitedIndependently();
    void setKnowsItsProviders();
};

void TestRateLimiter::saturatingCallerGetsTheRate_data()
{
    QTest::addColumn<qint64>("perMinute");
    QTest::addColumn<int>("inFlight");
    QTest::newRow("600/min, concurrency 32") << qint64(600) << 32;
    QTest::newRow("600/min, concurrency 1") << qint64(600) << 1;
    QTest::newRow("600/min, concurrency 200") << qint64(600) << 200;
    QTest::newRow("60/min, concurrency 8") << qint64(60) << 8;
    QTest::newRow("7/min, concurrency 4") << qint64(7) << 4;
    QTest::newRow("3,500/min, concurrency 64") << qint64(3500) << 64;
}

void TestRateLimiter::saturatingCallerGetsTheRate()
{
    QFETCH(qint64, perMinute);
    QFETCH(int, inFlight);
    VirtualTime time;
    RateLimiter limiter({perMinute, 0}, time.clock());
    SaturatingCaller caller(&limiter, inFlight);
    QVERIFY(runUntil(time, {&limiter}, kMinuteMs));

    const QList<qint64> grants = caller.grantTimes();
    QVERIFY2(double(grants.size()) >= double(perMinute) * 0.98,
             qPrintable(QString::number(grants.size())));
    QVERIFY2(double(grants.size()) <= double(perMinute) * 1.02,
             qPrintable(QString::number(grants.size())));
    if (perMinute == 600) {
        QVERIFY(grants.size() >= 588 && grants.size() <= 612);
    }
    const QString crowded = firstCrowdedWindow(grants, perMinute);
    QVERIFY2(crowded.isEmpty(), qPrintable(crowded));
    QCOMPARE(limiter.waitingCount(), inFlight); // the caller never stopped asking
}

void TestRateLimiter::burstAtStartIsBounded_data()
{
    QTest::addColumn<qint64>("requestsPerMinute");
    QTest::addColumn<qint64>("tokensPerMinute");
    QTest::addColumn<qint64>("tokensPerRequest");
    QTest::addColumn<int>("atOnce");
    QTest::addColumn<int>("inFirstSecond");
    QTest::newRow("600/min: 10, then every 100 ms")
        << qint64(600) << qint64(0) << qint64(0) << 10 << 19;
    QTest::newRow("6,000/min: 100, then every 10 ms")
        << qint64(6000) << qint64(0) << qint64(0) << 100 << 199;
    QTest::newRow("60/min: one at a time") << qint64(60) << qint64(0) << qint64(0) << 1 << 1;
    QTest::newRow("60,000 tokens/min of 100")
        << qint64(0) << qint64(60'000) << qint64(100) << 10 << 19;
}

void TestRateLimiter::burstAtStartIsBounded()
{
    QFETCH(qint64, requestsPerMinute);
    QFETCH(qint64, tokensPerMinute);
    QFETCH(qint64, tokensPerRequest);
    QFETCH(int, atOnce);
    QFETCH(int, inFirstSecond);
    VirtualTime time;
    RateLimiter limiter({requestsPerMinute, tokensPerMinute}, time.clock());
    SaturatingCaller caller(&limiter, 1000, tokensPerRequest);
    QVERIFY(runUntil(time, {&limiter}, 1000));
    QCOMPARE(caller.grantTimes(0, 1).size(), atOnce);
    QCOMPARE(caller.grantTimes(0, 1000).size(), inFirstSecond);
}

void TestRateLimiter::tokensPerMinuteWithSettledReplies_data()
{
    // 60,000 tokens/min (a burst of 1,000); each reply is settled as soon as it is granted.
    QTest::addColumn<qint64>("estimate");
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<int>("requests");
    QTest::newRow("as estimated") << qint64(1000) << qint64(1000) << 60;
    QTest::newRow("estimate twice the use") << qint64(2000) << qint64(1000) << 60;
    QTest::newRow("estimate half the use") << qint64(500) << qint64(1000) << 61;
    QTest::newRow("no estimate") << qint64(0) << qint64(1000) << 61;
    QTest::newRow("small replies") << qint64(100) << qint64(100) << 609;
}

void TestRateLimiter::tokensPerMinuteWithSettledReplies()
{
    QFETCH(qint64, estimate);
    QFETCH(qint64, actual);
    QFETCH(int, requests);
    VirtualTime time;
    RateLimiter limiter({0, 60'000}, time.clock());
    SaturatingCaller caller(&limiter, 16, estimate, actual);
    QVERIFY(runUntil(time, {&limiter}, kMinuteMs));
    QCOMPARE(caller.grantTimes().size(), requests);
    // The tokens used, not the estimates, keep to the limit.
    QVERIFY2(caller.actualTokens() >= 58'800 && caller.actualTokens() <= 61'200,
             qPrintable(QString::number(caller.actualTokens())));
}

void TestRateLimiter::tighterLimitWins_data()
{
    QTest::addColumn<qint64>("requestsPerMinute");
    QTest::addColumn<qint64>("tokensPerMinute");
    QTest::addColumn<qint64>("tokensPerRequest");
    QTest::addColumn<int>("granted");
    QTest::newRow("tokens: 60 of 600 requests")
        << qint64(600) << qint64(60'000) << qint64(1000) << 60;
    QTest::newRow("requests: 60 of 600 by tokens")
        << qint64(60) << qint64(600'000) << qint64(1000) << 60;
    QTest::newRow("tokens: 300 of 600, both with bursts")
        << qint64(600) << qint64(30'000) << qint64(100) << 304;
}

void TestRateLimiter::tighterLimitWins()
{
    QFETCH(qint64, requestsPerMinute);
    QFETCH(qint64, tokensPerMinute);
    QFETCH(qint64, tokensPerRequest);
    QFETCH(int, granted);
    VirtualTime time;
    RateLimiter limiter({requestsPerMinute, tokensPerMinute}, time.clock());
    SaturatingCaller caller(&limiter, 32, tokensPerRequest, tokensPerRequest);
    QVERIFY(runUntil(time, {&limiter}, kMinuteMs));
    QCOMPARE(caller.grantTimes().size(), granted);
    const qint64 tighter = std::min(requestsPerMinute, tokensPerMinute / tokensPerRequest);
    const QString crowded = firstCrowdedWindow(caller.grantTimes(), tighter);
    QVERIFY2(crowded.isEmpty(), qPrintable(crowded));
}

void TestRateLimiter::unlimitedGrantsEveryoneAtOnce()
{
    VirtualTime time;
    RateLimiter limiter({}, time.clock());
    QObject context;
    int granted = 0;
    for (int i = 0; i < 1000; ++i) {
        limiter.acquire(1'000'000, &context, [&](const RateGrant &) { ++granted; });
    }
    QCOMPARE(limiter.nextWakeMs(), qint64(0));
    limiter.grantDue();
    QCOMPARE(granted, 1000);
    QCOMPARE(limiter.waitingCount(), 0);
    QCOMPARE(limiter.nextWakeMs(), qint64(-1));
}

void TestRateLimiter::retryAfterPausesEveryRequest_data()
{
    QTest::addColumn<qint64>("requestsPerMinute");
    QTest::addColumn<qint64>("pauseAtMs");
    QTest::addColumn<qint64>("pauseForMs");
    QTest::addColumn<int>("grantedAtResume");
    QTest::newRow("600/min, 2 s") << qint64(600) << qint64(5000) << qint64(2000) << 10;
    QTest::newRow("600/min, shorter than an interval")
        << qint64(600) << qint64(5050) << qint64(30) << 0;
    QTest::newRow("60/min, 20 s") << qint64(60) << qint64(10'500) << qint64(20'000) << 1;
    QTest::newRow("unlimited, 1 s") << qint64(0) << qint64(0) << qint64(1000) << 32;
}

void TestRateLimiter::retryAfterPausesEveryRequest()
{
    QFETCH(qint64, requestsPerMinute);
    QFETCH(qint64, pauseAtMs);
    QFETCH(qint64, pauseForMs);
    QFETCH(int, grantedAtResume);
    VirtualTime time;
    RateLimiter limiter({requestsPerMinute, 0}, time.clock());
    if (requestsPerMinute == 0) {
        // Without limits a saturating caller never lets time pass: hold the requests by the
        // pause from the start.
        limiter.pauseFor(pauseForMs);
        QObject context;
        int granted = 0;
        for (int i = 0; i < grantedAtResume; ++i) {
            limiter.acquire(0, &context, [&](const RateGrant &) { ++granted; });
        }
        QCOMPARE(limiter.nextWakeMs(), pauseForMs);
        QVERIFY(runUntil(time, {&limiter}, pauseForMs));
        QCOMPARE(granted, 0);
        QVERIFY(runUntil(time, {&limiter}, pauseForMs + 1));
        QCOMPARE(granted, grantedAtResume);
        return;
    }

    SaturatingCaller caller(&limiter, 32);
    QVERIFY(runUntil(time, {&limiter}, pauseAtMs));
    limiter.pauseFor(pauseForMs);
    const qint64 resumeMs = pauseAtMs + pauseForMs;
    QVERIFY(limiter.nextWakeMs() >= resumeMs);
    QVERIFY(runUntil(time, {&limiter}, kMinuteMs));

    QCOMPARE(caller.grantTimes(pauseAtMs, resumeMs).size(), 0);
    QCOMPARE(caller.grantTimes(resumeMs, resumeMs + 1).size(), grantedAtResume);
    // Resumed with no more than the start's burst, then at the rate.
    const QString crowded = firstCrowdedWindow(caller.grantTimes(resumeMs), requestsPerMinute);
    QVERIFY2(crowded.isEmpty(), qPrintable(crowded));
    QVERIFY(double(caller.grantTimes().size()) <= double(requestsPerMinute) * 1.02);
}

void TestRateLimiter::limitsChangeWhileRequestsWait_data()
{
    QTest::addColumn<qint64>("before");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<int>("grantedAfter"); // in the 30 s after the change
    QTest::newRow("600 -> 60/min") << qint64(600) << qint64(60) << 29;
    QTest::newRow("60 -> 600/min") << qint64(60) << qint64(600) << 309;
    QTest::newRow("600 -> 1,200/min") << qint64(600) << qint64(1200) << 610;
}

void TestRateLimiter::limitsChangeWhileRequestsWait()
{
    QFETCH(qint64, before);
    QFETCH(qint64, after);
    QFETCH(int, grantedAfter);
    VirtualTime time;
    RateLimiter limiter({before, 0}, time.clock());
    SaturatingCaller caller(&limiter, 32);
    QVERIFY(runUntil(time, {&limiter}, 30'000));
    const QString crowdedBefore = firstCrowdedWindow(caller.grantTimes(0, 30'000), before);
    QVERIFY2(crowdedBefore.isEmpty(), qPrintable(crowdedBefore));

    limiter.setLimits({after, 0});
    QCOMPARE(limiter.limits(), (RateLimits {after, 0}));
    QVERIFY(runUntil(time, {&limiter}, kMinuteMs));
    const QList<qint64> grants = caller.grantTimes(30'000, kMinuteMs);
    QCOMPARE(grants.size(), grantedAfter);
    const QString crowded = firstCrowdedWindow(grants, after);
    QVERIFY2(crowded.isEmpty(), qPrintable(crowded));

    // No limit at all: everyone waiting goes at once.
    limiter.setLimits({});
    QCOMPARE(limiter.nextWakeMs(), time.nowMs);
    limiter.grantDue();
    QCOMPARE(caller.grantTimes(kMinuteMs, kMinuteMs + 1).size(), 32);
}

void TestRateLimiter::largeRequestIsNotOvertaken()
{
    // 60,000 tokens/min: 1,000 a second, a burst of 1,000.
    VirtualTime time;
    RateLimiter limiter({0, 60'000}, time.clock());
    QObject context;
    QList<std::pair<char, qint64>> order;
    auto record = [&](char name) {
        return [&order, name](const RateGrant &grant) { order.append({name, grant.grantedMs}); };
    };
    limiter.acquire(1000, &context, record('a'));
    limiter.acquire(5000, &context, record('b'));
    limiter.acquire(10, &context, record('c')); // would fit long before b
    QVERIFY(runUntil(time, {&limiter}, kMinuteMs));
    const QList<std::pair<char, qint64>> expected {{'a', 0}, {'b', 1000}, {'c', 5010}};
    QCOMPARE(order, expected);
}

void TestRateLimiter::cancelledAndOrphanedRequestsAreNotCounted()
{
    VirtualTime time;
    RateLimiter limiter({60, 0}, time.clock()); // one a second, one at a time
    QObject context;
    auto orphaned = std::make_unique<QObject>();
    QStringList granted;
    auto record = [&](const QString &name) {
        return [&granted, name](const RateGrant &grant) {
            granted << u"%1@%2"_s.arg(name).arg(grant.grantedMs);
        };
    };
    limiter.acquire(0, &context, record(u"a"_s));
    const quint64 b = limiter.acquire(0, &context, record(u"b"_s));
    limiter.acquire(0, orphaned.get(), record(u"c"_s));
    limiter.acquire(0, &context, record(u"d"_s));
    limiter.cancel(b);
    limiter.cancel(b); // already gone: ignored
    orphaned.reset();
    QVERIFY(runUntil(time, {&limiter}, 10'000));
    QCOMPARE(granted, (QStringList {u"a@0"_s, u"d@1000"_s}));

    limiter.acquire(0, &context, record(u"e"_s));
    limiter.acquire(0, &context, record(u"f"_s));
    limiter.cancelAll();
    QCOMPARE(limiter.waitingCount(), 0);
    QCOMPARE(limiter.nextWakeMs(), qint64(-1));
    QVERIFY(runUntil(time, {&limiter}, 20'000));
    QCOMPARE(granted.size(), 2);
}

void TestRateLimiter::grantReportsWhenItWasDue()
{
    VirtualTime time;
    RateLimiter limiter({600, 0}, time.clock());
    QObject context;
    QList<RateGrant> grants;
    for (int i = 0; i < 11; ++i) {
        limiter.acquire(42, &context, [&](const RateGrant &grant) { grants << grant; });
    }
    limiter.grantDue();
    QCOMPARE(grants.size(), 10); // the burst
    QCOMPARE(limiter.nextWakeMs(), qint64(100));
    time.nowMs = 107; // the timer is 7 ms late
    limiter.grantDue();
    QCOMPARE(grants.size(), 11);
    const RateGrant &late = grants.last();
    QCOMPARE(late.ticket, quint64(11));
    QCOMPARE(late.estimatedTokens, qint64(42));
    QCOMPARE(late.requestedMs, qint64(0));
    QCOMPARE(late.dueMs, qint64(100));
    QCOMPARE(late.grantedMs, qint64(107));
}

void TestRateLimiter::neverCallsBackFromInsideAcquire()
{
    // An unlimited limiter with a caller that acquires again from every callback: each
    // callback is a turn of the event loop, never a recursion.
    VirtualTime time;
    RateLimiter limiter({}, time.clock());
    QObject context;
    int depth = 0;
    int maxDepth = 0;
    int granted = 0;
    std::function<void()> acquireOne = [&] {
        limiter.acquire(0, &context, [&](const RateGrant &) {
            maxDepth = std::max(maxDepth, ++depth);
            if (++granted < 1000) {
                acquireOne();
            }
            --depth;
        });
    };
    acquireOne();
    QCOMPARE(granted, 0);
    QTRY_COMPARE(granted, 1000);
    QCOMPARE(maxDepth, 1);
}

void TestRateLimiter::timerWakesTheLimiter()
{
    // The real timer, armed for a virtual wait: when it fires, the request is due.
    VirtualTime time;
    RateLimiter limiter({600, 0}, time.clock());
    QObject context;
    int granted = 0;
    for (int i = 0; i < 11; ++i) {
        limiter.acquire(0, &context, [&](const RateGrant &) { ++granted; });
    }
    QTRY_COMPARE(granted, 10);
    QCOMPARE(limiter.nextWakeMs(), qint64(100));
    time.nowMs = 100;
    QTRY_COMPARE(granted, 11);
    QCOMPARE(limiter.nextWakeMs(), qint64(-1));
}

void TestRateLimiter::providersAreLimitedIndependently()
{
    VirtualTime time;
    RateLimiterSet set(time.clock());
    set.setLimits(u"openai"_s, {600, 0});
    set.setLimits(u"anthropic"_s, {60, 30'000});
    RateLimiter *openai = set.limiter(u"openai"_s);
    RateLimiter *anthropic = set.limiter(u"anthropic"_s);
    QCOMPARE(set.limiter(u"openai"_s), openai);
    QVERIFY(openai != anthropic);
    SaturatingCaller toOpenAi(openai, 32, 1000, 1000);
    SaturatingCaller toAnthropic(anthropic, 32, 1000, 1000);

    QVERIFY(runUntil(time, {openai, anthropic}, 20'000));
    // A Retry-After from one provider holds back none of the other's requests.
    anthropic->pauseFor(10'000);
    QVERIFY(runUntil(time, {openai, anthropic}, kMinuteMs));

    QCOMPARE(toOpenAi.grantTimes().size(), 609);
    QCOMPARE(toOpenAi.grantTimes(20'000, 30'000).size(), 100);
    QCOMPARE(toAnthropic.grantTimes(20'000, 30'000).size(), 0);
    // 30 a minute by its tokens (a request every 2 s), less the 10 s pause.
    QCOMPARE(toAnthropic.grantTimes().size(), 25);

    set.cancelAll();
    QCOMPARE(openai->waitingCount(), 0);
    QCOMPARE(anthropic->waitingCount(), 0);
}

void TestRateLimiter::setKnowsItsProviders()
{
    VirtualTime time;
    RateLimiterSet set(time.clock());
    QVERIFY(set.limits(u"ollama"_s).isUnlimited());
    QVERIFY(set.providerIds().isEmpty()); // asking for limits made no limiter
    set.setLimits(u"openai"_s, {500, 200'000});
    QVERIFY(set.limiter(u"ollama"_s)->limits().isUnlimited());
    QCOMPARE(set.limits(u"openai"_s), (RateLimits {500, 200'000}));
    QCOMPARE(set.providerIds(), (QStringList {u"ollama"_s, u"openai"_s}));
    QCOMPARE(set.limiter(u"openai"_s)->parent(), &set);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
