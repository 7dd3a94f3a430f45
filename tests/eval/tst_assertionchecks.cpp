#include "EvalFixtures.h"
#include "eval/AssertionEvaluator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

const QString kNone; // a null QString: the case has no expected output
const QString kNoExpected = u"no value to compare with, and the case has no expected output"_s;

} // namespace

// Every assertion type but llm-judge (tst_assertllmjudge), each passing and failing, with its
// options, negation and thresholds. The reason is compared whole — it is what a person reads
// in the results view — or up to a final "*" where it quotes Qt's own parser messages.
class TestAssertionChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void failedReplyIsNotChecked();
    void llmJudgeNeedsTheJudge();
    void invalidPatternOrPathIsAnError();
    void scoreShowsEnoughDigits();
};

void TestAssertionChecks::evaluate_data()
{
    QTest::addColumn<QString>("assertion");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("status");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("reason");

    const QString paris = uR"({"type": "equals", "value": "Paris"})"_s;
    QTest::newRow("equals") << paris << u"Paris"_s << kNone << QString() << u"pass"_s << 1.0
                            << uR"(equals "Paris")"_s;
    QTest::newRow("equals: other text") << paris << u"Lyon"_s << kNone << QString() << u"fail"_s
                                        << 0.0 << uR"(is "Lyon", expected "Paris")"_s;
    QTest::newRow("equals: exact, a line break counts")
        << paris << u"Paris\n"_s << kNone << QString() << u"fail"_s << 0.0
        << uR"(is "Paris\n", expected "Paris")"_s;
    QTest::newRow("equals: trim") << uR"({"type": "equals", "value": "Paris", "trim": true})"_s
                                  << u"  Paris\n"_s << kNone << QString() << u"pass"_s << 1.0
                                  << uR"(equals "Paris" (trimmed))"_s;
    QTest::newRow("equals: ignoreCase")
        << uR"({"type": "equals", "value": "Paris", "ignoreCase": true})"_s << u"PARIS"_s << kNone
        << QString() << u"pass"_s << 1.0 << uR"(equals "Paris" (ignoring case))"_s;
    QTest::newRow("equals: case matters by default")
        << paris << u"PARIS"_s << kNone << QString() << u"fail"_s << 0.0
        << uR"(is "PARIS", expected "Paris")"_s;
    QTest::newRow("equals: the expected output")
        << uR"({"type": "equals"})"_s << u"42"_s << u"42"_s << QString() << u"pass"_s << 1.0
        << uR"(equals "42")"_s;
    QTest::newRow("equals: the expected output, failing")
        << uR"({"type": "equals"})"_s << u"41"_s << u"42"_s << QString() << u"fail"_s << 0.0
        << uR"(is "41", expected "42")"_s;
    QTest::newRow("equals: no expected output") << uR"({"type": "equals"})"_s << u"42"_s << kNone
                                                << QString() << u"error"_s << 0.0 << kNoExpected;
    QTest::newRow("equals: a variable")
        << uR"({"type": "equals", "value": "{{city}}"})"_s << u"Paris"_s << kNone
        << uR"({"variables": {"city": "Paris"}})"_s << u"pass"_s << 1.0 << uR"(equals "Paris")"_s;
    QTest::newRow("equals: {{expected}} in a text")
        << uR"({"type": "equals", "value": "The answer is {{expected}}."})"_s
        << u"The answer is 42."_s << u"42"_s << QString() << u"pass"_s << 1.0
        << uR"(equals "The answer is 42.")"_s;
    QTest::newRow("equals: long texts say where they differ")
        << uR"({"type": "equals", "value": "The quick brown fox jumps over the lazy dog and keeps running far away"})"_s
        << u"The quick brown fox jumps over the lazy cat and keeps running far away"_s << kNone
        << QString() << u"fail"_s << 0.0
        << uR"(differs at character 41: "… the lazy cat and keeps running far awa…", expected "… the lazy dog and keeps running far awa…")"_s;
    QTest::newRow("equals: negated, passing")
        << uR"({"type": "equals", "value": "Paris", "negate": true})"_s << u"Lyon"_s << kNone
        << QString() << u"pass"_s << 1.0 << uR"(negated: is "Lyon", expected "Paris")"_s;
    QTest::newRow("equals: negated, failing")
        << uR"({"type": "equals", "value": "Paris", "negate": true})"_s << u"Paris"_s << kNone
        << QString() << u"fail"_s << 0.0 << uR"(negated: equals "Paris")"_s;

    const QString refund = uR"({"type": "contains", "values": ["refund", "return"]})"_s;
    QTest::newRow("contains: any") << refund << u"You can return it within 30 days."_s << kNone
                                   << QString() << u"pass"_s << 1.0 << uR"(contains "return")"_s;
    QTest::newRow("contains: none") << refund << u"Sorry, no."_s << kNone << QString() << u"fail"_s
                                    << 0.0 << uR"(contains none of: "refund", "return")"_s;
    QTest::newRow("contains: one value")
        << uR"({"type": "contains", "value": "refund"})"_s << u"Sorry, no."_s << kNone << QString()
        << u"fail"_s << 0.0 << uR"(does not contain "refund")"_s;
    QTest::newRow("contains: case matters by default")
        << refund << u"REFUND approved"_s << kNone << QString() << u"fail"_s << 0.0
        << uR"(contains none of: "refund", "return")"_s;
    QTest::newRow("contains: ignoreCase")
        << uR"({"type": "contains", "values": ["refund", "return"], "ignoreCase": true})"_s
        << u"REFUND approved"_s << kNone << QString() << u"pass"_s << 1.0
        << uR"(contains "refund" (ignoring case))"_s;
    const QString fruit =
        uR"({"type": "contains", "values": ["apple", "banana"], "match": "all"})"_s;
    QTest::newRow("contains: all")
        << fruit << u"An apple and a banana."_s << kNone << QString() << u"pass"_s << 1.0
        << uR"(contains all of: "apple", "banana")"_s;
    QTest::newRow("contains: all, one missing")
        << fruit << u"An apple."_s << kNone << QString() << u"fail"_s << 0.5
        << uR"(contains 1 of 2, not: "banana")"_s;
    QTest::newRow("contains: all, threshold reached")
        << uR"({"type": "contains", "values": ["apple", "banana"], "match": "all", "threshold": 0.5})"_s
        << u"An apple."_s << kNone << QString() << u"pass"_s << 0.5
        << uR"(contains 1 of 2, not: "banana" (0.5 of the texts, threshold 0.5))"_s;
    QTest::newRow("contains: all, threshold missed")
        << uR"({"type": "contains", "values": ["apple", "banana", "cherry"], "match": "all", "threshold": 0.5})"_s
        << u"An apple."_s << kNone << QString() << u"fail"_s << 1.0 / 3
        << uR"(contains 1 of 3, not: "banana", "cherry" (0.33 of the texts, threshold 0.5))"_s;
    QTest::newRow("contains: CJK")
        << uR"({"type": "contains", "values": ["退款"]})"_s << u"我们可以为您办理退款。"_s << kNone
        << QString() << u"pass"_s << 1.0 << uR"(contains "退款")"_s;
    QTest::newRow("contains: CJK, missing")
        << uR"({"type": "contains", "values": ["退货", "退款"], "match": "all"})"_s
        << u"我们可以为您办理退款。"_s << kNone << QString() << u"fail"_s << 0.5
        << uR"(contains 1 of 2, not: "退货")"_s;
    QTest::newRow("contains: the expected output")
        << uR"({"type": "contains"})"_s << u"The answer is 42."_s << u"42"_s << QString()
        << u"pass"_s << 1.0 << uR"(contains "42")"_s;
    QTest::newRow("contains: a variable")
        << uR"({"type": "contains", "values": ["{{name}}"]})"_s << u"Hello, Ada!"_s << kNone
        << uR"({"variables": {"name": "Ada"}})"_s << u"pass"_s << 1.0 << uR"(contains "Ada")"_s;
    QTest::newRow("contains: negated, passing")
        << uR"({"type": "contains", "values": ["sorry"], "negate": true})"_s << u"Sure!"_s << kNone
        << QString() << u"pass"_s << 1.0 << uR"(negated: does not contain "sorry")"_s;
    QTest::newRow("contains: negated, failing")
        << uR"({"type": "contains", "values": ["sorry"], "negate": true})"_s << u"I'm sorry."_s
        << kNone << QString() << u"fail"_s << 0.0 << uR"(negated: contains "sorry")"_s;
    QTest::newRow("contains: negated all, half found")
        << uR"({"type": "contains", "values": ["apple", "banana"], "match": "all", "negate": true})"_s
        << u"An apple."_s << kNone << QString() << u"pass"_s << 0.5
        << uR"(negated: contains 1 of 2, not: "banana")"_s;

    const QString date = uR"({"type": "regex", "value": "^\\d{4}-\\d{2}-\\d{2}$"})"_s;
    QTest::newRow("regex") << date << u"2024-05-01"_s << kNone << QString() << u"pass"_s << 1.0
                           << uR"(matches /^\d{4}-\d{2}-\d{2}$/ at "2024-05-01")"_s;
    QTest::newRow("regex: no match") << date << u"May 1st"_s << kNone << QString() << u"fail"_s
                                     << 0.0 << uR"(does not match /^\d{4}-\d{2}-\d{2}$/)"_s;
    QTest::newRow("regex: found anywhere")
        << uR"({"type": "regex", "value": "order #\\d+"})"_s << u"Your order #123 shipped."_s
        << kNone << QString() << u"pass"_s << 1.0 << uR"(matches /order #\d+/ at "order #123")"_s;
    QTest::newRow("regex: ignoreCase")
        << uR"({"type": "regex", "value": "hello", "ignoreCase": true})"_s << u"HELLO there"_s
        << kNone << QString() << u"pass"_s << 1.0
        << uR"(matches /hello/ at "HELLO" (ignoring case))"_s;
    QTest::newRow("regex: Han script")
        << uR"({"type": "regex", "value": "\\p{Han}+"})"_s << u"answer: 你好"_s << kNone
        << QString() << u"pass"_s << 1.0 << uR"(matches /\p{Han}+/ at "你好")"_s;
    QTest::newRow("regex: negated")
        << uR"({"type": "regex", "value": "(?i)as an ai", "negate": true})"_s
        << u"As an AI, I cannot."_s << kNone << QString() << u"fail"_s << 0.0
        << uR"(negated: matches /(?i)as an ai/ at "As an AI")"_s;

    const QString dear = uR"({"type": "starts-with", "value": "Dear"})"_s;
    QTest::newRow("starts-with") << dear << u"Dear customer,"_s << kNone << QString() << u"pass"_s
                                 << 1.0 << uR"(starts with "Dear")"_s;
    QTest::newRow("starts-with: other start")
        << dear << u"Hello customer, we are sorry"_s << kNone << QString() << u"fail"_s << 0.0
        << uR"(starts with "Hello customer", expected "Dear")"_s;
    QTest::newRow("starts-with: leading blank line")
        << dear << u"\nDear customer,"_s << kNone << QString() << u"fail"_s << 0.0
        << uR"(starts with "\nDear customer", expected "Dear")"_s;
    QTest::newRow("starts-with: trim")
        << uR"({"type": "starts-with", "value": "Dear", "trim": true})"_s << u"\n  Dear customer,"_s
        << kNone << QString() << u"pass"_s << 1.0 << uR"(starts with "Dear" (trimmed))"_s;
    QTest::newRow("starts-with: ignoreCase")
        << uR"({"type": "starts-with", "value": "dear", "ignoreCase": true})"_s
        << u"DEAR customer"_s << kNone << QString() << u"pass"_s << 1.0
        << uR"(starts with "dear" (ignoring case))"_s;
    QTest::newRow("starts-with: negated")
        << uR"({"type": "starts-with", "value": "As an AI", "negate": true})"_s
        << u"Sure, here it is."_s << kNone << QString() << u"pass"_s << 1.0
        << uR"(negated: starts with "Sure, here it is.", expected "As an AI")"_s;
    QTest::newRow("starts-with: the expected output")
        << uR"({"type": "starts-with"})"_s << u"Yes, because…"_s << u"Yes"_s << QString()
        << u"pass"_s << 1.0 << uR"(starts with "Yes")"_s;

    const QString isJson = uR"({"type": "is-json"})"_s;
    QTest::newRow("is-json: object") << isJson << u"{\"a\": [1, 2]}"_s << kNone << QString()
                                     << u"pass"_s << 1.0 << u"is JSON (an object)"_s;
    QTest::newRow("is-json: surrounding whitespace")
        << isJson << u"\n  [1, 2]\n"_s << kNone << QString() << u"pass"_s << 1.0
        << u"is JSON (an array)"_s;
    QTest::newRow("is-json: a number is JSON")
        << isJson << u"42"_s << kNone << QString() << u"pass"_s << 1.0 << u"is JSON (a number)"_s;
    QTest::newRow("is-json: fenced")
        << isJson << u"```json\n{\"a\": 1}\n```"_s << kNone << QString() << u"pass"_s << 1.0
        << u"is JSON (an object, in a ``` fence)"_s;
    QTest::newRow("is-json: fenced, no language")
        << isJson << u"\n```\n[true]\n```\n"_s << kNone << QString() << u"pass"_s << 1.0
        << u"is JSON (an array, in a ``` fence)"_s;
    QTest::newRow("is-json: prose around the fence")
        << isJson << u"Here it is:\n```json\n{\"a\": 1}\n```"_s << kNone << QString() << u"fail"_s
        << 0.0 << u"not JSON: *"_s;
    QTest::newRow("is-json: a fence of another language")
        << isJson << u"```python\n{\"a\": 1}\n```"_s << kNone << QString() << u"fail"_s << 0.0
        << u"not JSON: *"_s;
    QTest::newRow("is-json: cut short")
        << isJson << u"{\"a\": 1"_s << kNone << QString() << u"fail"_s << 0.0 << u"not JSON: *"_s;
    QTest::newRow("is-json: two values") << isJson << u"1, 2"_s << kNone << QString() << u"fail"_s
                                         << 0.0 << u"not JSON: more than one value"_s;
    QTest::newRow("is-json: empty") << isJson << u"  "_s << kNone << QString() << u"fail"_s << 0.0
                                    << u"not JSON: the answer is empty"_s;
    QTest::newRow("is-json: prose") << isJson << u"Sure! Here you go."_s << kNone << QString()
                                    << u"fail"_s << 0.0 << u"not JSON: * at character 1"_s;
    QTest::newRow("is-json: negated")
        << uR"({"type": "is-json", "negate": true})"_s << u"plain words"_s << kNone << QString()
        << u"pass"_s << 1.0 << u"negated: not JSON: *"_s;

    const QString person =
        uR"({"type": "json-schema", "value": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}}}})"_s;
    QTest::newRow("json-schema") << person << u"{\"name\": \"Ada\", \"age\": 36}"_s << kNone
                                 << QString() << u"pass"_s << 1.0 << u"matches the schema"_s;
    QTest::newRow("json-schema: fenced")
        << person << u"```json\n{\"name\": \"Ada\"}\n```"_s << kNone << QString() << u"pass"_s
        << 1.0 << u"matches the schema"_s;
    QTest::newRow("json-schema: violations")
        << person << u"{\"name\": 5, \"age\": -1}"_s << kNone << QString() << u"fail"_s << 0.0
        << u"/age: must be at least 0, is -1; /name: must be of type string, is an integer"_s;
    QTest::newRow("json-schema: missing key")
        << person << u"{}"_s << kNone << QString() << u"fail"_s << 0.0
        << u"(root): must have \"name\" (required)"_s;
    QTest::newRow("json-schema: not JSON")
        << person << u"name: Ada"_s << kNone << QString() << u"fail"_s << 0.0 << u"not JSON: *"_s;
    QTest::newRow("json-schema: more than three violations")
        << uR"({"type": "json-schema", "value": {"items": {"type": "string"}}})"_s
        << u"[1, 2, 3, 4, 5]"_s << kNone << QString() << u"fail"_s << 0.0
        << u"/0: must be of type string, is an integer; /1: must be of type string, is an "
           u"integer; /2: must be of type string, is an integer (and 2 more)"_s;
    QTest::newRow("json-schema: unchecked keywords are said")
        << uR"({"type": "json-schema", "value": {"type": "object", "oneOf": [{"required": ["a"]}, {"required": ["b"]}]}})"_s
        << u"{}"_s << kNone << QString() << u"pass"_s << 1.0
        << u"matches the schema; not checked: oneOf"_s;
    QTest::newRow("json-schema: negated")
        << uR"({"type": "json-schema", "value": {"type": "array"}, "negate": true})"_s << u"{}"_s
        << kNone << QString() << u"pass"_s << 1.0
        << u"negated: (root): must be of type array, is an object"_s;

    const QString sku = uR"({"type": "json-path", "path": "$.items[0].sku", "value": "B-2"})"_s;
    QTest::newRow("json-path") << sku << u"{\"items\": [{\"sku\": \"B-2\"}]}"_s << kNone
                               << QString() << u"pass"_s << 1.0 << uR"($.items[0].sku is "B-2")"_s;
    QTest::newRow("json-path: other value")
        << sku << u"{\"items\": [{\"sku\": \"A-1\"}]}"_s << kNone << QString() << u"fail"_s << 0.0
        << uR"($.items[0].sku is "A-1", expected "B-2")"_s;
    QTest::newRow("json-path: negated")
        << uR"({"type": "json-path", "path": "$.status", "value": "error", "negate": true})"_s
        << u"{\"status\": \"error\"}"_s << kNone << QString() << u"fail"_s << 0.0
        << uR"(negated: $.status is "error")"_s;
    QTest::newRow("json-path: not there")
        << sku << u"{\"items\": []}"_s << kNone << QString() << u"fail"_s << 0.0
        << u"$.items has no element [0] (its length is 0)"_s;
    QTest::newRow("json-path: not JSON")
        << sku << u"sku B-2"_s << kNone << QString() << u"fail"_s << 0.0 << u"not JSON: *"_s;
    QTest::newRow("json-path: numbers compared as numbers")
        << uR"({"type": "json-path", "path": "$.total", "value": 12})"_s << u"{\"total\": 12.0}"_s
        << kNone << QString() << u"pass"_s << 1.0 << u"$.total is 12"_s;
    QTest::newRow("json-path: a number is not its text")
        << uR"({"type": "json-path", "path": "$.total", "value": 12})"_s << u"{\"total\": \"12\"}"_s
        << kNone << QString() << u"fail"_s << 0.0 << uR"($.total is "12", expected 12)"_s;
    QTest::newRow("json-path: an object value")
        << uR"({"type": "json-path", "path": "$['ship to']", "value": {"city": "Oslo", "zip": "0150"}})"_s
        << u"{\"ship to\": {\"zip\": \"0150\", \"city\": \"Oslo\"}}"_s << kNone << QString()
        << u"pass"_s << 1.0 << uR"($['ship to'] is {"city":"Oslo","zip":"0150"})"_s;
    QTest::newRow("json-path: the last element")
        << uR"({"type": "json-path", "path": "$.steps[-1]", "value": "done"})"_s
        << u"{\"steps\": [\"start\", \"done\"]}"_s << kNone << QString() << u"pass"_s << 1.0
        << uR"($.steps[-1] is "done")"_s;
    QTest::newRow("json-path: the expected output as JSON")
        << uR"({"type": "json-path", "path": "$.total"})"_s << u"{\"total\": 42}"_s << u"42"_s
        << QString() << u"pass"_s << 1.0 << u"$.total is 42"_s;
    QTest::newRow("json-path: the expected output as a text")
        << uR"({"type": "json-path", "path": "$.sku"})"_s << u"{\"sku\": \"B-2\"}"_s << u"B-2"_s
        << QString() << u"pass"_s << 1.0 << uR"($.sku is "B-2")"_s;
    QTest::newRow("json-path: null is a value")
        << uR"({"type": "json-path", "path": "$.error", "value": null})"_s << u"{\"error\": null}"_s
        << kNone << QString() << u"pass"_s << 1.0 << u"$.error is null"_s;

    const QString pi = uR"({"type": "numeric", "value": 3.14, "absoluteTolerance": 0.01})"_s;
    QTest::newRow("numeric: exact")
        << uR"({"type": "numeric", "value": 42})"_s << u"The answer is 42."_s << kNone << QString()
        << u"pass"_s << 1.0 << u"42 equals 42"_s;
    QTest::newRow("numeric: within") << pi << u"About 3.141."_s << kNone << QString() << u"pass"_s
                                     << 1.0 << u"3.141 is within 0.01 of 3.14"_s;
    QTest::newRow("numeric: outside") << pi << u"3.2"_s << kNone << QString() << u"fail"_s << 0.0
                                      << u"3.2 is 0.06 from 3.14, more than the tolerance 0.01"_s;
    QTest::newRow("numeric: not equal, no tolerance")
        << uR"({"type": "numeric", "value": 42})"_s << u"41"_s << kNone << QString() << u"fail"_s
        << 0.0 << u"41 is not 42"_s;
    QTest::newRow("numeric: relative")
        << uR"({"type": "numeric", "value": 1000, "relativeTolerance": 0.05})"_s
        << u"Roughly 1,040 units"_s << kNone << QString() << u"pass"_s << 1.0
        << u"1040 is within 50 of 1000"_s;
    QTest::newRow("numeric: the larger tolerance")
        << uR"({"type": "numeric", "value": 1000, "relativeTolerance": 0.01, "absoluteTolerance": 50})"_s
        << u"1049"_s << kNone << QString() << u"pass"_s << 1.0 << u"1049 is within 50 of 1000"_s;
    QTest::newRow("numeric: money and grouping")
        << uR"({"type": "numeric", "value": 1234.5})"_s << u"Total: $1,234.50"_s << kNone
        << QString() << u"pass"_s << 1.0 << u"1234.5 equals 1234.5"_s;
    QTest::newRow("numeric: negative")
        << uR"({"type": "numeric", "value": -5})"_s << u"It is -5 degrees."_s << kNone << QString()
        << u"pass"_s << 1.0 << u"-5 equals -5"_s;
    QTest::newRow("numeric: a hyphen is not a minus")
        << uR"({"type": "numeric", "value": 2020})"_s << u"pre-2020 figures"_s << kNone << QString()
        << u"pass"_s << 1.0 << u"2020 equals 2020"_s;
    QTest::newRow("numeric: no number")
        << uR"({"type": "numeric", "value": 1})"_s << u"I don't know."_s << kNone << QString()
        << u"fail"_s << 0.0 << u"the answer has no number"_s;
    QTest::newRow("numeric: whole answer")
        << uR"({"type": "numeric", "value": 42, "extract": "whole"})"_s << u" 42\n"_s << kNone
        << QString() << u"pass"_s << 1.0 << u"42 equals 42"_s;
    QTest::newRow("numeric: whole answer, with words")
        << uR"({"type": "numeric", "value": 42, "extract": "whole"})"_s << u"42 apples"_s << kNone
        << QString() << u"fail"_s << 0.0 << u"the answer is not a number"_s;
    QTest::newRow("numeric: the expected output")
        << uR"({"type": "numeric"})"_s << u"12.5%"_s << u"12.5"_s << QString() << u"pass"_s << 1.0
        << u"12.5 equals 12.5"_s;
    QTest::newRow("numeric: an expected output with no number")
        << uR"({"type": "numeric"})"_s << u"12"_s << u"twelve"_s << QString() << u"error"_s << 0.0
        << uR"(the expected output "twelve" has no number)"_s;
    QTest::newRow("numeric: a value written as text")
        << uR"({"type": "numeric", "value": "7"})"_s << u"7 days"_s << kNone << QString()
        << u"pass"_s << 1.0 << u"7 equals 7"_s;
    QTest::newRow("numeric: negated")
        << uR"({"type": "numeric", "value": 0, "negate": true})"_s << u"0 results"_s << kNone
        << QString() << u"fail"_s << 0.0 << u"negated: 0 equals 0"_s;

    QTest::newRow("levenshtein: same")
        << uR"({"type": "levenshtein", "value": "kitten"})"_s << u"kitten"_s << kNone << QString()
        << u"pass"_s << 1.0 << u"Levenshtein similarity 1 >= threshold 0.8"_s;
    QTest::newRow("levenshtein: threshold reached")
        << uR"({"type": "levenshtein", "value": "kitten", "threshold": 0.5})"_s << u"sitting"_s
        << kNone << QString() << u"pass"_s << 4.0 / 7
        << u"Levenshtein similarity 0.57 >= threshold 0.5"_s;
    QTest::newRow("levenshtein: threshold missed")
        << uR"({"type": "levenshtein", "value": "kitten", "threshold": 0.9})"_s << u"sitting"_s
        << kNone << QString() << u"fail"_s << 4.0 / 7
        << u"Levenshtein similarity 0.57 < threshold 0.9"_s;
    QTest::newRow("levenshtein: exactly the threshold")
        << uR"({"type": "levenshtein", "value": "abcdefghij", "threshold": 0.9})"_s
        << u"abcdefghiX"_s << kNone << QString() << u"pass"_s << 0.9
        << u"Levenshtein similarity 0.9 >= threshold 0.9"_s;
    QTest::newRow("levenshtein: CJK counts characters")
        << uR"({"type": "levenshtein", "value": "我喜欢猫", "threshold": 0.75})"_s << u"我喜欢狗"_s
        << kNone << QString() << u"pass"_s << 0.75
        << u"Levenshtein similarity 0.75 >= threshold 0.75"_s;
    QTest::newRow("levenshtein: an emoji is one edit")
        << uR"({"type": "levenshtein", "value": "👍ok", "threshold": 0.7})"_s << u"👎ok"_s << kNone
        << QString() << u"fail"_s << 2.0 / 3 << u"Levenshtein similarity 0.67 < threshold 0.7"_s;
    QTest::newRow("levenshtein: ignoreCase and trim")
        << uR"({"type": "levenshtein", "value": "Hello World", "ignoreCase": true, "trim": true})"_s
        << u"  hello world\n"_s << kNone << QString() << u"pass"_s << 1.0
        << u"Levenshtein similarity 1 >= threshold 0.8 (ignoring case, trimmed)"_s;
    QTest::newRow("levenshtein: the expected output")
        << uR"({"type": "levenshtein"})"_s << u"colour"_s << u"color"_s << QString() << u"pass"_s
        << 5.0 / 6 << u"Levenshtein similarity 0.83 >= threshold 0.8"_s;
    QTest::newRow("levenshtein: negated")
        << uR"({"type": "levenshtein", "value": "kitten", "negate": true, "threshold": 0.5})"_s
        << u"sitting"_s << kNone << QString() << u"fail"_s << 3.0 / 7
        << u"negated: Levenshtein similarity 0.57 >= threshold 0.5"_s;

    const QString fast = uR"({"type": "max-latency", "value": 2000})"_s;
    QTest::newRow("max-latency") << fast << u"ok"_s << kNone << uR"({"latencyMs": 1200})"_s
                                 << u"pass"_s << 1.0 << u"took 1200 ms, at most 2000 ms"_s;
    QTest::newRow("max-latency: too slow")
        << fast << u"ok"_s << kNone << uR"({"latencyMs": 2500})"_s << u"fail"_s << 0.0
        << u"took 2500 ms, more than 2000 ms"_s;
    QTest::newRow("max-latency: unknown") << fast << u"ok"_s << kNone << QString() << u"error"_s
                                          << 0.0 << u"the latency is unknown"_s;
    QTest::newRow("max-latency: first token")
        << uR"({"type": "max-latency", "value": 500, "measure": "first-token"})"_s << u"ok"_s
        << kNone << uR"({"latencyMs": 900, "firstTokenMs": 800})"_s << u"fail"_s << 0.0
        << u"first token after 800 ms, more than 500 ms"_s;
    QTest::newRow("max-latency: first token in time")
        << uR"({"type": "max-latency", "value": 500, "measure": "first-token"})"_s << u"ok"_s
        << kNone << uR"({"latencyMs": 9000, "firstTokenMs": 300})"_s << u"pass"_s << 1.0
        << u"first token after 300 ms, at most 500 ms"_s;
    QTest::newRow("max-latency: negated")
        << uR"({"type": "max-latency", "value": 2000, "negate": true})"_s << u"ok"_s << kNone
        << uR"({"latencyMs": 1200})"_s << u"fail"_s << 0.0
        << u"negated: took 1200 ms, at most 2000 ms"_s;

    const QString cheap = uR"({"type": "max-cost", "value": 0.01})"_s;
    QTest::newRow("max-cost") << cheap << u"ok"_s << kNone << uR"({"costUsd": 0.004})"_s
                              << u"pass"_s << 1.0 << u"cost $0.004000, at most $0.0100"_s;
    QTest::newRow("max-cost: too dear") << cheap << u"ok"_s << kNone << uR"({"costUsd": 0.0125})"_s
                                        << u"fail"_s << 0.0 << u"cost $0.0125, more than $0.0100"_s;
    QTest::newRow("max-cost: unknown")
        << cheap << u"ok"_s << kNone << QString() << u"error"_s << 0.0
        << u"the cost is unknown (no price for the model, or no token counts in the reply)"_s;
    QTest::newRow("max-cost: negated")
        << uR"({"type": "max-cost", "value": 0.01, "negate": true})"_s << u"ok"_s << kNone
        << uR"({"costUsd": 0.0125})"_s << u"pass"_s << 1.0
        << u"negated: cost $0.0125, more than $0.0100"_s;

    const QString brief = uR"({"type": "max-output-tokens", "value": 100})"_s;
    QTest::newRow("max-output-tokens") << brief << u"ok"_s << kNone << uR"({"outputTokens": 64})"_s
                                       << u"pass"_s << 1.0 << u"output tokens: 64, at most 100"_s;
    QTest::newRow("max-output-tokens: too long")
        << brief << u"ok"_s << kNone << uR"({"outputTokens": 512})"_s << u"fail"_s << 0.0
        << u"output tokens: 512, more than 100"_s;
    QTest::newRow("max-output-tokens: unknown")
        << brief << u"ok"_s << kNone << QString() << u"error"_s << 0.0
        << u"the number of output tokens is unknown"_s;
    QTest::newRow("max-output-tokens: negated")
        << uR"({"type": "max-output-tokens", "value": 10, "negate": true})"_s << u"ok"_s << kNone
        << uR"({"outputTokens": 64})"_s << u"pass"_s << 1.0
        << u"negated: output tokens: 64, more than 10"_s;
}

