#include "eval/JsonAnswer.h"
#include "eval/JsonPath.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

// The JSON path subset: what it reads, what it refuses and where, and what it finds or why not.
class TestAssertJsonPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void parseErrors_data();
    void parseErrors();
    void writesItselfBack_data();
    void writesItselfBack();
};

namespace {

const QString kDocument = uR"({
    "items": [{"sku": "A-1", "qty": 2}, {"sku": "B-2", "qty": 1.5}],
    "order id": "X'9",
    "总计": 3.5,
    "flags": {"gift": true, "note": null},
    "a-b_c": 1
})"_s;

} // namespace

void TestAssertJsonPath::find_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("found"); // compact JSON, or the reason nothing is
    QTest::addColumn<bool>("ok");

    QTest::newRow("$") << u"$"_s << u"*"_s << true;
    QTest::newRow("key") << u"$.总计"_s << u"3.5"_s << true;
    QTest::newRow("nested") << u"$.items[0].sku"_s << uR"("A-1")"_s << true;
    QTest::newRow("second element") << u"$.items[1].qty"_s << u"1.5"_s << true;
    QTest::newRow("last element") << u"$.items[-1].sku"_s << uR"("B-2")"_s << true;
    QTest::newRow("first from the end") << u"$.items[-2].sku"_s << uR"("A-1")"_s << true;
    QTest::newRow("quoted key") << u"$['order id']"_s << uR"("X'9")"_s << true;
    QTest::newRow("double-quoted key") << uR"($["flags"]["gift"])"_s << u"true"_s << true;
    QTest::newRow("key with - and _") << u"$.a-b_c"_s << u"1"_s << true;
    QTest::newRow("null is found") << u"$.flags.note"_s << u"null"_s << true;
    QTest::newRow("an array") << u"$.items[0]"_s << uR"({"qty":2,"sku":"A-1"})"_s << true;

    QTest::newRow("no such key") << u"$.items[0].price"_s << uR"($.items[0] has no key "price")"_s
                                 << false;
    QTest::newRow("past the end") << u"$.items[2]"_s
                                  << u"$.items has no element [2] (its length is 2)"_s << false;
    QTest::newRow("before the start")
        << u"$.items[-3]"_s << u"$.items has no element [-3] (its length is 2)"_s << false;
    QTest::newRow("index into an object")
        << u"$.flags[0]"_s << u"$.flags is an object, not an array"_s << false;
    QTest::newRow("key of a string")
        << u"$.items[0].sku.code"_s << u"$.items[0].sku is a string, not an object"_s << false;
    QTest::newRow("key of null") << u"$.flags.note.x"_s << u"$.flags.note is null, not an object"_s
                                 << false;
}

void TestAssertJsonPath::find()
{
    QFETCH(QString, path);
    QFETCH(QString, found);
    QFETCH(bool, ok);

    const Result<JsonPath> parsed = JsonPath::parse(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const QJsonValue document = JsonAnswer::parseValue(kDocument).value();
    const Result<QJsonValue> value = parsed->find(document);
    QCOMPARE(value.ok(), ok);
    if (!ok) {
        QCOMPARE(value.error(), found);
    } else if (found == u"*") {
        QVERIFY(JsonAnswer::equal(value.value(), document));
    } else {
        QCOMPARE(JsonAnswer::describe(value.value(), 1000), found);
    }
}

void TestAssertJsonPath::parseErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");

    QTest::newRow("no $") << u"items[0]"_s << u"at character 1: a path starts with $"_s;
    QTest::newRow("empty") << QString() << u"at character 1: a path starts with $"_s;
    QTest::newRow("dot, no name") << u"$.items."_s
                                  << u"at character 9: expected a name after \".\""_s;
    QTest::newRow("wildcard")
        << u"$.items.*"_s
        << u"at character 8: wildcards and .. are not supported (one value is compared)"_s;
    QTest::newRow("recursive descent")
        << u"$..sku"_s
        << u"at character 2: wildcards and .. are not supported (one value is compared)"_s;
    QTest::newRow("bracket wildcard")
        << u"$.items[*]"_s << u"at character 9: expected an index or a quoted name after \"[\""_s;
    QTest::newRow("filter") << u"$.items[?(@.qty > 1)]"_s
                            << u"at character 9: expected an index or a quoted name after \"[\""_s;
    QTest::newRow("slice") << u"$.items[0:2]"_s << u"at character 10: expected \"]\""_s;
    QTest::newRow("unclosed quote")
        << u"$['order id]"_s << u"at character 13: the quoted name is not closed"_s;
    QTest::newRow("unclosed bracket") << u"$.items[0"_s << u"at character 10: expected \"]\""_s;
    QTest::newRow("space") << u"$.items [0]"_s
                           << u"at character 8: expected \".\" or \"[\", found \" \""_s;
}

void TestAssertJsonPath::parseErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    const Result<JsonPath> parsed = JsonPath::parse(path);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), error);
}

void TestAssertJsonPath::writesItselfBack_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u"$.items[0].sku"_s << u"$.items[0].sku"_s;
    QTest::newRow("brackets for plain names") << u"$['items'][-1]"_s << u"$.items[-1]"_s;
    QTest::newRow("quoted where needed") << uR"($["order id"])"_s << u"$['order id']"_s;
    QTest::newRow("escaped quote") << uR"($['it\'s'])"_s << uR"($['it\'s'])"_s;
    QTest::newRow("a digit first") << u"$['0a']"_s << u"$['0a']"_s;
}

void TestAssertJsonPath::writesItselfBack()
{
    QFETCH(QString, path);
    QFETCH(QString, written);
    const Result<JsonPath> parsed = JsonPath::parse(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->toString(), written);
    QCOMPARE(JsonPath::parse(written)->steps(), parsed->steps());
}

QTEST_GUILESS_MAIN(TestAssertJsonPath)
#include "tst_assertjsonpath.moc"
