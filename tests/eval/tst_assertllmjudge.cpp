#include "EvalFixtures.h"
#include "eval/LlmJudge.h"
#include "prompts/PromptParameters.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

Assertion judge(const QString &extra = {})
{
    QString json =
        uR"({"type": "llm-judge", "provider": "openai", "model": "gpt-4o-mini", "rubric": "Is the reply polite? Reply: {{output}}")"_s;
    if (!extra.isEmpty()) {
        json += u", "_s + extra;
    }
    return test::assertion(json + u'}');
}

} // namespace

// LLM-as-judge without a network: the judge's request (messages, model, JSON mode) and the
// verdict read from its reply — plain, fenced, on a 10 or 5 scale, or not a verdict at all.
class TestAssertLlmJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void request();
    void rubricSeesTheCase();
    void outputIsAppendedWhenTheRubricOmitsIt();
    void brokenRubric();
    void scale_data();
    void scale();
    void outcome_data();
    void outcome();
    void judgeFailure();
    void negated();
};

void TestAssertLlmJudge::request()
{
    const Result<ChatRequest> request = LlmJudge::request(judge(), test::answer(u"Thank you!"_s));
    QVERIFY2(request.ok(), qPrintable(request.error()));
    QCOMPARE(request->model, u"gpt-4o-mini"_s);
    QCOMPARE(request->messages.size(), 2);
    QCOMPARE(request->messages.at(0).role, ChatMessage::Role::System);
    const QString system = request->messages.at(0).content;
    QVERIFY2(system.contains(
                 uR"({"score": <a number from 0 to 1>, "pass": <true or false>, "reasoning": )"_s),
             qPrintable(system));
    QVERIFY(system.contains(u"one JSON object and nothing else"_s));
    QCOMPARE(request->messages.at(1).role, ChatMessage::Role::User);
    QCOMPARE(request->messages.at(1).content, u"Is the reply polite? Reply: Thank you!"_s);
    QCOMPARE(request->temperature, std::optional<double>(0));
    QVERIFY(request->jsonMode);
    QVERIFY(request->jsonSchema.isEmpty());
    // As the prompt parameters say it, so every wire format sends it.
    QCOMPARE(PromptParameters::fromRequest(request.value()).value(u"response_format"),
             QJsonValue(u"json_object"_s));
}

