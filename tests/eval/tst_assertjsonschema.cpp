#include "EvalFixtures.h"
#include "eval/JsonAnswer.h"
#include "eval/JsonSchemaSubset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

QJsonValue json(const QString &text)
{
    const Result<QJsonValue> parsed = JsonAnswer::parseValue(text);
    if (!parsed) {
        qFatal("test table JSON: %s", qPrintable(parsed.error()));
    }
    return parsed.value();
}

} // namespace

// The JSON Schema subset: each keyword passing and failing, the JSON pointer of each failing
// value, keywords it does not check named once, and malformed schemas refused.
class TestAssertJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void uncheckedKeywords();
    void compileErrors_data();
    void compileErrors();
    void violationsStopAtTheLimit();
};

void TestAssertJsonSchema::validate_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QStringList>("violations"); // JsonSchemaSubset::describe of each

    QTest::newRow("empty schema") << u"{}"_s << u"[1, \"a\", null]"_s << QStringList();
    QTest::newRow("true") << u"true"_s << u"5"_s << QStringList();
    QTest::newRow("false") << u"false"_s << u"5"_s
                           << QStringList {u"(root): is not allowed (the schema is false)"_s};

    QTest::newRow("type string") << uR"({"type": "string"})"_s << uR"("a")"_s << QStringList();
    QTest::newRow("type string, a number")
        << uR"({"type": "string"})"_s << u"1.5"_s
        << QStringList {u"(root): must be of type string, is a number (1.5)"_s};
    QTest::newRow("integer accepts 1.0")
        << uR"({"type": "integer"})"_s << u"1.0"_s << QStringList();
    QTest::newRow("integer refuses 1.5")
        << uR"({"type": "integer"})"_s << u"1.5"_s
        << QStringList {u"(root): must be of type integer, is a number (1.5)"_s};
    QTest::newRow("number accepts integers")
        << uR"({"type": "number"})"_s << u"7"_s << QStringList();
    QTest::newRow("null") << uR"({"type": "null"})"_s << u"null"_s << QStringList();
    QTest::newRow("boolean, not a string")
        << uR"({"type": "boolean"})"_s << uR"("true")"_s
        << QStringList {u"(root): must be of type boolean, is a string"_s};
    QTest::newRow("type list") << uR"({"type": ["string", "null"]})"_s << u"null"_s
                               << QStringList();
    QTest::newRow("type list, neither")
        << uR"({"type": ["string", "null"]})"_s << u"{}"_s
        << QStringList {u"(root): must be of type string or null, is an object"_s};

    const QString order = uR"({
        "type": "object",
        "required": ["id", "customer"],
        "properties": {
            "id": {"type": "integer"},
            "customer": {
                "type": "object",
                "required": ["name", "email"],
                "properties": {"name": {"type": "string", "minLength": 1},
                               "email": {"type": "string", "pattern": "^[^@]+@[^@]+$"}}
            }
        }
    })"_s;
    QTest::newRow("nested required: all there")
        << order << uR"({"id": 1, "customer": {"name": "Ada", "email": "ada@example.org"}})"_s
        << QStringList();
    QTest::newRow("nested required: missing inside")
        << order << uR"({"id": 1, "customer": {"name": ""}})"_s
        << QStringList {u"/customer: must have \"email\" (required)"_s,
                        u"/customer/name: length must be at least 1, is 0"_s};
    QTest::newRow("nested required: missing at the top")
        << order << uR"({"customer": {"name": "Ada", "email": "nope"}})"_s
        << QStringList {u"(root): must have \"id\" (required)"_s,
                        u"/customer/email: must match /^[^@]+@[^@]+$/, is \"nope\""_s};

    const QString items = uR"({"type": "array", "minItems": 1, "maxItems": 3,
                                "items": {"type": "object", "required": ["sku"],
                                          "properties": {"sku": {"type": "string"}, "qty": {"type": "integer", "minimum": 1}}}})"_s;
    QTest::newRow("items") << items << uR"([{"sku": "A-1", "qty": 2}, {"sku": "B-2"}])"_s
                           << QStringList();
    QTest::newRow("items: the failing element's pointer")
        << items << uR"([{"sku": "A-1"}, {"sku": 7, "qty": 0}])"_s
        << QStringList {u"/1/qty: must be at least 1, is 0"_s,
                        u"/1/sku: must be of type string, is an integer"_s};
    QTest::newRow("minItems") << items << u"[]"_s
                              << QStringList {u"(root): item count must be at least 1, is 0"_s};
    QTest::newRow("maxItems") << items
                              << uR"([{"sku": "a"}, {"sku": "b"}, {"sku": "c"}, {"sku": "d"}])"_s
                              << QStringList {u"(root): item count must be at most 3, is 4"_s};

    const QString closed =
        uR"({"type": "object", "properties": {"a": {}}, "additionalProperties": false})"_s;
    QTest::newRow("additionalProperties false") << closed << uR"({"a": 1})"_s << QStringList();
    QTest::newRow("additionalProperties false: an extra key")
        << closed << uR"({"a": 1, "b/c": 2})"_s
        << QStringList {u"/b~1c: is not allowed (additionalProperties is false)"_s};
    QTest::newRow("additionalProperties as a schema")
        << uR"({"additionalProperties": {"type": "number"}})"_s << uR"({"x": 1, "y": "2"})"_s
        << QStringList {u"/y: must be of type number, is a string"_s};

    QTest::newRow("enum") << uR"({"enum": ["red", "green", 3]})"_s << uR"("green")"_s
                          << QStringList();
    QTest::newRow("enum: numbers as numbers")
        << uR"({"enum": ["red", 3]})"_s << u"3.0"_s << QStringList();
    QTest::newRow("enum: not one of them")
        << uR"({"enum": ["red", "green", 3]})"_s << uR"("blue")"_s
        << QStringList {u"(root): must be one of \"red\", \"green\", 3; is \"blue\""_s};
    QTest::newRow("const") << uR"({"const": {"v": 1}})"_s << uR"({"v": 1.0})"_s << QStringList();
    QTest::newRow("const: other") << uR"({"const": "yes"})"_s << uR"("no")"_s
                                  << QStringList {u"(root): must be \"yes\"; is \"no\""_s};

    const QString range = uR"({"minimum": 0, "maximum": 10, "exclusiveMaximum": 10})"_s;
    QTest::newRow("minimum, maximum") << range << u"0"_s << QStringList();
    QTest::newRow("below minimum")
        << range << u"-0.5"_s << QStringList {u"(root): must be at least 0, is -0.5"_s};
    QTest::newRow("at exclusiveMaximum")
        << range << u"10"_s << QStringList {u"(root): must be less than 10, is 10"_s};
    QTest::newRow("above maximum") << range << u"11"_s
                                   << QStringList {u"(root): must be at most 10, is 11"_s,
                                                   u"(root): must be less than 10, is 11"_s};
    QTest::newRow("exclusiveMinimum") << uR"({"exclusiveMinimum": 0})"_s << u"0"_s
                                      << QStringList {u"(root): must be more than 0, is 0"_s};
    QTest::newRow("numeric keywords skip strings") << range << uR"("eleven")"_s << QStringList();

    QTest::newRow("maxLength counts code points")
        << uR"({"maxLength": 2})"_s << uR"("你好")"_s << QStringList();
    QTest::newRow("maxLength: emoji") << uR"({"maxLength": 2})"_s << uR"("👍👍👍")"_s
                                      << QStringList {u"(root): length must be at most 2, is 3"_s};
    QTest::newRow("pattern is found anywhere")
        << uR"({"pattern": "\\d"})"_s << uR"("abc1")"_s << QStringList();
    QTest::newRow("pattern: CJK") << uR"({"pattern": "^\\p{Han}+$"})"_s << uR"("东京x")"_s
                                  << QStringList {
                                         u"(root): must match /^\\p{Han}+$/, is \"东京x\""_s};
}

