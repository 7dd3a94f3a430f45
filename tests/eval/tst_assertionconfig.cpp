#include "EvalFixtures.h"
#include "eval/Assertion.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

// Assertions to and from JSON (eval_runs.config and a case's metadata): every type reads back
// what it wrote, and each wrong field is refused with an error naming the assertion and field.
class TestAssertionConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void errors_data();
    void errors();
    void defaults();
    void oneContainsValueIsAList();
    void listNamesTheFailingAssertion();
};

void TestAssertionConfig::roundTrip_data()
{
    QTest::addColumn<QString>("json");

    QTest::newRow("equals")
        << uR"({"type": "equals", "value": "Paris", "trim": true, "ignoreCase": true})"_s;
    QTest::newRow("equals the expected output") << uR"({"type": "equals"})"_s;
    QTest::newRow("contains")
        << uR"({"type": "contains", "values": ["refund", "退款"], "match": "all", "threshold": 0.5, "ignoreCase": true})"_s;
    QTest::newRow("regex")
        << uR"({"type": "regex", "value": "^\\d+$", "negate": true, "weight": 2})"_s;
    QTest::newRow("starts-with")
        << uR"({"type": "starts-with", "value": "Dear {{name}}", "label": "greeting"})"_s;
    QTest::newRow("is-json") << uR"({"type": "is-json", "weight": 0})"_s;
    QTest::newRow("json-schema")
        << uR"({"type": "json-schema", "value": {"type": "object", "required": ["a"]}})"_s;
    QTest::newRow("json-path")
        << uR"({"type": "json-path", "path": "$.items[0].sku", "value": null})"_s;
    QTest::newRow("numeric")
        << uR"({"type": "numeric", "value": 3.14, "absoluteTolerance": 0.01, "relativeTolerance": 0.001, "extract": "whole"})"_s;
    QTest::newRow("levenshtein")
        << uR"({"type": "levenshtein", "value": "hello", "threshold": 0.9})"_s;
    QTest::newRow("max-latency")
        << uR"({"type": "max-latency", "value": 1500, "measure": "first-token"})"_s;
    QTest::newRow("max-cost") << uR"({"type": "max-cost", "value": 0.002})"_s;
    QTest::newRow("max-output-tokens") << uR"({"type": "max-output-tokens", "value": 256})"_s;
    QTest::newRow("llm-judge")
        << uR"({"type": "llm-judge", "rubric": "Is {{output}} polite?", "provider": "openai", "model": "gpt-4o-mini", "threshold": 0.7, "scale": 10})"_s;
}

void TestAssertionConfig::roundTrip()
{
    QFETCH(QString, json);
    const QJsonObject written = test::object(json);
    const Result<Assertion> read = Assertion::fromJson(written, 1);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->toJson(), written);
    const Result<Assertion> again = Assertion::fromJson(read->toJson(), 1);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), read.value());
}

