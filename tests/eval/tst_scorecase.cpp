#include "EvalFixtures.h"
#include "eval/CaseScoring.h"
#include "storage/Database.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

QList<Assertion> assertions(const QStringList &jsons)
{
    QList<Assertion> list;
    for (const QString &json : jsons) {
        list << test::assertion(json);
    }
    return list;
}

} // namespace

// A case's status and score from its dataset's and its own assertions: weights, negation,
// errors, weight 0, a failed reply, the judge's replies, and the eval_results JSON — stored and
// read back through a real workspace file.
class TestScoreCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void score_data();
    void score();
    void everyTypeWeighted_data();
    void everyTypeWeighted();
    void failedReplyIsAnError();
    void judgeReplies();
    void assertionsJson();
    void storedAndReadBack();
};

void TestScoreCase::score_data()
{
    QTest::addColumn<QStringList>("dataset");
    QTest::addColumn<QStringList>("own"); // the case's own assertions
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("score"); // -1: none

    const QString hello = uR"({"type": "contains", "values": ["hello"]})"_s;
    const QString world = uR"({"type": "contains", "values": ["world"]})"_s;
    QTest::newRow("no assertions")
        << QStringList() << QStringList() << u"x"_s << QString() << u"pass"_s << -1.0;
    QTest::newRow("all pass") << QStringList {hello} << QStringList {world} << u"hello world"_s
                              << QString() << u"pass"_s << 1.0;
    QTest::newRow("one of two fails") << QStringList {hello} << QStringList {world}
                                      << u"hello there"_s << QString() << u"fail"_s << 0.5;
    QTest::newRow("weights")
        << QStringList {uR"({"type": "contains", "values": ["hello"], "weight": 3})"_s}
        << QStringList {world} << u"hello there"_s << QString() << u"fail"_s << 0.75;
    QTest::newRow("graded scores are averaged")
        << QStringList {uR"({"type": "levenshtein", "value": "kitten", "threshold": 0.5})"_s,
                        uR"({"type": "contains", "values": ["sit", "ten", "dog", "cat"], "match": "all", "threshold": 0.25})"_s}
        << QStringList() << u"sitting"_s << QString() << u"pass"_s << (4.0 / 7 + 0.25) / 2;
    QTest::newRow("negated, passing: 1 - the check's score")
        << QStringList {hello, uR"({"type": "contains", "values": ["sorry"], "negate": true})"_s}
        << QStringList() << u"hello"_s << QString() << u"pass"_s << 1.0;
    QTest::newRow("negated, failing")
        << QStringList {hello, uR"({"type": "contains", "values": ["sorry"], "negate": true})"_s}
        << QStringList() << u"hello, sorry"_s << QString() << u"fail"_s << 0.5;
    QTest::newRow("negated graded: pass and score from the check's")
        << QStringList {uR"({"type": "levenshtein", "value": "kitten", "threshold": 0.9, "negate": true})"_s}
        << QStringList() << u"sitting"_s << QString() << u"pass"_s << 3.0 / 7;
    QTest::newRow("an error wins over a fail")
        << QStringList {hello, uR"({"type": "max-cost", "value": 0.01})"_s} << QStringList()
        << u"bye"_s << QString() << u"error"_s << -1.0;
    QTest::newRow("weight 0 is reported only")
        << QStringList {hello, uR"({"type": "max-cost", "value": 0.01, "weight": 0})"_s,
                        uR"({"type": "contains", "values": ["x"], "weight": 0})"_s}
        << QStringList() << u"hello"_s << QString() << u"pass"_s << 1.0;
    QTest::newRow("only weight 0") << QStringList {uR"({"type": "is-json", "weight": 0})"_s}
                                   << QStringList() << u"no"_s << QString() << u"pass"_s << -1.0;
    QTest::newRow("figures") << QStringList {uR"({"type": "max-latency", "value": 1000})"_s}
                             << QStringList {uR"({"type": "max-output-tokens", "value": 10})"_s}
                             << u"ok"_s << uR"({"latencyMs": 300, "outputTokens": 20})"_s
                             << u"fail"_s << 0.5;
}

