// An eval run's own overhead (issue 7): 5,000 cases of one prompt version against a loopback
// server that answers at once, 32 requests at a time, through EvalSession as the app and
// `pwb eval` use it — rendering, the request, the streamed reply, recording the run and its
// pieces, scoring with five assertions, recording the result. The server runs on its own
// thread, so its work is not counted as the app's. Reported: cases per second (the median of
// the rounds; the target is >= 1,000), the app's CPU per case (the server's thread left out;
// the app works on two threads, its own and Qt's HTTP thread) and the process's, and peak RSS.
// Every result is checked (reported, not asserted: benchmarks never fail on a figure).
#include "BenchLoopbackThread.h"
#include "BenchReport.h"
#include "OpenAiStream.h"
#include "eval/EvalPlan.h"
#include "eval/EvalSession.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCases = 5'000;
constexpr int kConcurrency = 32;

double cpuMs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

struct Round
{
    double casesPerSecond = 0;
    double cpuMsPerCase = 0;
    double appCpuMsPerCase = 0; // the process but the server's thread: the app's own overhead
    double mainCpuMsPerCase = 0; // of the thread the eval runs on (QNAM's HTTP thread aside)
    double wallMs = 0;
    int passed = 0;
    int results = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int cases = pwb::bench::setting("PWB_BENCH_CASES", kCases);
    const int rounds = pwb::bench::setting("PWB_BENCH_ROUNDS", 3);
    const int concurrency = pwb::bench::setting("PWB_BENCH_CONCURRENCY", kConcurrency);

    pwb::bench::LoopbackServerThread server([](pwb::test::LoopbackServer &loopback) {
        loopback.setScriptChooser([](const pwb::test::LoopbackServer::Request &request)
                                      -> std::optional<pwb::test::ServerScript> {
            static const QRegularExpression number(u"Question (\\d+)"_s);
            const QString asked = QString::fromUtf8(request.body);
            const QString answer = u"Answer "_s + number.match(asked).captured(1);
            return pwb::test::ServerScript::streamed(pwb::test::openAiReplyEvents({answer}));
        });
    });