void TestAssertionConfig::errors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("no type")
        << uR"({"value": "x"})"_s
        << uR"(assertion 3, "type": is missing (one of: equals, contains, regex, starts-with, is-json, json-schema, json-path, numeric, levenshtein, max-latency, max-cost, max-output-tokens, llm-judge))"_s;
    QTest::newRow("unknown type")
        << uR"({"type": "contains-any"})"_s
        << uR"(assertion 3, "type": "contains-any" is not an assertion type (known: equals, contains, regex, starts-with, is-json, json-schema, json-path, numeric, levenshtein, max-latency, max-cost, max-output-tokens, llm-judge))"_s;
    QTest::newRow("a typo in a field")
        << uR"({"type": "equals", "value": "x", "ignorecase": true})"_s
        << uR"(assertion 3, "ignorecase": is not a field of equals (its fields: type, label, weight, negate, value, trim, ignoreCase))"_s;
    QTest::newRow("threshold on an ungraded type")
        << uR"({"type": "equals", "value": "x", "threshold": 0.5})"_s
        << uR"(assertion 3, "threshold": equals scores 0 or 1; a threshold applies to contains, levenshtein and llm-judge)"_s;
    QTest::newRow("threshold above 1")
        << uR"({"type": "levenshtein", "value": "x", "threshold": 3})"_s
        << uR"(assertion 3, "threshold": must be a number between 0 and 1)"_s;
    QTest::newRow("threshold as text")
        << uR"({"type": "levenshtein", "value": "x", "threshold": "0.9"})"_s
        << uR"(assertion 3, "threshold": must be a number between 0 and 1)"_s;
    QTest::newRow("negative weight") << uR"({"type": "is-json", "weight": -1})"_s
                                     << uR"(assertion 3, "weight": must be a number, 0 or more)"_s;
    QTest::newRow("negate as text") << uR"({"type": "is-json", "negate": "yes"})"_s
                                    << uR"(assertion 3, "negate": must be true or false)"_s;
    QTest::newRow("label not a text")
        << uR"({"type": "is-json", "label": 5})"_s
        << uR"(assertion 3, "label": must be a text that is not empty)"_s;
    QTest::newRow("equals a number")
        << uR"({"type": "equals", "value": 42})"_s
        << uR"(assertion 3, "value": must be a text (leave it out to compare with the expected output))"_s;
    QTest::newRow("a broken template")
        << uR"({"type": "equals", "value": "{{#items}}x"})"_s
        << uR"(assertion 3, "value": line 1, column 1: section "items" is never closed)"_s;
    QTest::newRow("contains: empty list")
        << uR"({"type": "contains", "values": []})"_s
        << uR"(assertion 3, "values": must be a list of at least one text)"_s;
    QTest::newRow("contains: empty text")
        << uR"({"type": "contains", "values": ["a", ""]})"_s
        << uR"(assertion 3, "values": must be a list of texts that are not empty)"_s;
    QTest::newRow("contains: value and values")
        << uR"({"type": "contains", "value": "a", "values": ["b"]})"_s
        << uR"(assertion 3, "values": give either "value" (one text) or "values")"_s;
    QTest::newRow("contains: match")
        << uR"({"type": "contains", "values": ["a"], "match": "some"})"_s
        << uR"(assertion 3, "match": must be one of: "any", "all")"_s;
    QTest::newRow("regex: missing")
        << uR"({"type": "regex"})"_s << uR"(assertion 3, "value": must be a regular expression)"_s;
    QTest::newRow("regex: invalid")
        << uR"({"type": "regex", "value": "(\\d+"})"_s
        << uR"(assertion 3, "value": is not a valid regular expression: missing closing parenthesis at character 5)"_s;
    QTest::newRow("is-json takes no value")
        << uR"({"type": "is-json", "value": true})"_s
        << uR"(assertion 3, "value": is not a field of is-json (its fields: type, label, weight, negate))"_s;
    QTest::newRow("json-schema: missing")
        << uR"({"type": "json-schema"})"_s
        << uR"(assertion 3, "value": must be a JSON Schema (an object))"_s;
    QTest::newRow("json-schema: bad keyword value")
        << uR"({"type": "json-schema", "value": {"properties": {"age": {"minimum": "0"}}}})"_s
        << uR"(assertion 3, "value": /properties/age/minimum: must be a number)"_s;
    QTest::newRow("json-schema: bad pattern")
        << uR"({"type": "json-schema", "value": {"pattern": "[a-"}})"_s
        << uR"(assertion 3, "value": /pattern: missing terminating ] for character class at character 4)"_s;
    QTest::newRow("json-path: missing")
        << uR"({"type": "json-path", "value": 1})"_s
        << uR"(assertion 3, "path": must be a text that is not empty)"_s;
    QTest::newRow("json-path: invalid")
        << uR"({"type": "json-path", "path": "$.items[*]", "value": 1})"_s
        << uR"(assertion 3, "path": at character 9: expected an index or a quoted name after "[")"_s;
    QTest::newRow("numeric: not a number")
        << uR"({"type": "numeric", "value": "about ten"})"_s
        << uR"(assertion 3, "value": must be a number (leave it out to compare with the expected output))"_s;
    QTest::newRow("numeric: negative tolerance")
        << uR"({"type": "numeric", "value": 1, "absoluteTolerance": -0.1})"_s
        << uR"(assertion 3, "absoluteTolerance": must be a number, 0 or more)"_s;
    QTest::newRow("numeric: extract")
        << uR"({"type": "numeric", "value": 1, "extract": "last"})"_s
        << uR"(assertion 3, "extract": must be one of: "first", "whole")"_s;
    QTest::newRow("max-latency: missing")
        << uR"({"type": "max-latency"})"_s
        << uR"(assertion 3, "value": must be a number of milliseconds, more than 0)"_s;
    QTest::newRow("max-latency: measure")
        << uR"({"type": "max-latency", "value": 10, "measure": "ttft"})"_s
        << uR"(assertion 3, "measure": must be one of: "total", "first-token")"_s;
    QTest::newRow("max-cost: negative")
        << uR"({"type": "max-cost", "value": -1})"_s
        << uR"(assertion 3, "value": must be a number of US dollars, 0 or more)"_s;
    QTest::newRow("max-output-tokens: fraction")
        << uR"({"type": "max-output-tokens", "value": 10.5})"_s
        << uR"(assertion 3, "value": must be a whole number of tokens, 0 or more)"_s;
    QTest::newRow("llm-judge: no rubric")
        << uR"({"type": "llm-judge", "provider": "openai", "model": "m"})"_s
        << uR"(assertion 3, "rubric": must be a text that is not empty)"_s;
    QTest::newRow("llm-judge: broken rubric")
        << uR"({"type": "llm-judge", "rubric": "Grade {{output", "provider": "openai", "model": "m"})"_s
        << uR"(assertion 3, "rubric": line 1, column 7: tag "{{output" is never closed: "}}" is missing)"_s;
    QTest::newRow("llm-judge: no provider")
        << uR"({"type": "llm-judge", "rubric": "Polite?", "model": "m"})"_s
        << uR"(assertion 3, "provider": must be a text that is not empty)"_s;
    QTest::newRow("llm-judge: no model")
        << uR"({"type": "llm-judge", "rubric": "Polite?", "provider": "openai"})"_s
        << uR"(assertion 3, "model": must be a text that is not empty)"_s;
    QTest::newRow("llm-judge: scale")
        << uR"({"type": "llm-judge", "rubric": "Polite?", "provider": "openai", "model": "m", "scale": 7})"_s
        << uR"(assertion 3, "scale": must be 1, 5, 10 or 100 (the judge's highest score))"_s;
}

void TestAssertionConfig::errors()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    const Result<Assertion> read = Assertion::fromJson(test::object(json), 3);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), error);
}

void TestAssertionConfig::defaults()
{
    const Assertion levenshtein = test::assertion(uR"({"type": "levenshtein"})"_s);
    QCOMPARE(levenshtein.weight, 1.0);
    QVERIFY(!levenshtein.negate);
    QVERIFY(levenshtein.value.isUndefined());
    QCOMPARE(levenshtein.effectiveThreshold(), 0.8);
    QCOMPARE(test::assertion(uR"({"type": "contains", "values": ["a"], "match": "all"})"_s)
                 .effectiveThreshold(),
             1.0);
    QCOMPARE(
        test::assertion(uR"({"type": "llm-judge", "rubric": "r", "provider": "p", "model": "m"})"_s)
            .effectiveThreshold(),
        0.5);
    QCOMPARE(Assertion().toJson(), test::object(uR"({"type": "equals"})"_s));
    QVERIFY(!Assertion::fromJson(u"equals"_s, 1).ok());
    QCOMPARE(Assertion::fromJson(u"equals"_s, 1).error(),
             uR"(assertion 1: must be an object with a "type")"_s);
}

void TestAssertionConfig::oneContainsValueIsAList()
{
    const Assertion one = test::assertion(uR"({"type": "contains", "value": "refund"})"_s);
    QCOMPARE(one.values, QStringList {u"refund"_s});
    QVERIFY(one.value.isUndefined());
    QCOMPARE(one.toJson(), test::object(uR"({"type": "contains", "values": ["refund"]})"_s));
}

void TestAssertionConfig::listNamesTheFailingAssertion()
{
    const QJsonArray list {test::object(uR"({"type": "is-json"})"_s),
                           test::object(uR"({"type": "equals", "value": "x"})"_s),
                           test::object(uR"({"type": "levenshtein", "threshold": 2})"_s)};
    const Result<QList<Assertion>> read = Assertion::listFromJson(list);
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), uR"(assertion 3, "threshold": must be a number between 0 and 1)"_s);

    const Result<QList<Assertion>> good =
        Assertion::listFromJson(QJsonArray {list.at(0), list.at(1)});
    QVERIFY(good.ok());
    QCOMPARE(good->size(), 2);
    QCOMPARE(Assertion::listToJson(good.value()), (QJsonArray {list.at(0), list.at(1)}));
}

QTEST_GUILESS_MAIN(TestAssertionConfig)
#include "tst_assertionconfig.moc"
