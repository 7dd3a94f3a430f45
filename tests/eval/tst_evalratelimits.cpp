#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "eval/EvalRateLimits.h"
#include "eval/EvalRunner.h"
#include "eval/RateLimiterSet.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::test::ServerScript;

namespace {

constexpr int kCases = 8;
// What the loopback provider reports as a reply's prompt tokens (its reply is one token).
constexpr int kPromptTokens = 2000;

} // namespace

// The rate limiter wired into the real eval runner (useRateLimits) against a loopback provider,
// on a virtual clock that only the test moves: the limits decide which cases' requests reach
// the server, and when. Requests are counted at the server, so what is asserted is what left.
class EvalRateLimitsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    pwb::test::LoopbackServer m_server;
    QNetworkAccessManager m_network;
    qint64 m_dataset = 0;
    qint64 m_nowMs = 0;

    pwb::EvalTarget target(const QString &providerId) const
    {
        pwb::EvalTarget target;
        target.content.messages = {{pwb::ChatMessage::Role::User, u"Question {{n}}"_s}};
        target.content.parameters = QJsonObject {{u"max_tokens"_s, 20}};
        target.content.model = u"m"_s;
        target.provider = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
        target.provider.id = providerId;
        target.provider.baseUrl = m_server.url();
        return target;
    }

    pwb::RateClock clock()
    {
        return [this] { return m_nowMs; };
    }

    // Moves the virtual clock to `ms` and does what the limiter's timer would do there.
    void advanceTo(pwb::RateLimiter *limiter, qint64 ms)
    {
        m_nowMs = ms;
        limiter->grantDue();
    }

    qsizetype requestsSince(qsizetype before) const { return m_server.requests().size() - before; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        pwb::DatasetRepository datasets(m_workspace->database());
        m_dataset = datasets.createDataset(u"questions"_s).value();
        for (int i = 0; i < kCases; ++i) {
            pwb::DatasetCase testCase;
            testCase.variables = QJsonObject {{u"n"_s, i}};
            QVERIFY(datasets.insertCase(m_dataset, testCase).ok());
        }
        m_server.setScriptChooser(
            [](const pwb::test::LoopbackServer::Request &) -> std::optional<ServerScript> {
                return ServerScript::streamed(
                    pwb::test::openAiReplyEvents({u"Yes"_s}, kPromptTokens));
            });
    }

    void init() { m_nowMs = 0; }

    void requestsPerMinuteLetExactlyThatManyStart()
    {
        // 5 a minute: one at a time (a burst of one), every 12 s. Concurrency allows all eight
        // at once, so only the limiter holds them back.
        pwb::RateLimiterSet limits(clock());
        limits.setLimits(u"loopback"_s, {5, 0});
        pwb::RateLimiter *limiter = limits.limiter(u"loopback"_s);
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        runner.setConcurrency(kCases);
        pwb::useRateLimits(runner, limits);
        QSignalSpy cases(&runner, &pwb::EvalRunner::caseFinished);
        QSignalSpy finished(&runner, &pwb::EvalRunner::finished);
        const qsizetype before = m_server.requests().size();

        const qint64 run = runner.start(m_dataset, u"5/min"_s, {target(u"loopback"_s)}).value();
        QCOMPARE(limiter->waitingCount(), kCases);
        // The limiter calls back from the event loop, never from inside the gate.
        QCOMPARE(requestsSince(before), 0);
        // The first minute, second by second, as the timer would wake the limiter.
        for (qint64 second = 0; second < 60; ++second) {
            advanceTo(limiter, second * 1000);
            QTRY_COMPARE(cases.count(), int(second / 12) + 1);
        }
        QCOMPARE(requestsSince(before), 5);
        QCOMPARE(limiter->waitingCount(), kCases - 5);
        QCOMPARE(runner.progress().done, 5);
        QCOMPARE(limiter->nextWakeMs(), qint64(60'000));

        // The rest go at the rate: 60, 72 and 84 s.
        for (const qint64 ms : {qint64(60'000), qint64(72'000), qint64(84'000)}) {
            advanceTo(limiter, ms - 1);
            QCOMPARE(limiter->waitingCount() + cases.count(), kCases);
            advanceTo(limiter, ms);
            QTRY_COMPARE(cases.count(), int(ms / 12'000) + 1);
        }
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), u"complete"_s);
        QCOMPARE(requestsSince(before), kCases);
        QCOMPARE(pwb::EvalRepository(m_workspace->database()).results(run).size(), kCases);
        QCOMPARE(limiter->waitingCount(), 0);
    }

    void tokensPerMinuteCountTheReportedUsage()
    {
        // 60,000 tokens a minute: 1,000 a second, a burst of 1,000. A request's estimate (its
        // prompt and max_tokens, well under 100) fits at once; the reply reports 2,001.
        pwb::RateLimiterSet limits(clock());
        limits.setLimits(u"loopback"_s, {0, 60'000});
        pwb::RateLimiter *limiter = limits.limiter(u"loopback"_s);
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        runner.setConcurrency(1);
        pwb::useRateLimits(runner, limits);
        QSignalSpy cases(&runner, &pwb::EvalRunner::caseFinished);
        const qsizetype before = m_server.requests().size();

        QVERIFY(runner.start(m_dataset, u"tokens"_s, {target(u"loopback"_s)}).ok());
        QTRY_COMPARE(cases.count(), 1);
        // The next request waits until the first reply's 2,001 tokens leave room for its
        // estimate: about a second past a full bucket. With the estimate alone it would go now.
        QCOMPARE(limiter->waitingCount(), 1);
        const qint64 due = limiter->nextWakeMs();
        QVERIFY2(due > 1001 && due < 1100, qPrintable(QString::number(due)));
        advanceTo(limiter, due - 1);
        QCOMPARE(limiter->waitingCount(), 1);
        QCOMPARE(requestsSince(before), 1);
        advanceTo(limiter, due);
        QTRY_COMPARE(cases.count(), 2);
        QCOMPARE(requestsSince(before), 2);
        // Each settled reply pushes the next one the same 2,001 tokens further.
        QCOMPARE(limiter->nextWakeMs() - due, qint64(2001));
        runner.cancel();
    }

    void providersAreHeldByTheirOwnLimits()
    {
        // Two targets on two providers: one limited to 60 a minute (one now), one unlimited.
        pwb::RateLimiterSet limits(clock());
        limits.setLimits(u"slow"_s, {60, 0});
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        runner.setConcurrency(2 * kCases);
        pwb::useRateLimits(runner, limits);
        QSignalSpy cases(&runner, &pwb::EvalRunner::caseFinished);
        const qsizetype before = m_server.requests().size();

        QVERIFY(runner.start(m_dataset, u"two providers"_s, {target(u"slow"_s), target(u"fast"_s)})
                    .ok());
        QTRY_COMPARE(cases.count(), kCases + 1);
        QCOMPARE(requestsSince(before), kCases + 1);
        QCOMPARE(limits.limiter(u"slow"_s)->waitingCount(), kCases - 1);
        QCOMPARE(limits.limiter(u"fast"_s)->waitingCount(), 0);
        QCOMPARE(limits.providerIds(), (QStringList {u"fast"_s, u"slow"_s}));
        runner.cancel();
    }

    void cancelLeavesNothingWaiting()
    {
        pwb::RateLimiterSet limits(clock());
        limits.setLimits(u"loopback"_s, {60, 0});
        pwb::RateLimiter *limiter = limits.limiter(u"loopback"_s);
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        runner.setConcurrency(4);
        pwb::useRateLimits(runner, limits);
        QSignalSpy cases(&runner, &pwb::EvalRunner::caseFinished);
        const qsizetype before = m_server.requests().size();

        const qint64 run = runner.start(m_dataset, u"cancelled"_s, {target(u"loopback"_s)}).value();
        QTRY_COMPARE(cases.count(), 1);
        // Four held: three from the start and the one that took the finished case's place.
        QCOMPARE(limiter->waitingCount(), 4);
        runner.cancel();
        QCOMPARE(limiter->waitingCount(), 0);
        QCOMPARE(limiter->nextWakeMs(), qint64(-1));
        // Time passes: nothing more leaves, and the run's cases stay pending for a resume.
        advanceTo(limiter, 60'000);
        QCOMPARE(requestsSince(before), 1);
        QCOMPARE(pwb::EvalRepository(m_workspace->database())
                     .pendingCases(run, std::nullopt, u"loopback"_s, u"m"_s)
                     .size(),
                 kCases - 1);
    }

    void runnerOutlivesItsLimits()
    {
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        QSignalSpy finished(&runner, &pwb::EvalRunner::finished);
        {
            pwb::RateLimiterSet limits(clock());
            limits.setLimits(u"loopback"_s, {1, 0});
            pwb::useRateLimits(runner, limits);
        }
        // No set, no limits: every case runs.
        QVERIFY(runner.start(m_dataset, u"unlimited"_s, {target(u"loopback"_s)}).ok());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(runner.progress().done, kCases);
    }
};

QTEST_GUILESS_MAIN(EvalRateLimitsTest)
#include "tst_evalratelimits.moc"