void TestScoreCase::score()
{
    QFETCH(QStringList, dataset);
    QFETCH(QStringList, own);
    QFETCH(QString, output);
    QFETCH(QString, context);
    QFETCH(QString, status);
    QFETCH(double, score);

    const CaseScore result =
        CaseScore::of(assertions(dataset), assertions(own), test::answer(output, {}, context));
    QCOMPARE(result.status, status);
    QCOMPARE(result.score.has_value(), score >= 0);
    if (result.score) {
        QVERIFY2(test::near(*result.score, score), qPrintable(QString::number(*result.score)));
    }
    QCOMPARE(result.outcomes.size(), dataset.size() + own.size());
    QCOMPARE(result.assertions.size(), dataset.size() + own.size());
}

void TestScoreCase::everyTypeWeighted_data()
{
    QTest::addColumn<QString>("assertion"); // given weight 3 (then 0) by the test
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("judge"); // llm-judge: the judge's reply
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("score"); // the assertion's own score

    const auto both = [](const char *name, const QString &assertion, const QString &good,
                         const QString &bad, const QString &context = {},
                         const QString &goodJudge = {}, const QString &badJudge = {},
                         double badScore = 0) {
        QTest::addRow("%s, passing", name)
            << assertion << good << context << goodJudge << u"pass"_s << 1.0;
        QTest::addRow("%s, failing", name)
            << assertion << bad << context << badJudge << u"fail"_s << badScore;
    };
    both("equals", uR"({"type": "equals", "value": "Paris"})"_s, u"Paris"_s, u"Lyon"_s);
    both(
        "contains",
        uR"({"type": "contains", "values": ["a", "b", "c", "d"], "match": "all", "threshold": 0.75})"_s,
        u"abcd"_s, u"ab"_s, {}, {}, {}, 0.5);
    both("regex", uR"({"type": "regex", "value": "^\\d+$"})"_s, u"42"_s, u"42 apples"_s);
    both("starts-with", uR"({"type": "starts-with", "value": "Dear"})"_s, u"Dear Ada"_s,
         u"Hi Ada"_s);
    both("is-json", uR"({"type": "is-json"})"_s, u"[1, 2]"_s, u"[1, 2"_s);
    both("json-schema",
         uR"({"type": "json-schema", "value": {"type": "object", "required": ["id"]}})"_s,
         u"{\"id\": 1}"_s, u"{\"name\": 1}"_s);
    both("json-path", uR"({"type": "json-path", "path": "$.id", "value": 1})"_s, u"{\"id\": 1.0}"_s,
         u"{\"id\": 2}"_s);
    both("numeric", uR"({"type": "numeric", "value": 100, "relativeTolerance": 0.05})"_s,
         u"about 104"_s, u"about 106"_s);
    both("levenshtein", uR"({"type": "levenshtein", "value": "kitten", "threshold": 0.5})"_s,
         u"kitten"_s, u"sitting here"_s, {}, {}, {}, 1 - 8.0 / 12);
    QTest::addRow("max-latency, passing")
        << uR"({"type": "max-latency", "value": 1000})"_s << u"ok"_s << uR"({"latencyMs": 999})"_s
        << QString() << u"pass"_s << 1.0;
    QTest::addRow("max-latency, failing")
        << uR"({"type": "max-latency", "value": 1000})"_s << u"ok"_s << uR"({"latencyMs": 1001})"_s
        << QString() << u"fail"_s << 0.0;
    QTest::addRow("max-cost, passing") << uR"({"type": "max-cost", "value": 0.5})"_s << u"ok"_s
                                       << uR"({"costUsd": 0.5})"_s << QString() << u"pass"_s << 1.0;
    QTest::addRow("max-cost, failing")
        << uR"({"type": "max-cost", "value": 0.5})"_s << u"ok"_s << uR"({"costUsd": 0.51})"_s
        << QString() << u"fail"_s << 0.0;
    QTest::addRow("max-output-tokens, passing")
        << uR"({"type": "max-output-tokens", "value": 5})"_s << u"ok"_s
        << uR"({"outputTokens": 5})"_s << QString() << u"pass"_s << 1.0;
    QTest::addRow("max-output-tokens, failing")
        << uR"({"type": "max-output-tokens", "value": 5})"_s << u"ok"_s
        << uR"({"outputTokens": 6})"_s << QString() << u"fail"_s << 0.0;
    both(
        "llm-judge",
        uR"({"type": "llm-judge", "rubric": "Polite? Out of 10.", "provider": "p", "model": "m", "threshold": 0.7})"_s,
        u"Thank you!"_s, u"No."_s, {}, uR"({"score": 10, "reasoning": "Kind."})"_s,
        uR"({"score": 6, "reasoning": "Curt."})"_s, 0.6);
}

