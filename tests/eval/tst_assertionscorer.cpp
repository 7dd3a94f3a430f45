#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "eval/AssertionScorer.h"
#include "eval/EvalRunner.h"
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

QJsonObject bodyOf(const pwb::test::LoopbackServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString lastMessage(const QJsonObject &body)
{
    return body.value(u"messages").toArray().last().toObject().value(u"content").toString();
}

ServerScript streamed(const QString &text)
{
    ServerScript script;
    script.send(ServerScript::head(200));
    for (const QByteArray &event : pwb::test::openAiReplyEvents({text})) {
        script.chunk(event);
    }
    return script.endChunks().close();
}

QJsonArray array(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

// The dataset's: the expected output, and a judge counted twice.
const QString kDatasetAssertions =
    u"[{\"type\": \"equals\", \"trim\": true}, "
    "{\"type\": \"llm-judge\", \"provider\": \"judge\", "
    "\"model\": \"judge-model\", \"rubric\": \"Is {{output}} the "
    "capital of {{country}}? Score out of 10.\", \"threshold\": 0.7, "
    "\"weight\": 2}]"_s;

} // namespace

// AssertionScorer as EvalRunner's scorer, on a real workspace, with the answering model and the
// judge both served by a loopback server: the dataset's and each case's assertions, the judge
// asked asynchronously with its reasoning kept, weights in the score, a case whose assertion
// cannot be read, a judge that fails and one whose provider is unknown — each an error of its
// case only.
class AssertionScorerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pwb::Workspace> m_workspace;
    pwb::test::LoopbackServer m_server;
    QNetworkAccessManager m_network;
    qint64 m_dataset = 0;
    QList<qint64> m_cases;

    pwb::ProviderConfig loopback(const QString &id) const
    {
        pwb::ProviderConfig config = *pwb::ProviderConfig::preset(u"openai-compatible"_s);
        config.id = id;
        config.baseUrl = m_server.url();
        return config;
    }

    pwb::EvalTarget target() const
    {
        pwb::EvalTarget target;
        target.content.messages = {{pwb::ChatMessage::Role::User, u"Capital of {{country}}?"_s}};
        target.content.model = u"answer-model"_s;
        target.provider = loopback(u"answers"_s);
        return target;
    }

    // Runs the dataset with `scorer`; the results by case, in case order.
    QList<pwb::EvalResult> run(pwb::AssertionScorer &scorer)
    {
        pwb::EvalRunner runner(m_workspace->database(), &m_network, nullptr);
        runner.setConcurrency(2);
        runner.setScorer(scorer.scorer());
        QSignalSpy finished(&runner, &pwb::EvalRunner::finished);
        const pwb::Result<qint64> run = runner.start(m_dataset, u"scored"_s, {target()});
        if (!run) {
            qWarning("%s", qPrintable(run.error()));
            return {};
        }
        if (!finished.wait(20000) && finished.isEmpty()) {
            return {};
        }
        QList<pwb::EvalResult> results =
            pwb::EvalRepository(m_workspace->database()).results(run.value());
        std::sort(results.begin(), results.end(), [this](const auto &a, const auto &b) {
            return m_cases.indexOf(a.caseId) < m_cases.indexOf(b.caseId);
        });
        return results;
    }

    static QJsonObject assertionOf(const pwb::EvalResult &result, qsizetype index)
    {
        return result.assertions.at(index).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = std::move(pwb::Workspace::open(m_dir.filePath(u"w.sqlite"_s))).value();
        pwb::DatasetRepository datasets(m_workspace->database());
        m_dataset = datasets.createDataset(u"capitals"_s).value();
        QVERIFY(datasets.setAssertions(m_dataset, array(kDatasetAssertions)).ok());
        const auto addCase = [&](const QString &country, const QString &expected,
                                 const QString &own) {
            pwb::DatasetCase testCase;
            testCase.variables = QJsonObject {{u"country"_s, country}};
            testCase.expected = expected;
            testCase.assertions = array(own);
            const pwb::Result<qint64> id = datasets.insertCase(m_dataset, testCase);
            QVERIFY(id.ok());
            m_cases.append(id.value());
        };
        // France answers right; Spain answers wrong; Italy's own assertion cannot be read;
        // Peru's judge fails on the server.
        addCase(u"France"_s, u"Paris"_s, uR"([{"type": "max-output-tokens", "value": 50}])"_s);
        addCase(u"Spain"_s, u"Madrid"_s,
                uR"([{"type": "contains", "values": ["Madrid"], "negate": true, "weight": 0}])"_s);
        addCase(u"Italy"_s, u"Rome"_s,
                u"[{\"type\": \"is-json\"}, {\"type\": \"regex\", \"value\": \"(\"}]"_s);
        addCase(u"Peru"_s, u"Lima"_s, u"[]"_s);

        m_server.setScriptChooser([](const pwb::test::LoopbackServer::Request &request)
                                      -> std::optional<ServerScript> {
            const QJsonObject body = bodyOf(request);
            const QString last = lastMessage(body);
            if (body.value(u"model").toString() == u"judge-model") {
                if (last.contains(u"Peru"_s)) {
                    return ServerScript::response(500, "{\"error\":{\"message\":\"judge down\"}}");
                }
                return streamed(
                    last.contains(u"Is Paris the capital of France"_s)
                        ? uR"({"score": 9, "pass": true, "reasoning": "Paris is right."})"_s
                        : uR"({"score": 2, "pass": false, "reasoning": "Barcelona is not the capital."})"_s);
            }
            const QHash<QString, QString> answers {{u"France"_s, u"Paris"_s},
                                                   {u"Spain"_s, u"Barcelona"_s},
                                                   {u"Italy"_s, u"Rome"_s},
                                                   {u"Peru"_s, u"Lima"_s}};
            const QString country = last.section(u' ', 2).chopped(1);
            return streamed(answers.value(country));
        });
    }

    void scoresWithTheJudge()
    {
        pwb::AssertionScorer scorer(&m_network);
        QVERIFY(scorer
                    .setDatasetAssertions(
                        pwb::DatasetRepository(m_workspace->database()).assertions(m_dataset))
                    .ok());
        scorer.setJudgeProviders({{u"judge"_s, loopback(u"ignored"_s)}});
        const qsizetype requestsBefore = m_server.requests().size();
        const QList<pwb::EvalResult> results = run(scorer);
        QCOMPARE(results.size(), 4);
        QCOMPARE(scorer.judgesInFlight(), 0);

        // Four answers, and a judge for each case whose assertions could be read.
        const QList<pwb::test::LoopbackServer::Request> requests =
            m_server.requests().mid(requestsBefore);
        QCOMPARE(requests.size(), 4 + 3);
        const auto judged = std::count_if(requests.begin(), requests.end(), [](const auto &r) {
            return bodyOf(r).value(u"model").toString() == u"judge-model";
        });
        QCOMPARE(judged, 3);

        const pwb::EvalResult &france = results.at(0);
        QVERIFY2(france.status == u"pass"_s,
                 QJsonDocument(france.assertions).toJson(QJsonDocument::Compact).constData());
        QVERIFY(france.score && qFuzzyCompare(*france.score, (1 + 2 * 0.9 + 1) / 4));
        QCOMPARE(france.assertions.size(), 3);
        QCOMPARE(assertionOf(france, 0).value(u"type").toString(), u"equals"_s);
        QCOMPARE(assertionOf(france, 1).value(u"type").toString(), u"llm-judge"_s);
        QCOMPARE(assertionOf(france, 1).value(u"pass").toBool(), true);
        QCOMPARE(assertionOf(france, 1).value(u"reasoning").toString(), u"Paris is right."_s);
        QCOMPARE(assertionOf(france, 1).value(u"reason").toString(),
                 u"judge score 9/10 (0.9) >= threshold 0.7"_s);
        QCOMPARE(assertionOf(france, 2).value(u"scope").toString(), u"case"_s);
        QCOMPARE(assertionOf(france, 2).value(u"reason").toString(),
                 u"output tokens: 1, at most 50"_s);

        const pwb::EvalResult &spain = results.at(1);
        QCOMPARE(spain.status, u"fail"_s);
        QVERIFY(spain.score && qFuzzyCompare(1 + *spain.score, 1 + (0 + 2 * 0.2) / 3));
        QCOMPARE(assertionOf(spain, 0).value(u"reason").toString(),
                 uR"(is "Barcelona", expected "Madrid" (trimmed))"_s);
        QCOMPARE(assertionOf(spain, 1).value(u"reasoning").toString(),
                 u"Barcelona is not the capital."_s);
        // Weight 0: reported (and passing, negated), but not counted.
        QCOMPARE(assertionOf(spain, 2).value(u"status").toString(), u"pass"_s);
        QCOMPARE(assertionOf(spain, 2).value(u"weight").toDouble(), 0.0);

        const pwb::EvalResult &italy = results.at(2);
        QCOMPARE(italy.status, u"error"_s);
        QVERIFY(!italy.score);
        QCOMPARE(italy.assertions.size(), 1);
        QCOMPARE(
            assertionOf(italy, 0).value(u"reason").toString(),
            uR"(case assertion 2, "value": is not a valid regular expression: missing closing parenthesis at character 2)"_s);

        const pwb::EvalResult &peru = results.at(3);
        QCOMPARE(peru.status, u"error"_s);
        QCOMPARE(assertionOf(peru, 0).value(u"status").toString(), u"pass"_s);
        QCOMPARE(assertionOf(peru, 1).value(u"status").toString(), u"error"_s);
        QVERIFY2(
            assertionOf(peru, 1).value(u"reason").toString().startsWith(u"the judge failed: "_s),
            qPrintable(assertionOf(peru, 1).value(u"reason").toString()));
    }

    void judgeRequest()
    {
        // The judge's request as the server saw it: its model, temperature 0, the rubric
        // rendered over the case.
        const QList<pwb::test::LoopbackServer::Request> requests = m_server.requests();
        const auto judge = std::find_if(requests.begin(), requests.end(), [](const auto &r) {
            return lastMessage(bodyOf(r)).contains(u"capital of France"_s);
        });
        QVERIFY(judge != requests.end());
        const QJsonObject body = bodyOf(*judge);
        QCOMPARE(body.value(u"model").toString(), u"judge-model"_s);
        QCOMPARE(body.value(u"temperature").toDouble(-1), 0.0);
        QCOMPARE(lastMessage(body), u"Is Paris the capital of France? Score out of 10."_s);
    }

    void unknownJudgeProviderIsAnErrorOfTheCase()
    {
        pwb::AssertionScorer scorer(&m_network);
        QVERIFY(scorer
                    .setDatasetAssertions(
                        pwb::DatasetRepository(m_workspace->database()).assertions(m_dataset))
                    .ok());
        const QList<pwb::EvalResult> results = run(scorer);
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).status, u"error"_s);
        QCOMPARE(assertionOf(results.at(0), 0).value(u"status").toString(), u"pass"_s);
        QCOMPARE(
            assertionOf(results.at(0), 1).value(u"reason").toString(),
            uR"(the judge failed: no provider "judge" to ask (is it set up, with its key?))"_s);
    }

    void badDatasetAssertionsAreRefused()
    {
        pwb::AssertionScorer scorer(&m_network);
        const pwb::Result<void> set = scorer.setDatasetAssertions(
            array(uR"([{"type": "is-json"}, {"type": "levenshtein", "threshold": "high"}])"_s));
        QVERIFY(!set.ok());
        QCOMPARE(set.error(),
                 uR"(dataset assertion 2, "threshold": must be a number between 0 and 1)"_s);
        QVERIFY(scorer.datasetAssertions().isEmpty());
    }

    void noJudgeAnswersAtOnce()
    {
        pwb::AssertionScorer scorer(&m_network);
        QVERIFY(
            scorer
                .setDatasetAssertions(array(
                    uR"([{"type": "contains", "values": ["a", "b"], "match": "all", "threshold": 0.5}])"_s))
                .ok());
        pwb::EvalCaseReply reply;
        reply.reply.text = u"a only"_s;
        reply.reply.state = pwb::StreamedReply::State::Finished;
        std::optional<pwb::EvalVerdict> verdict;
        scorer.score(reply, [&verdict](pwb::EvalVerdict given) { verdict = std::move(given); });
        QVERIFY(verdict);
        QCOMPARE(verdict->status, u"pass"_s);
        QCOMPARE(verdict->score, std::optional<double>(0.5));
        QCOMPARE(verdict->assertions.size(), 1);
    }

    void cleanupTestCase() { m_workspace.reset(); }
};

QTEST_GUILESS_MAIN(AssertionScorerTest)
#include "tst_assertionscorer.moc"
