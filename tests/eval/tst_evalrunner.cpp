#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "eval/EvalRunner.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/StoredRun.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using pwb::test::ServerScript;

namespace {

// The case number a request is for: its last message is "Question N".
int caseOf(const pwb::test::LoopbackServer::Request &request)
{
    const QJsonArray messages =
        QJsonDocument::fromJson(request.body).object().value(u"messages").toArray();
    return messages.last().toObject().value(u"content").toString().section(u' ', 1).toInt();
}

QString modelOf(const pwb::test::LoopbackServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value(u"model").toString();
}

} // namespace

// The eval runner against a loopback provider on a real workspace: targets × cases with a
// concurrency limit, each result recorded as its case ends, failures as errors of their case,
// cancel leaving the cases in flight pending, resume doing only what has no result.
class EvalRunnerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    pwb::test::LoopbackServer m_server;
    QNetworkAccessManager m_network;
    qint64 m_dataset = 0;
    qint64 m_version = 0;
    pwb::PromptContent m_content;
    QSet<int> m_held; // cases whose replies wait for releaseHeld()
    int m_maxInFlight = 0;
    int m_inFlightNow = 0;

    pwb::EvalTarget target(const QString &model, bool saved) const
    {
        pwb::EvalTarget target;
        if (saved) {
            target.promptVersionId = m_version;
        }
        target.content = m_content;
        target.content.model = model;
        target.provider = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
        target.provider.id = u"loopback"_s;
        target.provider.baseUrl = m_server.url();
        return target;
    }

    static void exactScorer(const pwb::EvalCaseReply &reply,
                            std::function<void(pwb::EvalVerdict)> done)
    {
        const bool pass = reply.reply.text == reply.testCase.expected.value_or(QString());
        done({pass ? u"pass"_s : u"fail"_s, pass ? 1.0 : 0.0,
              QJsonArray {QJsonObject {{u"type"_s, u"equals"_s}, {u"pass"_s, pass}}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        m_workspace->recorder().setBatchInterval(10);
        pwb::DatasetRepository datasets(m_workspace->database());
        m_dataset = datasets.createDataset(u"questions"_s).value();
        for (int i = 0; i < 6; ++i) {
            pwb::DatasetCase testCase;
            testCase.variables = QJsonObject {{u"n"_s, i}};
            testCase.expected = u"Answer %1"_s.arg(i);
            QVERIFY(datasets.insertCase(m_dataset, testCase).ok());
        }
        m_content.messages = {{pwb::ChatMessage::Role::System, u"Answer briefly."_s},
                              {pwb::ChatMessage::Role::User, u"Question {{n}}"_s}};
        m_content.parameters = QJsonObject {{u"max_tokens"_s, 20}};
        const qint64 prompt = m_workspace->prompts().createPrompt(u"QA"_s).value();
        m_version = m_workspace->prompts().saveVersion(prompt, m_content, {}).value().version.id;

        // Case 3 fails on the server, case 5 answers wrongly, the others answer right.
        m_server.setScriptChooser([this](const pwb::test::LoopbackServer::Request &request)
                                      -> std::optional<ServerScript> {
            const int n = caseOf(request);
            if (n == 3) {
                return ServerScript::response(500, "{\"error\":{\"message\":\"boom\"}}");
            }
            const QString text = n == 5 ? u"Something else"_s : u"Answer %1"_s.arg(n);
            const QList<QByteArray> events = pwb::test::openAiReplyEvents({text});
            ServerScript script;
            script.send(ServerScript::head(200)).chunk(events.at(0) + events.at(1));
            if (m_held.contains(n)) {
                script.holdUntilReleased();
            }
            for (qsizetype e = 2; e < events.size(); ++e) {
                script.chunk(events.at(e));
            }
            return script.endChunks().close();
        });
    }

    void runsEveryCellAndRecordsEachResult()
    {
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        runner.setConcurrency(3);
        runner.setScorer(&EvalRunnerTest::exactScorer);
        connect(&runner, &pwb::EvalRunner::progressed, this,
                [this](const pwb::EvalProgress &progress) {
                    m_maxInFlight = std::max(m_maxInFlight, progress.inFlight);
                });
        QSignalSpy finished(&runner, &pwb::EvalRunner::finished);
        QSignalSpy cases(&runner, &pwb::EvalRunner::caseFinished);
        const qsizetype requestsBefore = m_server.requests().size();
        const pwb::Result<qint64> run =
            runner.start(m_dataset, u"first"_s, {target(u"m1"_s, true), target(u"m2"_s, false)});
        QVERIFY(run.ok());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), u"complete"_s);
        QCOMPARE(cases.count(), 12);
        QCOMPARE(m_server.requests().size() - requestsBefore, 12);
        QVERIFY(m_maxInFlight <= 3 && m_maxInFlight >= 1);

        const pwb::EvalProgress &progress = runner.progress();
        QCOMPARE(progress.total, 12);
        QCOMPARE(progress.done, 12);
        QCOMPARE(progress.passed, 8);
        QCOMPARE(progress.failed, 2);
        QCOMPARE(progress.errors, 2);
        QCOMPARE(progress.etaMs(), std::optional<qint64>(0));

        pwb::EvalRepository evals(m_workspace->database());
        QCOMPARE(evals.status(run.value()), u"complete"_s);
        const QList<pwb::EvalResult> results = evals.results(run.value());
        QCOMPARE(results.size(), 12);
        int errors = 0;
        for (const pwb::EvalResult &result : results) {
            QVERIFY(result.runId.has_value());
            const std::optional<pwb::StoredRun> stored =
                pwb::StoredRun::load(m_workspace->database(), *result.runId);
            QVERIFY(stored.has_value());
            QCOMPARE(stored->model, result.model);
            if (result.status == u"error") {
                ++errors;
                QVERIFY(result.assertions.first().toObject().value(u"reason").toString().contains(
                    u"boom"));
                QCOMPARE(stored->status, u"failed"_s);
            }
        }
        QCOMPARE(errors, 2);
        // The unsaved target is recorded by snapshot, the saved one by version.
        QCOMPARE(evals.pendingCases(run.value(), m_version, u"loopback"_s, u"m1"_s).size(), 0);
        QCOMPARE(evals.pendingCases(run.value(), std::nullopt, u"loopback"_s, u"m2"_s).size(), 0);
    }

    void cancelLeavesCasesInFlightPendingAndResumeDoesTheRest()
    {
        m_held = {2, 4};
        auto runner = std::make_unique<pwb::EvalRunner>(m_workspace->database(), &m_network,
                                                        &m_workspace->recorder());
        runner->setConcurrency(2);
        runner->setScorer(&EvalRunnerTest::exactScorer);
        QSignalSpy cases(runner.get(), &pwb::EvalRunner::caseFinished);
        const qsizetype before = m_server.requests().size();
        const qint64 run = runner->start(m_dataset, u"cut"_s, {target(u"m1"_s, true)}).value();
        // Cases 0 and 1 end, 2 is held; 3 (a server error) ends, 4 is held: two in flight.
        QTRY_COMPARE(m_server.heldCount(), 2);
        QTRY_COMPARE(cases.count(), 3);
        QSignalSpy finished(runner.get(), &pwb::EvalRunner::finished);
        runner->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), u"cancelled"_s);
        QCOMPARE(cases.count(), 3);
        pwb::EvalRepository evals(m_workspace->database());
        QCOMPARE(evals.status(run), u"cancelled"_s);
        QCOMPARE(evals.results(run).size(), 3);
        QCOMPARE(evals.pendingCases(run, m_version, u"loopback"_s, u"m1"_s).size(), 3);
        runner.reset();
        m_server.releaseHeld();

        // A new runner (as after a restart) resumes: only the three cells without a result.
        m_held.clear();
        pwb::EvalRunner resumed(m_workspace->database(), &m_network, &m_workspace->recorder());
        resumed.setScorer(&EvalRunnerTest::exactScorer);
        QSignalSpy resumedFinished(&resumed, &pwb::EvalRunner::finished);
        const qsizetype beforeResume = m_server.requests().size();
        QVERIFY(resumed.resume(run, {target(u"m1"_s, true)}).ok());
        QCOMPARE(resumed.progress().total, 6);
        QCOMPARE(resumed.progress().done, 3);
        QTRY_COMPARE(resumedFinished.count(), 1);
        QCOMPARE(evals.results(run).size(), 6);
        QCOMPARE(evals.status(run), u"complete"_s);
        QSet<int> asked;
        for (qsizetype i = beforeResume; i < m_server.requests().size(); ++i) {
            asked.insert(caseOf(m_server.requests().at(i)));
        }
        QCOMPARE(asked, (QSet<int> {2, 4, 5}));
        QCOMPARE(resumed.progress().passed, 4);
        QVERIFY(beforeResume - before >= 5);
    }

    void gateHoldsRequestsAndSettleHearsTheirTokens()
    {
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        runner.setConcurrency(6);
        QList<qint64> estimates;
        qint64 settled = 0;
        QList<std::function<void()>> held;
        runner.setGate(
            [&](const QString &provider, qint64 tokens, std::function<void()> go) {
                QCOMPARE(provider, u"loopback"_s);
                estimates.append(tokens);
                held.append(std::move(go));
            },
            [&](const QString &, qint64 tokens) { settled += tokens; });
        QSignalSpy finished(&runner, &pwb::EvalRunner::finished);
        const qsizetype before = m_server.requests().size();
        QVERIFY(runner.start(m_dataset, u"gated"_s, {target(u"m3"_s, true)}).ok());
        QCOMPARE(estimates.size(), 6);
        QVERIFY(estimates.first() >= 20); // at least the reply's cap
        QTest::qWait(50);
        QCOMPARE(m_server.requests().size(), before); // nothing leaves until the gate says so
        for (const auto &go : std::as_const(held)) {
            go();
        }
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_server.requests().size() - before, 6);
        QVERIFY(settled > 0); // usage of the five replies that had one
        for (int i = 0; i < m_server.requests().size(); ++i) {
            QVERIFY(!modelOf(m_server.requests().at(i)).isEmpty());
        }
    }

    void aCaseThatCannotBeRenderedIsAnErrorOfItsOwn()
    {
        pwb::EvalTarget broken = target(u"m4"_s, false);
        broken.content.messages[1].content = u"Question {{#n}}"_s; // unclosed section
        pwb::EvalRunner runner(m_workspace->database(), &m_network, &m_workspace->recorder());
        QSignalSpy finished(&runner, &pwb::EvalRunner::finished);
        const qsizetype before = m_server.requests().size();
        const qint64 run = runner.start(m_dataset, u"broken"_s, {broken}).value();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_server.requests().size(), before);
        const QList<pwb::EvalResult> results =
            pwb::EvalRepository(m_workspace->database()).results(run);
        QCOMPARE(results.size(), 6);
        QCOMPARE(results.first().status, u"error"_s);
        QVERIFY2(results.first().assertions.first().toObject().value(u"reason").toString().contains(
                     u"message 2"),
                 QJsonDocument(results.first().assertions).toJson().constData());
    }
};

QTEST_GUILESS_MAIN(EvalRunnerTest)
#include "tst_evalrunner.moc"