void TestAssertionChecks::evaluate()
{
    QFETCH(QString, assertion);
    QFETCH(QString, output);
    QFETCH(QString, expected);
    QFETCH(QString, context);
    QFETCH(QString, status);
    QFETCH(double, score);
    QFETCH(QString, reason);

    const AssertionOutcome outcome = AssertionEvaluator::evaluate(
        test::assertion(assertion), test::answer(output, expected, context));
    QCOMPARE(AssertionOutcome::statusName(outcome.status), status);
    QVERIFY2(test::near(outcome.score, score), qPrintable(QString::number(outcome.score)));
    if (reason.contains(u'*')) {
        const QStringList parts = reason.split(u'*');
        QVERIFY2(outcome.reason.startsWith(parts.first()) && outcome.reason.endsWith(parts.last()),
                 qPrintable(outcome.reason));
    } else {
        QCOMPARE(outcome.reason, reason);
    }
}

void TestAssertionChecks::failedReplyIsNotChecked()
{
    const EvalAnswer failed = test::answer(u"Par"_s, kNone, uR"({"failure": "timed out"})"_s);
    const AssertionOutcome outcome = AssertionEvaluator::evaluate(
        test::assertion(uR"({"type": "contains", "values": ["x"], "negate": true})"_s), failed);
    QCOMPARE(outcome.status, AssertionOutcome::Status::Error);
    QCOMPARE(outcome.reason, u"not checked: the reply failed (timed out)"_s);
}