void TestAssertLlmJudge::rubricSeesTheCase()
{
    const Assertion assertion = test::assertion(
        uR"({"type": "llm-judge", "provider": "p", "model": "m", "rubric": "Question: {{input}}\nExpected: {{expected}}\nAnswer: {{output}}\nCustomer: {{customer}}\n{{#vip}}Be strict.{{/vip}}"})"_s);
    const EvalAnswer answer = test::answer(
        u"Paris."_s, u"Paris"_s,
        uR"({"input": "What is the capital of France?", "variables": {"customer": "李雷", "vip": true, "output": "not this"}})"_s);
    const Result<ChatRequest> request = LlmJudge::request(assertion, answer);
    QVERIFY(request.ok());
    QCOMPARE(request->messages.at(1).content,
             u"Question: What is the capital of France?\nExpected: Paris\nAnswer: Paris.\n"
             u"Customer: 李雷\nBe strict."_s);

    // A variable named "input" is the dataset's input column: it wins over the rendered prompt.
    const EvalAnswer withInput = test::answer(
        u"Paris."_s, {}, uR"({"input": "the whole prompt", "variables": {"input": "France?"}})"_s);
    QCOMPARE(
        LlmJudge::request(
            test::assertion(
                uR"({"type": "llm-judge", "provider": "p", "model": "m", "rubric": "Q: {{input}} A: {{output}}"})"_s),
            withInput)
            ->messages.at(1)
            .content,
        u"Q: France? A: Paris."_s);
}

void TestAssertLlmJudge::outputIsAppendedWhenTheRubricOmitsIt()
{
    const Assertion assertion = test::assertion(
        uR"({"type": "llm-judge", "provider": "p", "model": "m", "rubric": "Is it polite?"})"_s);
    const Result<ChatRequest> request = LlmJudge::request(assertion, test::answer(u"Go away."_s));
    QVERIFY(request.ok());
    QCOMPARE(request->messages.at(1).content, u"Is it polite?\n\n<output>\nGo away.\n</output>"_s);
}

void TestAssertLlmJudge::brokenRubric()
{
    Assertion assertion = judge();
    assertion.rubric = u"{{#open}}never closed"_s; // fromJson refuses it; built in code here
    const Result<ChatRequest> request = LlmJudge::request(assertion, test::answer(u"x"_s));
    QVERIFY(!request.ok());
    QVERIFY2(request.error().startsWith(u"the rubric cannot be rendered: "),
             qPrintable(request.error()));
}

void TestAssertLlmJudge::scale_data()
{
    QTest::addColumn<QString>("rubric");
    QTest::addColumn<QString>("scale"); // the assertion's "scale" field, or empty
    QTest::addColumn<int>("expected");

    QTest::newRow("none said") << u"Is it polite?"_s << QString() << 1;
    QTest::newRow("out of 10") << u"Rate the politeness out of 10."_s << QString() << 10;
    QTest::newRow("1-5") << u"Score it 1-5."_s << QString() << 5;
    QTest::newRow("0 to 100") << u"Give a score from 0 to 100."_s << QString() << 100;
    QTest::newRow("x/10") << u"Score: x/10"_s << QString() << 10;
    QTest::newRow("1–5 with an en dash") << u"On a 1–5 scale"_s << QString() << 5;
    QTest::newRow("the field wins") << u"Rate it out of 10."_s << u"5"_s << 5;
    QTest::newRow("a number that is no scale") << u"Answer in 10 words."_s << QString() << 1;
}

void TestAssertLlmJudge::scale()
{
    QFETCH(QString, rubric);
    QFETCH(QString, scale);
    QFETCH(int, expected);
    Assertion assertion = judge();
    assertion.rubric = rubric;
    if (!scale.isEmpty()) {
        assertion.scale = scale.toInt();
    }
    QCOMPARE(LlmJudge::scaleOf(assertion), expected);
    const QString system =
        LlmJudge::request(assertion, test::answer(u"x"_s))->messages.at(0).content;
    QVERIFY2(system.contains(expected == 1 ? u"a number from 0 to 1>"_s
                                           : u"a number from 0 to %1>"_s.arg(expected)),
             qPrintable(system));
}

void TestAssertLlmJudge::outcome_data()
{
    QTest::addColumn<QString>("extra"); // fields added to the assertion
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("reasoning");

    QTest::newRow("pass")
        << QString() << uR"({"score": 0.9, "pass": true, "reasoning": "Warm and courteous."})"_s
        << u"pass"_s << 0.9 << u"judge score 0.9 >= threshold 0.5"_s << u"Warm and courteous."_s;
    QTest::newRow("fail") << QString()
                          << uR"({"score": 0.2, "pass": false, "reasoning": "Curt."})"_s
                          << u"fail"_s << 0.2 << u"judge score 0.2 < threshold 0.5"_s << u"Curt."_s;
    QTest::newRow("the threshold decides")
        << uR"("threshold": 0.8)"_s << uR"({"score": 0.7, "pass": true, "reasoning": "Fine."})"_s
        << u"fail"_s << 0.7 << u"judge score 0.7 < threshold 0.8 (the judge said pass)"_s
        << u"Fine."_s;
    QTest::newRow("fenced")
        << QString()
        << u"```json\n{\"score\": 1, \"pass\": true, \"reasoning\": \"Perfect.\"}\n```"_s
        << u"pass"_s << 1.0 << u"judge score 1 >= threshold 0.5"_s << u"Perfect."_s;
    QTest::newRow("fenced after prose")
        << QString()
        << u"Here is my verdict:\n```json\n{\"score\": 0.6, \"reasoning\": \"OK.\"}\n```\nThanks."_s
        << u"pass"_s << 0.6 << u"judge score 0.6 >= threshold 0.5"_s << u"OK."_s;
    QTest::newRow("an object inside prose")
        << QString() << uR"(Verdict: {"score": 0.4, "reason": "Too short."} — done)"_s << u"fail"_s
        << 0.4 << u"judge score 0.4 < threshold 0.5"_s << u"Too short."_s;
    QTest::newRow("out of 10 as the rubric says")
        << uR"("rubric": "Rate the politeness of {{output}} out of 10.", "threshold": 0.7)"_s
        << uR"({"score": 8, "pass": true, "reasoning": "Polite."})"_s << u"pass"_s << 0.8
        << u"judge score 8/10 (0.8) >= threshold 0.7"_s << u"Polite."_s;
    QTest::newRow("out of 5 by the field")
        << uR"("scale": 5)"_s << uR"({"score": 2, "pass": false, "explanation": "Rude."})"_s
        << u"fail"_s << 0.4 << u"judge score 2/5 (0.4) < threshold 0.5"_s << u"Rude."_s;
    QTest::newRow("a score written 8/10")
        << QString() << uR"({"score": "8/10", "reasoning": "Good."})"_s << u"pass"_s << 0.8
        << u"judge score 0.8 >= threshold 0.5"_s << u"Good."_s;
    QTest::newRow("a score as text") << QString() << uR"({"score": "0.75"})"_s << u"pass"_s << 0.75
                                     << u"judge score 0.75 >= threshold 0.5"_s << QString();
    QTest::newRow("pass alone") << QString() << uR"({"pass": false, "reasoning": "No."})"_s
                                << u"fail"_s << 0.0 << u"judge score 0 < threshold 0.5"_s
                                << u"No."_s;
    QTest::newRow("out of 10 when 1 was asked")
        << QString() << uR"({"score": 8, "reasoning": "Polite."})"_s << u"error"_s << 0.0
        << u"the judge's score 8 is outside 0 to 1"_s
        << uR"({"score": 8, "reasoning": "Polite."})"_s;
    QTest::newRow("negative score")
        << QString() << uR"({"score": -1})"_s << u"error"_s << 0.0
        << u"the judge's score -1 is outside 0 to 1"_s << uR"({"score": -1})"_s;
    QTest::newRow("garbage")
        << QString() << u"I think it is quite polite, 9/10."_s << u"error"_s << 0.0
        << u"the judge's reply is not a verdict (a JSON object with a \"score\")"_s
        << u"I think it is quite polite, 9/10."_s;
    QTest::newRow("an object with no score")
        << QString() << uR"({"verdict": "polite"})"_s << u"error"_s << 0.0
        << u"the judge's reply is not a verdict (a JSON object with a \"score\")"_s
        << uR"({"verdict": "polite"})"_s;
    QTest::newRow("a score that is no number")
        << QString() << uR"({"score": "high", "pass": true})"_s << u"error"_s << 0.0
        << u"the judge's reply is not a verdict (a JSON object with a \"score\")"_s
        << uR"({"score": "high", "pass": true})"_s;
    QTest::newRow("empty reply")
        << QString() << QString() << u"error"_s << 0.0
        << u"the judge's reply is not a verdict (a JSON object with a \"score\")"_s << QString();
}

void TestAssertLlmJudge::outcome()
{
    QFETCH(QString, extra);
    QFETCH(QString, reply);
    QFETCH(QString, status);
    QFETCH(double, score);
    QFETCH(QString, reason);
    QFETCH(QString, reasoning);

    Assertion assertion = judge();
    if (!extra.isEmpty()) {
        QJsonObject json = assertion.toJson();
        const QJsonObject more = test::object(u'{' + extra + u'}');
        for (auto it = more.begin(); it != more.end(); ++it) {
            json.insert(it.key(), it.value());
        }
        assertion = test::assertion(QString::fromUtf8(QJsonDocument(json).toJson()));
    }
    const AssertionOutcome outcome = LlmJudge::outcome(assertion, {reply, {}});
    QCOMPARE(AssertionOutcome::statusName(outcome.status), status);
    QVERIFY2(test::near(outcome.score, score), qPrintable(QString::number(outcome.score)));
    QCOMPARE(outcome.reason, reason);
    QCOMPARE(outcome.reasoning, reasoning);
    // The reasoning is kept in eval_results.assertions.
    QCOMPARE(outcome.toJson(assertion, u"dataset"_s).value(u"reasoning").toString(), reasoning);
}

void TestAssertLlmJudge::judgeFailure()
{
    const AssertionOutcome outcome =
        LlmJudge::outcome(judge(), {u"partial"_s, u"HTTP 429: rate limited"_s});
    QCOMPARE(outcome.status, AssertionOutcome::Status::Error);
    QCOMPARE(outcome.reason, u"the judge failed: HTTP 429: rate limited"_s);
    QCOMPARE(outcome.reasoning, u"partial"_s);
}

void TestAssertLlmJudge::negated()
{
    const Assertion assertion = judge(uR"("negate": true)"_s);
    const AssertionOutcome rude = LlmJudge::outcome(assertion, {uR"({"score": 0.1})"_s, {}});
    QCOMPARE(rude.status, AssertionOutcome::Status::Pass);
    QVERIFY(test::near(rude.score, 0.9));
    QCOMPARE(rude.reason, u"negated: judge score 0.1 < threshold 0.5"_s);
    const AssertionOutcome garbage = LlmJudge::outcome(assertion, {u"no idea"_s, {}});
    QCOMPARE(garbage.status, AssertionOutcome::Status::Error); // errors are not inverted
}

QTEST_GUILESS_MAIN(TestAssertLlmJudge)
#include "tst_assertllmjudge.moc"
