#include "prompts/MustacheRenderer.h"
#include "prompts/MustacheTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::MustacheError;
using pwb::MustacheOptions;
using pwb::MustacheTemplate;

namespace {

QJsonValue json(const QByteArray &text)
{
    // Wrapped in an array so that a scalar can be written too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad JSON in the test: %s", text.constData());
    }
    return document.array().first();
}

pwb::MustachePartialResolver partialsFrom(const QJsonObject &partials, int *calls = nullptr)
{
    return [partials, calls](const QString &name) -> std::optional<QString> {
        if (calls) {
            ++*calls;
        }
        if (!partials.contains(name)) {
            return std::nullopt;
        }
        return partials.value(name).toString();
    };
}

MustacheOptions htmlOptions(const QJsonObject &partials = {})
{
    MustacheOptions options;
    options.escape = MustacheOptions::Escape::Html;
    options.partials = partialsFrom(partials);
    return options;
}

} // namespace

class MustacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every case of the official spec files, with the spec's own expectation (HTML escaping).
    void spec_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<QJsonObject>("partials");
        QTest::addColumn<QString>("expected");
        int cases = 0;
        for (const QString &module : {u"interpolation"_s, u"sections"_s, u"inverted"_s,
                                      u"comments"_s, u"partials"_s, u"delimiters"_s}) {
            QFile file(QStringLiteral(PWB_SOURCE_DIR "/tests/prompts/spec/") + module + u".json"_s);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QJsonArray tests =
                QJsonDocument::fromJson(file.readAll()).object().value(u"tests"_s).toArray();
            QVERIFY(!tests.isEmpty());
            for (const QJsonValue &test : tests) {
                const QJsonObject spec = test.toObject();
                const QString name = module + u": "_s + spec.value(u"name"_s).toString();
                QTest::newRow(qPrintable(name))
                    << spec.value(u"template"_s).toString() << spec.value(u"data"_s)
                    << spec.value(u"partials"_s).toObject() << spec.value(u"expected"_s).toString();
                ++cases;
            }
        }
        QCOMPARE(cases, 112); // all of spec v1.1.2 but the optional lambdas
    }

    void spec()
    {
        QFETCH(QString, templateText);
        QFETCH(QJsonValue, data);
        QFETCH(QJsonObject, partials);
        QFETCH(QString, expected);
        const auto rendered = pwb::renderMustache(templateText, data, htmlOptions(partials));
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
        QCOMPARE(rendered.value(), expected);
    }

    // Cases later spec versions (1.2 to 1.4) added, written out from them.
    void laterSpecCases_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<QJsonObject>("partials");
        QTest::addColumn<QString>("expected");
        const QJsonObject none;
        QTest::newRow("null interpolation")
            << u"I ({{cannot}}) be seen!"_s << json(R"({"cannot": null})") << none
            << u"I () be seen!"_s;
        QTest::newRow("null triple mustache")
            << u"I ({{{cannot}}}) be seen!"_s << json(R"({"cannot": null})") << none
            << u"I () be seen!"_s;
        QTest::newRow("null ampersand")
            << u"I ({{&cannot}}) be seen!"_s << json(R"({"cannot": null})") << none
            << u"I () be seen!"_s;
        QTest::newRow("dotted names: context precedence")
            << u"{{#a}}{{b.c}}{{/a}}"_s << json(R"({"a": {"b": {}}, "b": {"c": "ERROR"}})") << none
            << QString();
        QTest::newRow("dotted names are never single keys")
            << u"{{a.b}}"_s << json(R"({"a.b": "c"})") << none << QString();
        QTest::newRow("dotted names: no masking")
            << u"{{a.b}}"_s << json(R"({"a.b": "c", "a": {"b": "d"}})") << none << u"d"_s;
        QTest::newRow("implicit iterator: interpolation")
            << u"Hello, {{.}}!\n"_s << json(R"("world")") << none << u"Hello, world!\n"_s;
        QTest::newRow("implicit iterator: HTML escaping")
            << u"These characters should be HTML escaped: {{.}}\n"_s << json(R"("& \" < >")")
            << none << u"These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"_s;
        QTest::newRow("implicit iterator: triple mustache")
            << u"{{{.}}} / {{&.}}"_s << json(R"("& \" < >")") << none << u"& \" < > / & \" < >"_s;
        QTest::newRow("implicit iterator: integer")
            << u"\"{{.}} miles an hour!\""_s << json("85") << none << u"\"85 miles an hour!\""_s;
        QTest::newRow("section: null is falsey")
            << u"\"{{#null}}This should not be rendered.{{/null}}\""_s << json(R"({"null": null})")
            << none << u"\"\""_s;
        QTest::newRow("inverted: null is falsey")
            << u"\"{{^null}}This should be rendered.{{/null}}\""_s << json(R"({"null": null})")
            << none << u"\"This should be rendered.\""_s;
        QTest::newRow("section: implicit iterator over arrays")
            << u"\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\""_s
            << json(R"({"list": [[1, 2, 3], ["a", "b", "c"]]})") << none << u"\"(123)(abc)\""_s;
        QTest::newRow("section: implicit iterator HTML escaping")
            << u"\"{{#list}}({{.}}){{/list}}\""_s
            << json("{\"list\": [\"&\", \"\\\"\", \"<\", \">\"]}") << none
            << u"\"(&amp;)(&quot;)(&lt;)(&gt;)\""_s;
        QTest::newRow("section: implicit iterator at the root")
            << u"\"{{#.}}({{value}}){{/.}}\""_s << json(R"([{"value": "a"}, {"value": "b"}])")
            << none << u"\"(a)(b)\""_s;
        QTest::newRow("section: a value is its own context")
            << u"\"{{#foo}}{{.}} is {{foo}}{{/foo}}\""_s << json(R"({"foo": "bar"})") << none
            << u"\"bar is bar\""_s;
        QTest::newRow("partials: nested")
            << u"{{>outer}}"_s << json(R"({"a": "hello", "b": "world"})")
            << QJsonObject {{u"outer"_s, u"*{{a}} {{>inner}}*"_s}, {u"inner"_s, u"{{b}}!"_s}}
            << u"*hello world!*"_s;
        QTest::newRow("partials: nested standalone indentation adds up")
            << u"  {{>a}}\n"_s << json("{}")
            << QJsonObject {{u"a"_s, u"A\n{{>b}}\n"_s}, {u"b"_s, u"B1\n\nB2\n"_s}}
            << u"  A\n  B1\n\n  B2\n"_s;
        QTest::newRow("partials: set delimiters do not reach into a partial")
            << u"{{=<% %>=}}<%>p%> <%x%>"_s << json(R"({"x": 1})")
            << QJsonObject {{u"p"_s, u"{{x}}"_s}} << u"1 1"_s;
    }

    void laterSpecCases() { spec(); }

    // Prompts are not HTML: by default nothing is escaped.
    void noEscapingByDefault()
    {
        const QJsonValue data = json("{\"forbidden\": \"& \\\" < > '\", \"list\": [\"<a>\"]}");
        const auto rendered = pwb::renderMustache(
            u"{{forbidden}}|{{{forbidden}}}|{{&forbidden}}|{{#list}}{{.}}{{/list}}|{{list}}"_s,
            data);
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.value(), u"& \" < > '|& \" < > '|& \" < > '|<a>|[\"<a>\"]"_s);
        // The same with HTML escaping: the apostrophe is left alone, as the spec's tests expect.
        const auto escaped = pwb::renderMustache(u"{{forbidden}}|{{list}}"_s, data, htmlOptions());
        QVERIFY(escaped.ok());
        QCOMPARE(escaped.value(), u"&amp; &quot; &lt; &gt; '|[&quot;&lt;a&gt;&quot;]"_s);
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << "85"_ba << u"85"_s;
        QTest::newRow("negative integer") << "-3"_ba << u"-3"_s;
        QTest::newRow("integer written as a decimal") << "2.0"_ba << u"2"_s;
        QTest::newRow("decimal") << "1.5"_ba << u"1.5"_s;
        QTest::newRow("shortest round trip") << "0.1"_ba << u"0.1"_s;
        QTest::newRow("negative zero") << "-0.0"_ba << u"0"_s;
        QTest::newRow("large integer stays exact")
            << "9007199254740993"_ba << u"9007199254740993"_s;
        QTest::newRow("huge") << "1e300"_ba << u"1e+300"_s;
        QTest::newRow("tiny") << "1.5e-7"_ba << u"1.5e-07"_s;
        QTest::newRow("true") << "true"_ba << u"true"_s;
        QTest::newRow("false") << "false"_ba << u"false"_s;
        QTest::newRow("null") << "null"_ba << QString();
        QTest::newRow("string") << "\"héllo 🌍\""_ba << u"héllo 🌍"_s;
        QTest::newRow("array as JSON") << "[1, \"a\", null]"_ba << u"[1,\"a\",null]"_s;
        QTest::newRow("object as JSON")
            << "{\"b\": 1, \"a\": [true]}"_ba << u"{\"a\":[true],\"b\":1}"_s;
    }

    void values()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto rendered =
            pwb::renderMustache(u"{{value}}"_s, QJsonObject {{u"value"_s, json(data)}});
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.value(), expected);
    }

    void lookups_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("array index") << u"{{items.1}}"_s << u"y"_s;
        QTest::newRow("array index out of range") << u"[{{items.5}}]"_s << u"[]"_s;
        QTest::newRow("not an index") << u"[{{items.first}}]"_s << u"[]"_s;
        QTest::newRow("index then field") << u"{{people.0.name}}"_s << u"Ada"_s;
        QTest::newRow("outer context from a list item")
            << u"{{#people}}{{name}} {{greeting}}; {{/people}}"_s << u"Ada hi; Alan hi; "_s;
        QTest::newRow("an item's field shadows the outer one")
            << u"{{#people}}{{#title}}{{title}} {{/title}}{{/people}}"_s << u"Dr "_s;
        QTest::newRow("padding inside a tag")
            << u"{{ greeting }}{{# people }}.{{/ people }}"_s << u"hi.."_s;
    }

    void lookups()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, expected);
        const QJsonValue data = json(R"({"items": ["x", "y"], "greeting": "hi", "title": "",
            "people": [{"name": "Ada", "title": "Dr"}, {"name": "Alan"}]})");
        const auto rendered = pwb::renderMustache(templateText, data);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
        QCOMPARE(rendered.value(), expected);
    }

    // Sections follow JavaScript's truthiness, as mustache.js does.
    void truthiness_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray() << u"no"_s;
        QTest::newRow("null") << "null"_ba << u"no"_s;
        QTest::newRow("false") << "false"_ba << u"no"_s;
        QTest::newRow("true") << "true"_ba << u"yes(true)"_s;
        QTest::newRow("zero") << "0"_ba << u"no"_s;
        QTest::newRow("number") << "2"_ba << u"yes(2)"_s;
        QTest::newRow("empty string") << "\"\""_ba << u"no"_s;
        QTest::newRow("string") << "\"s\""_ba << u"yes(s)"_s;
        QTest::newRow("empty list") << "[]"_ba << u"no"_s;
        QTest::newRow("list: once per item") << "[1, 0]"_ba << u"yes(1)yes(0)"_s;
        QTest::newRow("empty object") << "{}"_ba << u"yes({})"_s;
    }

    void truthiness()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        QJsonObject data;
        if (!value.isEmpty()) {
            data.insert(u"v"_s, json(value));
        }
        const auto rendered = pwb::renderMustache(u"{{#v}}yes({{.}}){{/v}}{{^v}}no{{/v}}"_s, data);
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.value(), expected);
    }

    void templateErrors_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("section never closed") << u"Hello\n\nAbout {{#items}}\n{{name}}\n"_s << 3
                                              << 7 << u"section \"items\" is never closed"_s;
        QTest::newRow("innermost unclosed section is named")
            << u"{{#a}}{{#b}}{{/b}}{{#c}}"_s << 1 << 19 << u"section \"c\" is never closed"_s;
        QTest::newRow("close without open")
            << u"text {{/a}}"_s << 1 << 6
            << u"\"{{/a}}\" closes section \"a\", which is not open"_s;
        QTest::newRow("mismatched close")
            << u"{{#a}}\n  {{^b}}{{/a}}"_s << 2 << 9
            << u"\"{{/a}}\" closes section \"a\", but the open section is \"b\""_s;
        QTest::newRow("unclosed tag")
            << u"abc {{name"_s << 1 << 5 << u"tag \"{{name\" is never closed: \"}}\" is missing"_s;
        QTest::newRow("unclosed tag before another tag")
            << u"Dear {{name,\nsee {{link}}"_s << 1 << 6
            << u"tag \"{{name,\" is never closed: \"}}\" is missing"_s;
        QTest::newRow("unclosed triple mustache")
            << u"{{{x}}"_s << 1 << 1 << u"tag \"{{{x}}\" is never closed: \"}}}\" is missing"_s;
        QTest::newRow("empty tag") << u"x\n\n   {{}}"_s << 3 << 4 << u"tag \"{{}}\" has no name"_s;
        QTest::newRow("empty section name")
            << u"{{# }}"_s << 1 << 1 << u"tag \"{{# }}\" has no name"_s;
        QTest::newRow("empty partial name")
            << u"{{>}}"_s << 1 << 1 << u"tag \"{{>}}\" has no name"_s;
        QTest::newRow("space in a name")
            << u"{{first name}}"_s << 1 << 1
            << u"tag \"{{first name}}\": a name cannot contain spaces (\"first name\")"_s;
        QTest::newRow("empty part of a dotted name")
            << u"{{a..b}}"_s << 1 << 1
            << u"tag \"{{a..b}}\": the name \"a..b\" has an empty part between dots"_s;
        QTest::newRow("bad delimiters")
            << u"{{=<%=}}"_s << 1 << 1
            << u"\"{{=<%=}}\" does not set two delimiters: write them with a space between and "
               "no \"=\" in them, e.g. {{=<% %>=}}"_s;
        QTest::newRow("delimiter tag never closed")
            << u"{{=<% %>"_s << 1 << 1 << u"tag \"{{=<% %>\" is never closed: \"=}}\" is missing"_s;
        QTest::newRow("errors after a delimiter change use the new ones")
            << u"{{=<% %>=}}\n<%#a%>\n<%/b%>"_s << 3 << 1
            << u"\"<%/b%>\" closes section \"b\", but the open section is \"a\""_s;
        QTest::newRow("columns count UTF-16 code units")
            << u"é🙂{{/x}}"_s << 1 << 4 << u"\"{{/x}}\" closes section \"x\", which is not open"_s;
        QTest::newRow("CRLF line breaks")
            << u"a\r\nb\r\n {{/x}}"_s << 3 << 2
            << u"\"{{/x}}\" closes section \"x\", which is not open"_s;
        QTest::newRow("long tags are cut short in messages")
            << u"{{! fine }}{{/a_very_long_section_name_that_goes_on_and_on}}"_s << 1 << 12
            << u"\"{{/a_very_long_section_name_that_goes_on…\" closes section "
               "\"a_very_long_section_name_that_goes_on_and_on\", which is not open"_s;
        QString deep;
        for (int i = 0; i <= MustacheTemplate::kMaxSectionDepth; ++i) {
            deep += u"{{#a}}"_s;
        }
        QTest::newRow("sections nested too deep")
            << deep << 1 << 601 << u"section \"a\" is nested more than 100 sections deep"_s;
    }

    void templateErrors()
    {
        QFETCH(QString, templateText);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto parsed = MustacheTemplate::parse(templateText);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, message);
        QCOMPARE(parsed.error().line, line);
        QCOMPARE(parsed.error().column, column);
        QVERIFY(parsed.error().partial.isEmpty());
        // The offset points at the same place as line and column.
        const QStringView before = QStringView(templateText).first(parsed.error().offset);
        QCOMPARE(before.count(u'\n') + 1, line);
        QCOMPARE(parsed.error().offset - (before.lastIndexOf(u'\n') + 1) + 1, column);
        QVERIFY(parsed.error().length > 0);
        QVERIFY(parsed.error().offset + parsed.error().length <= templateText.size());
        // Rendering reports the same error.
        const auto rendered = pwb::renderMustache(templateText, QJsonObject());
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.error(), parsed.error());
    }

    void errorSpanAndText()
    {
        const auto parsed = MustacheTemplate::parse(u"Hello\n\nAbout {{#items}}\n{{name}}"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().offset, 13);
        QCOMPARE(parsed.error().length, 10); // {{#items}}, for underlining
        QCOMPARE(parsed.error().toString(),
                 u"line 3, column 7: section \"items\" is never closed"_s);
        const auto unclosed = MustacheTemplate::parse(u"a {{b c\nd"_s);
        QVERIFY(!unclosed.ok());
        QCOMPARE(unclosed.error().offset, 2);
        QCOMPARE(unclosed.error().length, 5); // to the end of its line
    }

    void partialErrorsPointIntoThePartial_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("partial");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("text");
        QTest::newRow("inline")
            << u"Hi {{>p}}"_s << u"ok\n {{#x}}"_s << 2 << 2 << qsizetype(4)
            << u"partial \"p\", line 2, column 2: section \"x\" is never closed"_s;
        // The indentation added to a standalone partial's lines is not counted.
        QTest::newRow("indented") << u"a\n    {{>p}}\n"_s << u"a\n\nb {{/y}}\n"_s << 3 << 3
                                  << qsizetype(5)
                                  << u"partial \"p\", line 3, column 3: \"{{/y}}\" closes section "
                                     "\"y\", which is not open"_s;
    }

    void partialErrorsPointIntoThePartial()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, partial);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(qsizetype, offset);
        QFETCH(QString, text);
        const auto parsed = MustacheTemplate::parse(templateText);
        QVERIFY(parsed.ok());
        MustacheOptions options;
        options.partials = partialsFrom(QJsonObject {{u"p"_s, partial}});
        const auto rendered = pwb::renderMustache(parsed.value(), QJsonObject(), options);
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.error().partial, u"p"_s);
        QCOMPARE(rendered.error().line, line);
        QCOMPARE(rendered.error().column, column);
        QCOMPARE(rendered.error().offset, offset);
        QCOMPARE(rendered.error().toString(), text);
    }

    void partialRecursionIsStopped()
    {
        MustacheOptions options;
        options.partials =
            partialsFrom(QJsonObject {{u"a"_s, u"A {{>b}}"_s}, {u"b"_s, u"\n B {{>a}}"_s}});
        const auto rendered = pwb::renderMustache(u"{{>a}}"_s, QJsonObject(), options);
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.error().message,
                 u"partial \"a\" is nested more than 32 partials deep: does it include itself?"_s);
        // The innermost include, where it is written: in "b", line 2, column 4.
        QCOMPARE(rendered.error().partial, u"b"_s);
        QCOMPARE(rendered.error().line, 2);
        QCOMPARE(rendered.error().column, 4);

        // Recursion that the data ends is fine (the spec's tree walk).
        options.partials = partialsFrom(
            QJsonObject {{u"node"_s, u"{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"_s}});
        const auto tree = pwb::renderMustache(
            u"{{>node}}"_s, json(R"({"content": "X", "nodes": [{"content": "Y", "nodes": []}]})"),
            options);
        QVERIFY(tree.ok());
        QCOMPARE(tree.value(), u"X<Y<>>"_s);
    }

    void partialsAreResolvedOnce()
    {
        int calls = 0;
        MustacheOptions options;
        options.partials = partialsFrom(QJsonObject {{u"item"_s, u"<{{.}}>"_s}}, &calls);
        QJsonArray items;
        QString expected;
        for (int i = 0; i < 100; ++i) {
            items.append(i);
            expected += u"<%1>"_s.arg(i);
        }
        const auto rendered = pwb::renderMustache(
            u"{{#items}}{{>item}}{{>missing}}{{/items}}\n{{#one}}\n  {{>item}}\n{{/one}}"_s,
            QJsonObject {{u"items"_s, items}, {u"one"_s, u"x"_s}}, options);
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.value(), expected + u"\n  <x>"_s); // the line break went with the tag
        QCOMPARE(calls, 2); // "item" and "missing", once each
    }

    void noResolverMeansEmptyPartials()
    {
        const auto rendered = pwb::renderMustache(u"[{{>anything}}]"_s, QJsonObject());
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.value(), u"[]"_s);
    }

    void limitsStopRunawayRendering()
    {
        QJsonArray ten;
        for (int i = 0; i < 10; ++i) {
            ten.append(i);
        }
        MustacheOptions options;
        options.maxSteps = 1000;
        // 10^4 passes through the innermost section.
        const auto steps =
            pwb::renderMustache(u"{{#a}}{{#a}}{{#a}}\n{{#a}}x{{/a}}{{/a}}{{/a}}{{/a}}"_s,
                                QJsonObject {{u"a"_s, ten}}, options);
        QVERIFY(!steps.ok());
        QCOMPARE(steps.error().message,
                 u"rendering stopped after 1000 steps: are sections over long lists nested in "
                 "each other?"_s);
        QCOMPARE(steps.error().line, 2);

        options = {};
        options.maxOutputLength = 100;
        const auto output = pwb::renderMustache(u"{{#a}}0123456789ABCDEF{{/a}}"_s,
                                                QJsonObject {{u"a"_s, ten}}, options);
        QVERIFY(!output.ok());
        QCOMPARE(output.error().message,
                 u"rendering stopped: the text is longer than 100 characters"_s);
    }

    void aParsedTemplateRendersManyTimes()
    {
        const auto parsed = MustacheTemplate::parse(u"{{#people}}{{name}},{{/people}}"_s);
        QVERIFY(parsed.ok());
        for (const auto &[data, expected] :
             {std::pair(json(R"({"people": [{"name": "a"}]})"), u"a,"_s),
              std::pair(json(R"({"people": [{"name": "b"}, {"name": "c"}]})"), u"b,c,"_s)}) {
            const auto rendered = pwb::renderMustache(parsed.value(), data);
            QVERIFY(rendered.ok());
            QCOMPARE(rendered.value(), expected);
        }
    }

    // Parsing and rendering are linear: a 1 MB template goes through without trouble.
    void megabyteTemplate()
    {
        const QString line = u"Line {{n}}: {{#items}}{{name}}, {{/items}}{{^none}}ok{{/none}}\n"
                             "  {{! a standalone comment }}\n"_s;
        QString source;
        while (source.size() < 1024 * 1024) {
            source += line;
        }
        const qsizetype lines = source.size() / line.size();
        const auto rendered = pwb::renderMustache(
            source, json(R"({"n": 7, "items": [{"name": "a"}, {"name": "b"}]})"));
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.value().size(), lines * u"Line 7: a, b, ok\n"_s.size());
        QVERIFY(rendered.value().startsWith(u"Line 7: a, b, ok\nLine 7: a, b, ok\n"_s));

        // A megabyte of unclosed tags fails on the first one, with its place.
        QString unclosed;
        while (unclosed.size() < 1024 * 1024) {
            unclosed += u"text {{ open\n"_s;
        }
        const auto parsed = MustacheTemplate::parse(unclosed);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().column, 6);
    }
};

QTEST_GUILESS_MAIN(MustacheTest)
#include "tst_mustache.moc"