    QList<Round> results;
    for (int r = 0; r < rounds; ++r) {
        QTemporaryDir dir;
        auto workspace = std::move(pwb::Workspace::open(dir.filePath(u"w.sqlite"_s))).value();
        pwb::PromptRepository &prompts = workspace->prompts();
        const qint64 prompt = prompts.createPrompt(u"answer"_s).value();
        pwb::PromptContent content;
        content.messages = {{pwb::ChatMessage::Role::System, u"Answer in two words."_s},
                            {pwb::ChatMessage::Role::User, u"Question {{n}}: {{question}}"_s}};
        content.providerId = u"loop"_s;
        content.model = u"bench"_s;
        const qint64 version = prompts.saveVersion(prompt, content).value().version.id;

        pwb::DatasetRepository datasets(workspace->database());
        QList<pwb::DatasetCase> list;
        for (int i = 0; i < cases; ++i) {
            pwb::DatasetCase testCase;
            testCase.variables = {{u"n"_s, QString::number(i)},
                                  {u"question"_s, u"what is the answer to case %1?"_s.arg(i)}};
            testCase.expected = u"Answer %1"_s.arg(i);
            list.append(testCase);
        }
        const qint64 dataset = datasets.createDatasetWithCases(u"bench"_s, {}, list).value();
        const pwb::Result<void> assertionsSet = datasets.setAssertions(
            dataset,
            {QJsonObject {{u"type"_s, u"equals"_s}},
             QJsonObject {{u"type"_s, u"contains"_s}, {u"value"_s, u"Answer"_s}},
             QJsonObject {{u"type"_s, u"regex"_s}, {u"value"_s, u"^Answer \\d+$"_s}},
             QJsonObject {{u"type"_s, u"levenshtein"_s}, {u"threshold"_s, 0.8}},
             QJsonObject {{u"type"_s, u"max-latency"_s}, {u"value"_s, 10000}}});
        if (!assertionsSet) {
            qFatal("cannot set the assertions: %s", qPrintable(assertionsSet.error()));
        }

        pwb::ProviderConfig provider = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
        provider.id = u"loop"_s;
        provider.baseUrl = server.url();
        pwb::EvalPlan plan;
        plan.datasetId = dataset;
        plan.name = u"bench"_s;
        plan.concurrency = concurrency;
        plan.targets = {{version, u"loop"_s, u"bench"_s}};

        QNetworkAccessManager network;
        pwb::EvalSession session(workspace->database(), &network, &workspace->recorder());
        QEventLoop loop;
        QObject::connect(&session, &pwb::EvalSession::finished, &loop, &QEventLoop::quit);
        const double cpuBefore = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        const double serverCpuBefore = server.threadCpuMs();
        const double mainCpuBefore = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        QElapsedTimer wall;
        wall.start();
        const pwb::Result<qint64> started = session.start(plan, {{u"loop"_s, provider}});
        if (!started) {
            qFatal("cannot start: %s", qPrintable(started.error()));
        }
        loop.exec();
        Round round;
        round.wallMs = double(wall.nsecsElapsed()) / 1e6;
        round.cpuMsPerCase = (cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpuBefore) / cases;
        const double serverCpu = server.threadCpuMs() - serverCpuBefore;
        round.mainCpuMsPerCase = (cpuMs(CLOCK_THREAD_CPUTIME_ID) - mainCpuBefore) / cases;
        round.appCpuMsPerCase = round.cpuMsPerCase - serverCpu / cases;
        round.casesPerSecond = cases / (round.wallMs / 1000.0);
        for (const pwb::EvalResult &result :
             pwb::EvalRepository(workspace->database()).results(started.value())) {
            ++round.results;
            round.passed += result.status == u"pass" ? 1 : 0;
        }
        results.append(round);
    }

    using pwb::bench::eachOf;
    using pwb::bench::medianOf;
    using pwb::bench::report;
    report(u"eval.cases_per_second"_s, medianOf(results, &Round::casesPerSecond), u"cases/s"_s,
           u"target >= 1000; %1 cases, concurrency %2, 5 assertions each, runs and results "
           "recorded; median of %3 rounds (%4)"_s.arg(cases)
               .arg(concurrency)
               .arg(rounds)
               .arg(eachOf(results, &Round::casesPerSecond, 0)));
    report(u"eval.app_cpu_per_case"_s, medianOf(results, &Round::appCpuMsPerCase), u"ms"_s,
           u"CPU of the app per case — rendering, requests and replies (with Qt's HTTP thread), "
           "recording, scoring — the server's thread left out; rounds %1; of which the eval's "
           "own thread %2"_s.arg(eachOf(results, &Round::appCpuMsPerCase, 3),
                                 eachOf(results, &Round::mainCpuMsPerCase, 3)));
    report(u"eval.cpu_per_case"_s, medianOf(results, &Round::cpuMsPerCase), u"ms"_s,
           u"process CPU (server thread included) per case; rounds %1"_s.arg(
               eachOf(results, &Round::cpuMsPerCase, 3)));
    report(u"eval.round_wall"_s, medianOf(results, &Round::wallMs) / 1000.0, u"s"_s,
           u"start to the last result; rounds %1 ms"_s.arg(eachOf(results, &Round::wallMs, 0)));
    report(u"eval.results_passed"_s, medianOf(results, &Round::passed), u"cases"_s,
           u"of %1 (every answer is right: all should pass); results recorded per round: %2"_s
               .arg(cases)
               .arg(eachOf(results, &Round::results, 0)));
    report(u"eval.peak_rss"_s, pwb::bench::peakRssMiB(), u"MiB"_s, u"VmHWM after all rounds"_s);
    return 0;
}