void TestAssertJsonSchema::validate()
{
    QFETCH(QString, schema);
    QFETCH(QString, instance);
    QFETCH(QStringList, violations);

    const Result<JsonSchemaSubset> compiled = JsonSchemaSubset::compile(json(schema));
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    QStringList described;
    for (const JsonSchemaSubset::Violation &violation : compiled->validate(json(instance))) {
        described << JsonSchemaSubset::describe(violation);
    }
    QCOMPARE(described, violations);
    QVERIFY(compiled->uncheckedKeywords().isEmpty());
}

void TestAssertJsonSchema::uncheckedKeywords()
{
    const Result<JsonSchemaSubset> compiled = JsonSchemaSubset::compile(json(uR"({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Order", "description": "an order", "format": "anything",
        "type": "object",
        "properties": {
            "a": {"oneOf": [{"type": "string"}], "$ref": "#/$defs/x"},
            "b": {"items": {"uniqueItems": true, "oneOf": []}}
        },
        "$defs": {"x": {"type": "string"}},
        "patternProperties": {"^x": {}}
    })"_s));
    QVERIFY2(compiled.ok(), qPrintable(compiled.error()));
    // Each once, in the order met (an object's keys in QJsonObject's order: sorted);
    // annotations are not listed, nor what is inside $defs.
    QCOMPARE(compiled->uncheckedKeywords(),
             (QStringList {u"patternProperties"_s, u"$ref"_s, u"oneOf"_s, u"uniqueItems"_s}));
    // The checked keywords still apply.
    QCOMPARE(compiled->validate(json(u"[]"_s)).size(), 1);
    QVERIFY(compiled->validate(json(uR"({"a": 5})"_s)).isEmpty());
}