// Each type, passing and failing, counted by its weight beside a passing companion of weight 1,
// then reported only (weight 0): the case then passes whatever the assertion says.
void TestScoreCase::everyTypeWeighted()
{
    QFETCH(QString, assertion);
    QFETCH(QString, output);
    QFETCH(QString, context);
    QFETCH(QString, judge);
    QFETCH(QString, status);
    QFETCH(double, score);

    const QList<Assertion> companion = assertions({uR"({"type": "regex", "value": "."})"_s});
    QJsonObject json = test::object(assertion);
    CaseScore::JudgeReplies judgeReplies;
    if (!judge.isEmpty()) {
        judgeReplies.insert(1, {judge, {}});
    }
    const EvalAnswer answer = test::answer(output, {}, context);

    json.insert(u"weight"_s, 3);
    const CaseScore weighted =
        CaseScore::of(companion, {test::assertion(QString::fromUtf8(QJsonDocument(json).toJson()))},
                      answer, judgeReplies);
    QCOMPARE(weighted.outcomes.at(1).status == AssertionOutcome::Status::Pass, status == u"pass");
    QVERIFY2(test::near(weighted.outcomes.at(1).score, score),
             qPrintable(weighted.outcomes.at(1).reason));
    QCOMPARE(weighted.status, status);
    QVERIFY(test::near(*weighted.score, (3 * score + 1) / 4));
    QCOMPARE(weighted.assertions.at(1).toObject().value(u"weight").toDouble(), 3.0);

    json.insert(u"weight"_s, 0);
    const CaseScore reported =
        CaseScore::of(companion, {test::assertion(QString::fromUtf8(QJsonDocument(json).toJson()))},
                      answer, judgeReplies);
    QCOMPARE(reported.status, u"pass"_s);
    QVERIFY(test::near(*reported.score, 1));
    QCOMPARE(reported.assertions.at(1).toObject().value(u"status").toString(), status);
}

void TestScoreCase::failedReplyIsAnError()
{
    const QList<Assertion> checks = assertions(
        {uR"({"type": "contains", "values": ["x"], "negate": true})"_s,
         uR"({"type": "llm-judge", "rubric": "Good?", "provider": "p", "model": "m"})"_s});
    const EvalAnswer failed = test::answer(u"partial"_s, {}, uR"({"failure": "HTTP 500"})"_s);
    const CaseScore result = CaseScore::of(checks, {}, failed);
    QCOMPARE(result.status, u"error"_s);
    QVERIFY(!result.score);
    for (const AssertionOutcome &outcome : result.outcomes) {
        QCOMPARE(outcome.status, AssertionOutcome::Status::Error);
        QCOMPARE(outcome.reason, u"not checked: the reply failed (HTTP 500)"_s);
    }
    // Even with nothing to check, a failed reply is an error.
    QCOMPARE(CaseScore::of({}, {}, failed).status, u"error"_s);
}

void TestScoreCase::judgeReplies()
{
    const QList<Assertion> dataset = assertions(
        {uR"({"type": "contains", "values": ["Paris"]})"_s,
         uR"({"type": "llm-judge", "rubric": "Correct?", "provider": "p", "model": "m", "weight": 2})"_s});
    const QList<Assertion> own = assertions(
        {uR"({"type": "llm-judge", "rubric": "Polite? Score out of 10.", "provider": "p", "model": "m"})"_s});
    const EvalAnswer answer = test::answer(u"It is Paris."_s);

    // Indexes count the dataset's assertions first, then the case's.
    const CaseScore judged = CaseScore::of(
        dataset, own, answer,
        {{1, {uR"({"score": 0.5, "pass": true, "reasoning": "Right city, no detail."})"_s, {}}},
         {2, {u"```json\n{\"score\": 9, \"reasoning\": \"Courteous.\"}\n```"_s, {}}}});
    QCOMPARE(judged.status, u"pass"_s);
    QVERIFY(test::near(*judged.score, (1 + 2 * 0.5 + 0.9) / 4));
    QCOMPARE(judged.assertions.at(1).toObject().value(u"reasoning").toString(),
             u"Right city, no detail."_s);
    QCOMPARE(judged.assertions.at(2).toObject().value(u"scope").toString(), u"case"_s);
    QCOMPARE(judged.assertions.at(2).toObject().value(u"reason").toString(),
             u"judge score 9/10 (0.9) >= threshold 0.5"_s);

    const CaseScore unasked = CaseScore::of(dataset, own, answer, {{1, {u"{\"score\": 1}"_s, {}}}});
    QCOMPARE(unasked.status, u"error"_s);
    QCOMPARE(unasked.outcomes.at(2).reason, u"the judge was not asked"_s);
}