void TestAssertionChecks::llmJudgeNeedsTheJudge()
{
    const AssertionOutcome outcome = AssertionEvaluator::evaluate(
        test::assertion(
            uR"({"type": "llm-judge", "rubric": "Is it polite?", "provider": "openai", "model": "gpt-4o-mini"})"_s),
        test::answer(u"Hi"_s));
    QCOMPARE(outcome.status, AssertionOutcome::Status::Error);
    QVERIFY(outcome.reason.contains(u"LlmJudge"));
}

// fromJson refuses these; an assertion built in code gets an error outcome, not a crash or a
// silent pass.
void TestAssertionChecks::invalidPatternOrPathIsAnError()
{
    Assertion regex;
    regex.type = Assertion::Type::Regex;
    regex.value = u"(unclosed"_s;
    const AssertionOutcome badPattern = AssertionEvaluator::evaluate(regex, test::answer(u"x"_s));
    QCOMPARE(badPattern.status, AssertionOutcome::Status::Error);
    QVERIFY2(badPattern.reason.startsWith(u"/(unclosed/ is not a valid regular expression: "),
             qPrintable(badPattern.reason));

    Assertion path;
    path.type = Assertion::Type::JsonPath;
    path.path = u"items[0]"_s;
    path.value = 1;
    const AssertionOutcome badPath = AssertionEvaluator::evaluate(path, test::answer(u"{}"_s));
    QCOMPARE(badPath.status, AssertionOutcome::Status::Error);
    QCOMPARE(badPath.reason,
             u"the JSON path items[0] is not valid: at character 1: a path starts with $"_s);

    Assertion schema;
    schema.type = Assertion::Type::JsonSchema;
    schema.value = 5;
    const AssertionOutcome badSchema = AssertionEvaluator::evaluate(schema, test::answer(u"{}"_s));
    QCOMPARE(badSchema.status, AssertionOutcome::Status::Error);
    QCOMPARE(badSchema.reason,
             u"the schema is not valid: (root): a schema is an object, true or false"_s);
}

void TestAssertionChecks::scoreShowsEnoughDigits()
{
    QCOMPARE(AssertionEvaluator::score(0.82, 0.9), u"0.82"_s);
    QCOMPARE(AssertionEvaluator::score(0.8996, 0.9), u"0.8996"_s);
    QCOMPARE(AssertionEvaluator::score(0.9, 0.9), u"0.9"_s);
    QCOMPARE(AssertionEvaluator::score(1, 0.8), u"1"_s);
}

QTEST_GUILESS_MAIN(TestAssertionChecks)
#include "tst_assertionchecks.moc"