void TestAssertJsonSchema::compileErrors_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("error");

    QTest::newRow("not a schema") << u"[]"_s << u"(root): a schema is an object, true or false"_s;
    QTest::newRow("unknown type")
        << uR"({"type": "float"})"_s
        << u"/type: \"float\" is not a type (string, number, integer, boolean, object, array, null)"_s;
    QTest::newRow("empty type list")
        << uR"({"type": []})"_s << u"/type: must name at least one type"_s;
    QTest::newRow("property not a schema")
        << uR"({"properties": {"a": 5}})"_s
        << u"/properties/a: a schema is an object, true or false"_s;
    QTest::newRow("required not a list")
        << uR"({"required": "a"})"_s << u"/required: must be a list of key names"_s;
    QTest::newRow("items as a list")
        << uR"({"items": [{}]})"_s
        << u"/items: the list form of items is draft 4's; draft 2020-12 calls it prefixItems"_s;
    QTest::newRow("enum not a list")
        << uR"({"enum": "a"})"_s << u"/enum: must be a list of values"_s;
    QTest::newRow("minLength negative")
        << uR"({"properties": {"a~b": {"minLength": -1}}})"_s
        << u"/properties/a~0b/minLength: must be a whole number, 0 or more"_s;
    QTest::newRow("maximum as text")
        << uR"({"items": {"maximum": "9"}})"_s << u"/items/maximum: must be a number"_s;
    QTest::newRow("pattern not text")
        << uR"({"pattern": 5})"_s << u"/pattern: must be a regular expression (a string)"_s;
}

void TestAssertJsonSchema::compileErrors()
{
    QFETCH(QString, schema);
    QFETCH(QString, error);
    const Result<JsonSchemaSubset> compiled = JsonSchemaSubset::compile(json(schema));
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error(), error);
}

void TestAssertJsonSchema::violationsStopAtTheLimit()
{
    const Result<JsonSchemaSubset> compiled =
        JsonSchemaSubset::compile(json(uR"({"items": {"type": "string"}})"_s));
    QVERIFY(compiled.ok());
    QJsonArray numbers;
    for (int i = 0; i < 1000; ++i) {
        numbers.append(i);
    }
    QCOMPARE(compiled->validate(numbers).size(), 100);
    QCOMPARE(compiled->validate(numbers, 5).size(), 5);
    QCOMPARE(compiled->validate(numbers, 5).last().pointer, u"/4"_s);
}

QTEST_GUILESS_MAIN(TestAssertJsonSchema)
#include "tst_assertjsonschema.moc"