void TestScoreCase::assertionsJson()
{
    const QList<Assertion> dataset = assertions(
        {uR"({"type": "contains", "values": ["refund", "return"], "label": "offers a refund"})"_s});
    const QList<Assertion> own =
        assertions({uR"({"type": "regex", "value": "sorry", "negate": true, "weight": 0.5})"_s,
                    uR"({"type": "max-cost", "value": 0.01})"_s});
    const CaseScore result = CaseScore::of(dataset, own, test::answer(u"We are sorry."_s));
    const QJsonArray expected = QJsonArray {
        test::object(uR"({"type": "contains", "label": "offers a refund", "scope": "dataset",
                          "status": "fail", "pass": false, "score": 0, "weight": 1,
                          "reason": "contains none of: \"refund\", \"return\""})"_s),
        test::object(uR"({"type": "regex", "scope": "case", "status": "fail", "pass": false,
                          "score": 0, "weight": 0.5, "negate": true,
                          "reason": "negated: matches /sorry/ at \"sorry\""})"_s),
        test::object(uR"json({"type": "max-cost", "scope": "case", "status": "error", "pass": false,
                          "score": null, "weight": 1,
                          "reason": "the cost is unknown (no price for the model, or no token counts in the reply)"})json"_s),
    };
    QCOMPARE(result.assertions, expected);
    QCOMPARE(result.status, u"error"_s);

    EvalResult row;
    row.caseId = 7;
    result.applyTo(row);
    QCOMPARE(row.caseId, 7);
    QCOMPARE(row.status, u"error"_s);
    QVERIFY(!row.score);
    QCOMPARE(row.assertions, expected);
}

void TestScoreCase::storedAndReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const std::unique_ptr<Database> database =
        Database::open(dir.filePath(u"scores.sqlite"_s), error);
    QVERIFY2(database, qPrintable(error));

    const QList<Assertion> datasetAssertions =
        assertions({uR"({"type": "contains", "values": ["退款"]})"_s,
                    uR"({"type": "levenshtein", "threshold": 0.5})"_s});
    DatasetRepository datasets(*database);
    const qint64 dataset = datasets.createDataset(u"support"_s).value();
    DatasetCase stored;
    stored.variables = {{u"question"_s, u"能退款吗？"_s}};
    stored.expected = u"可以退款。"_s;
    stored.assertions = {QJsonObject {{u"type"_s, u"max-output-tokens"_s}, {u"value"_s, 50}}};
    const qint64 caseId = datasets.insertCase(dataset, stored).value();

    EvalRepository evals(*database);
    const qint64 run =
        evals
            .createEvalRun(dataset, u"nightly"_s,
                           {{u"assertions"_s, Assertion::listToJson(datasetAssertions)}})
            .value();

    // As the scorer does: the dataset's assertions, then the case's own as stored with it.
    const DatasetCase read = datasets.cases(dataset).first();
    const Result<QList<Assertion>> own = Assertion::listFromJson(read.assertions);
    QVERIFY2(own.ok(), qPrintable(own.error()));
    EvalAnswer answer;
    answer.output = u"可以，我们给您退款。"_s;
    answer.expected = read.expected;
    answer.variables = read.variables;
    answer.figures.outputTokens = 12;
    const CaseScore score = CaseScore::of(datasetAssertions, own.value(), answer);
    QCOMPARE(score.status, u"pass"_s);

    EvalResult result;
    result.caseId = caseId;
    result.providerId = u"openai"_s;
    result.model = u"gpt-4o-mini"_s;
    score.applyTo(result);
    QVERIFY(evals.recordResult(run, result));

    const QList<EvalResult> results = evals.results(run);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, u"pass"_s);
    QVERIFY(test::near(*results.first().score, *score.score));
    QCOMPARE(results.first().assertions, score.assertions);
    QCOMPARE(results.first().assertions.at(2).toObject().value(u"scope").toString(), u"case"_s);
}

QTEST_GUILESS_MAIN(TestScoreCase)
#include "tst_scorecase.moc"
