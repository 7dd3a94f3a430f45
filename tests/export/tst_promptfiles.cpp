#include "export/PromptFile.h"
#include "export/PromptyFormat.h"

#include <QJsonArray>
#include <QTest>

using namespace pwb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pwb::PromptFileFormat)

namespace {

// Texts YAML, Markdown or JSON could get wrong: spaces at the ends, trailing newlines, comment
// and mapping indicators, quotes, escapes, texts that read as numbers, booleans or null, text
// outside ASCII, and the formats' own markers.
const QStringList kAwkward {
    u""_s,
    u" leading and trailing "_s,
    u"ends with a newline\n"_s,
    u"ends with two\n\n"_s,
    u"\nstarts with a newline"_s,
    u"  indented first line\nsecond"_s,
    u"# not a comment"_s,
    u"key: value"_s,
    u"a: b\n- c\n? d"_s,
    u"\"double\" and 'single' quotes"_s,
    u"back\\slash \\n not a newline"_s,
    u"tab\there"_s,
    u"true"_s,
    u"No"_s,
    u"null"_s,
    u"~"_s,
    u"0.7"_s,
    u"1e3"_s,
    u"0x1F"_s,
    u"€ 日本語 😀 émoji"_s,
    u"---\nlooks like front matter\n---"_s,
    u"## user\n```\nfence\n```\n````more````"_s,
    u"{{#section}}{{name}}{{/section}} {% raw %}"_s,
    u"line with trailing spaces   \nnext"_s,
    u"   \n  \nonly spaces before"_s,
    u"[a, b] {c: d} & *alias !tag |pipe >fold %directive @at `tick`"_s,
};

PromptFile sample()
{
    PromptFile file;
    file.name = u"Support reply"_s;
    file.description = u"Answers a customer: politely,\nbriefly."_s;
    file.tags = {u"support"_s, u"email"_s};
    file.folderPath = u"Support/Email"_s;
    file.version = 3;
    file.note = u"shorter greeting"_s;
    file.labels = {u"production"_s};
    file.content.providerId = u"openai"_s;
    file.content.model = u"gpt-4o-mini"_s;
    file.content.parameters = {
        {u"temperature"_s, 0.2},
        {u"max_tokens"_s, 300},
        {u"stop"_s, QJsonArray {u"\n\n"_s, u"END"_s}},
        {u"seed"_s, 42},
        {u"response_format"_s, u"json_schema"_s},
        {u"json_schema"_s,
         QJsonObject {{u"type"_s, u"object"_s}, {u"required"_s, QJsonArray {u"answer"_s}}}}};
    file.content.variables = {{u"tone"_s, u"friendly"_s, u"How the reply sounds"_s},
                              {u"question"_s, u""_s, u""_s}};
    file.content.messages = {
        {ChatMessage::Role::System, u"You answer in a {{tone}} tone.\n\nSign as \"Support\"."_s},
        {ChatMessage::Role::User, u"{{question}}"_s},
        {ChatMessage::Role::Assistant, u"Hello!"_s},
        {ChatMessage::Role::User, u"Again: {{question}}"_s}};
    return file;
}

QByteArray written(const PromptFile &file, PromptFileFormat format)
{
    const Result<QByteArray> result = PromptFiles::write(file, format);
    if (!result) {
        qWarning().noquote() << result.error();
        return {};
    }
    return result.value();
}

PromptFile readBack(const QByteArray &data, PromptFileFormat format)
{
    const PromptFileReadResult result = PromptFiles::read(data, u"file"_s, format);
    if (!result) {
        qWarning().noquote() << result.error().toString() << "\n" << data;
        return {};
    }
    return result.value().file;
}

PromptFileProblems problemsOf(const QByteArray &data, const QString &fileName)
{
    const PromptFileReadResult result = PromptFiles::read(data, fileName);
    if (result) {
        return {result.value().warnings};
    }
    return result.error();
}

QStringList texts(const QList<PromptFileProblem> &problems)
{
    QStringList result;
    for (const PromptFileProblem &problem : problems) {
        result.append(problem.toString());
    }
    return result;
}

} // namespace

class PromptFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<PromptFileFormat>("format");
        QTest::newRow("prompty") << PromptFileFormat::Prompty;
        QTest::newRow("json") << PromptFileFormat::Json;
        QTest::newRow("markdown") << PromptFileFormat::Markdown;
    }
    void roundTrip()
    {
        QFETCH(PromptFileFormat, format);
        const PromptFile file = sample();
        const QByteArray data = written(file, format);
        QVERIFY(!data.isEmpty());
        QCOMPARE(readBack(data, format), file);
        // Written again, the file is the same bytes: exports make no diff noise in git.
        QCOMPARE(written(readBack(data, format), format), data);

        PromptFile bare;
        bare.name = u"bare"_s;
        QCOMPARE(readBack(written(bare, format), format), bare);
    }

    // Every awkward text in every place a text goes; in message contents for the formats that
    // keep any text (Prompty trims messages: see promptyRefuses).
    void awkwardTexts_data()
    {
        QTest::addColumn<PromptFileFormat>("format");
        QTest::addColumn<QString>("text");
        for (const auto &[name, format] : {std::pair {"prompty", PromptFileFormat::Prompty},
                                           std::pair {"json", PromptFileFormat::Json},
                                           std::pair {"markdown", PromptFileFormat::Markdown}}) {
            for (qsizetype i = 0; i < kAwkward.size(); ++i) {
                QTest::addRow("%s %lld", name, qlonglong(i)) << format << kAwkward.at(i);
            }
        }
    }
    void awkwardTexts()
    {
        QFETCH(PromptFileFormat, format);
        QFETCH(QString, text);
        PromptFile file = sample();
        file.name = u"n "_s + text; // a name is never empty
        file.description = text;
        file.note = text;
        file.tags = {text + u"x"_s, u"y"_s};
        file.labels = {u"l"_s + text};
        file.folderPath = u"F"_s + QString(text).replace(u'/', u'_');
        file.content.model = text;
        file.content.providerId = text;
        file.content.variables = {{u"v"_s, text, text}, {u"w "_s + text, text, u""_s}};
        file.content.parameters.insert(u"stop"_s, QJsonArray {text, u"x"_s});
        file.content.parameters.insert(
            u"json_schema"_s,
            QJsonObject {{u"description"_s, text}, {u"k "_s + text, QJsonArray {text}}});
        if (format != PromptFileFormat::Prompty) {
            file.content.messages.append({ChatMessage::Role::User, text});
            file.content.messages.append({ChatMessage::Role::Assistant, text + u"\n"_s + text});
        }
        const QByteArray data = written(file, format);
        QVERIFY(!data.isEmpty());
        QCOMPARE(readBack(data, format), file);
    }

    void multiLineTextsAreLiteralBlocks()
    {
        const QByteArray data = written(sample(), PromptFileFormat::Markdown);
        QVERIFY2(data.contains("description: |-\n  Answers a customer: politely,\n  briefly.\n"),
                 data.constData());
        QVERIFY2(data.contains("\n## system\n\n```\nYou answer in a {{tone}} tone.\n"),
                 data.constData());
    }

    void markdownFenceOutgrowsTheText()
    {
        PromptFile file = sample();
        file.content.messages = {{ChatMessage::Role::User, u"```\ncode\n```\n``````"_s}};
        const QByteArray data = written(file, PromptFileFormat::Markdown);
        QVERIFY2(data.contains("\n```````\n```\ncode"), data.constData());
        QCOMPARE(readBack(data, PromptFileFormat::Markdown), file);
    }

    void promptyRefuses_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trailing newline") << u"Hello\n"_s << u"begins or ends with spaces"_s;
        QTest::newRow("leading space") << u" Hello"_s << u"begins or ends with spaces"_s;
        QTest::newRow("role marker") << u"Say:\nuser:\nthen"_s << u"\"user:\""_s;
        QTest::newRow("markdown marker") << u"a\n# Assistant:\nb"_s << u"\"# Assistant:\""_s;
    }
    void promptyRefuses()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        PromptFile file = sample();
        file.content.messages[1].content = content;
        const Result<QByteArray> result = PromptFiles::write(file, PromptFileFormat::Prompty);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        QVERIFY2(result.error().contains(u"message 2 (user)"_s), qPrintable(result.error()));
        QVERIFY(result.error().contains(u"JSON"_s));
        // The formats that keep any text write it.
        QVERIFY(PromptFiles::write(file, PromptFileFormat::Markdown));
        QVERIFY(PromptFiles::write(file, PromptFileFormat::Json));
    }

    void promptyWritesPromptyKeys()
    {
        const QString data = QString::fromUtf8(written(sample(), PromptFileFormat::Prompty));
        for (
            const QString &expected :
            {u"\nmodel:\n  api: chat\n  configuration:\n    type: openai\n    name: gpt-4o-mini\n"_s,
             u"\n  parameters:\n    max_tokens: 300\n    response_format:\n      type: json_schema\n"_s,
             u"\ninputs:\n  tone:\n    type: string\n    default: friendly\n"_s,
             u"\nsample:\n  tone: friendly\n  question: \"\"\n"_s, u"\ntemplate: mustache\n"_s,
             u"\npwb:\n  folder: Support/Email\n"_s,
             u"\n---\nsystem:\nYou answer in a {{tone}} tone.\n\nSign as \"Support\".\n\nuser:\n"_s}) {
            QVERIFY2(data.contains(expected), qPrintable(data));
        }
    }

    // A file as Prompty's own samples write it: Jinja by default, {{ name }} with spaces.
    void readsForeignPrompty()
    {
        const QByteArray data = R"(---
name: Basic Prompt
description: A basic prompt that uses the chat API to answer questions
authors:
  - someone
version: 1.0
model:
  api: chat
  configuration:
    type: azure_openai
    azure_deployment: gpt-35-turbo
    azure_endpoint: ${env:AZURE_OPENAI_ENDPOINT}
  parameters:
    max_tokens: 128
    temperature: 0.2
    response_format:
      type: json_object
inputs:
  firstName:
    type: string
    description: The first name
  question:
    type: string
sample:
  firstName: Jane
  question: What is the meaning of life?
---
system:
You are an AI assistant who helps people find information.
Use their name: {{ firstName }}.

# User:
{{question}}
)"_ba;
        const PromptFileReadResult result = PromptFiles::read(data, u"basic.prompty"_s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        const PromptFile &file = result.value().file;
        QCOMPARE(file.name, u"Basic Prompt"_s);
        QCOMPARE(file.version, 0);
        QCOMPARE(file.content.providerId, u"azure_openai"_s);
        QCOMPARE(file.content.model, u"gpt-35-turbo"_s);
        QCOMPARE(file.content.parameters.value(u"max_tokens"_s).toInt(), 128);
        QCOMPARE(file.content.parameters.value(u"temperature"_s).toDouble(), 0.2);
        QCOMPARE(file.content.parameters.value(u"response_format"_s).toString(), u"json_object"_s);
        const QList<VariableDefinition> variables {
            {u"firstName"_s, u"Jane"_s, u"The first name"_s},
            {u"question"_s, u"What is the meaning of life?"_s, {}}};
        QCOMPARE(file.content.variables, variables);
        QCOMPARE(file.content.messages.size(), 2);
        QCOMPARE(file.content.messages.at(0).content,
                 u"You are an AI assistant who helps people find information.\n"
                 u"Use their name: {{ firstName }}."_s);
        QCOMPARE(file.content.messages.at(1).role, ChatMessage::Role::User);
        QCOMPARE(file.content.messages.at(1).content, u"{{question}}"_s);
        const QStringList warnings = texts(result.value().warnings);
        for (const QString &expected :
             {u"basic.prompty:4:1: warning: authors: not kept"_s,
              u"basic.prompty:6:10: warning: version: \"1.0\" is not kept"_s,
              u"basic.prompty:12:21: warning: model.configuration.azure_endpoint: not kept"_s}) {
            QVERIFY2(warnings.join(u'\n').contains(expected), qPrintable(warnings.join(u'\n')));
        }
    }

    void jinjaReportedByLine_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("if")
            << u"system:\nHello\n{% if tone %}Be {{tone}}.{% endif %}\n"_s
            << QStringList {u"t.prompty:9:1: unsupported Jinja control flow '{% if tone %}' "
                            u"(Mustache sections {{#tone}}…{{/tone}}"_s,
                            u"t.prompty:9:26: unsupported Jinja control flow '{% endif %}'"_s};
        QTest::newRow("for") << u"user:\n\n{% for item in items %}\n- {{ item }}\n{% endfor %}"_s
                             << QStringList {u"t.prompty:9:1: unsupported Jinja control flow '{% "
                                             u"for item in items %}' (a Mustache section "
                                             u"{{#items}}…{{/items}}"_s,
                                             u"t.prompty:11:1:"_s};
        QTest::newRow("filter") << u"user:\n{{ name | upper }}"_s
                                << QStringList {u"t.prompty:8:1: unsupported Jinja filter "
                                                u"'{{ name | upper }}'"_s};
        QTest::newRow("comment") << u"user:\nHi {# secret #}"_s
                                 << QStringList {u"t.prompty:8:4: unsupported Jinja comment"_s};
        QTest::newRow("expression") << u"user:\n\n\n{{ a + b }}"_s
                                    << QStringList {u"t.prompty:10:1: unsupported Jinja "
                                                    u"expression '{{ a + b }}'"_s};
    }
    void jinjaReportedByLine()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        const QByteArray data =
            (u"---\nname: t\ninputs:\n  tone:\n    type: string\n---\n"_s + body).toUtf8();
        const PromptFileProblems problems = problemsOf(data, u"t.prompty"_s);
        const QStringList found = texts(problems.errors());
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(found.at(i).startsWith(expected.at(i)), qPrintable(found.join(u'\n')));
        }
        // The same text in a Mustache prompty is just text.
        QByteArray mustache = data;
        mustache.replace("---\nname: t", "---\ntemplate: mustache\nname: t");
        QVERIFY(PromptFiles::read(mustache, u"t.prompty"_s));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("prompty: YAML")
            << u"a.prompty"_s << "---\nname: a\nmodel:\n  api: [chat\n---\nuser:\nx\n"_ba
            << u"a.prompty:5:1: YAML: "_s;
        QTest::newRow("prompty: no front matter")
            << u"a.prompty"_s << "user:\nhello\n"_ba
            << u"a.prompty:1:1: a .prompty file starts with a line '---'"_s;
        QTest::newRow("prompty: unclosed front matter")
            << u"a.prompty"_s << "---\nname: a\nuser:\nhello\n"_ba
            << u"a.prompty:1:1: the front matter has no closing line"_s;
        QTest::newRow("prompty: tool role")
            << u"a.prompty"_s << "---\nname: a\n---\nuser:\nhi\n\ntool:\nresult\n"_ba
            << u"a.prompty:7:1: tool messages are not supported"_s;
        QTest::newRow("prompty: default not a text")
            << u"a.prompty"_s << "---\nname: a\ninputs:\n  x:\n    default: [1, 2]\n---\n"_ba
            << u"a.prompty:5:14: inputs.x.default: a default is a text"_s;
        QTest::newRow("prompty: no name") << u"a.prompty"_s << "---\ndescription: d\n---\n"_ba
                                          << u"a.prompty: name: a prompt file names its prompt"_s;
        QTest::newRow("markdown: unclosed fence")
            << u"b.md"_s << "---\nname: b\n---\n\n## user\n\n````\ntext\n```\n"_ba
            << u"b.md:7:1: the fenced block of the user message is not closed"_s;
        QTest::newRow("markdown: text outside")
            << u"b.md"_s << "---\nname: b\n---\n\nJust some text\n"_ba
            << u"b.md:5:1: a message starts with a heading"_s;
        QTest::newRow("markdown: heading without fence")
            << u"b.md"_s << "---\nname: b\n---\n## system\nplain text\n"_ba
            << u"b.md:5:1: the text of the system message goes in a fenced block"_s;
        QTest::newRow("markdown: version") << u"b.md"_s << "---\nname: b\nversion: two\n---\n"_ba
                                           << u"b.md:3:10: version: a version is a whole number"_s;
        QTest::newRow("markdown: YAML tab")
            << u"b.md"_s << "---\nname: b\nvariables:\n  x:\n\tdefault: 1\n---\n"_ba
            << u"b.md:5:"_s;
        QTest::newRow("json: syntax")
            << u"c.json"_s << "{\n  \"name\": \"c\",\n  \"x\": ]\n}"_ba << u"c.json:3:9: JSON: "_s;
        QTest::newRow("json: not ours")
            << u"c.json"_s << "{\"name\": \"c\"}"_ba
            << u"c.json: format: \"prompt-workbench/prompt\" was expected"_s;
        QTest::newRow("json: newer")
            << u"c.json"_s
            << "{\"format\": \"prompt-workbench/prompt\", \"formatVersion\": 7, \"name\": \"c\"}"_ba
            << u"c.json: formatVersion: 7 is newer"_s;
        QTest::newRow("json: wrong type")
            << u"c.json"_s
            << "{\"format\": \"prompt-workbench/prompt\", \"formatVersion\": 1, \"name\": \"c\", "
               "\"messages\": [{\"role\": \"user\", \"content\": 5}]}"_ba
            << u"c.json: messages[0].content: a text was expected, not a number"_s;
        QTest::newRow("json: role")
            << u"c.json"_s
            << "{\"format\": \"prompt-workbench/prompt\", \"formatVersion\": 1, \"name\": \"c\", "
               "\"messages\": [{\"role\": \"tool\", \"content\": \"x\"}]}"_ba
            << u"c.json: messages[0].role: \"tool\": system, user or assistant"_s;
        QTest::newRow("unknown extension") << u"d.txt"_s << "x"_ba << u"d.txt: not a prompt file"_s;
    }
    void malformed()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const PromptFileReadResult result = PromptFiles::read(data, fileName);
        QVERIFY(!result);
        const QStringList errors = texts(result.error().errors());
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().startsWith(expected), qPrintable(errors.join(u'\n')));
    }

    void everyProblemIsReported()
    {
        const QByteArray data = "---\nname: x\nmodel:\n  parameters:\n    temprature: 1\n"
                                "colour: blue\ninputs:\n  a:\n    default: [1]\n---\n"
                                "user:\n{{ a | trim }}\n\n{% if a %}x{% endif %}\n"_ba;
        const PromptFileProblems problems = problemsOf(data, u"x.prompty"_s);
        QCOMPARE(problems.errors().size(), 4);
        const QString warnings = texts(problems.warnings()).join(u'\n');
        QVERIFY2(warnings.contains(u"x.prompty:6:1: warning: colour: not a key"_s),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(u"parameters.temprature"_s), qPrintable(warnings));
    }

    void unknownKeysAreWarnings()
    {
        const QByteArray data = "---\nname: x\nfavourite: yes\n---\n\n## user\n\n```\nhi\n```\n"_ba;
        const PromptFileReadResult result = PromptFiles::read(data, u"x.md"_s);
        QVERIFY(result);
        QCOMPARE(texts(result.value().warnings),
                 QStringList {u"x.md:3:1: warning: favourite: not a key Prompt Workbench knows; "
                              u"ignored (known: name, description, folder, tags, version, note, "
                              u"labels, provider, model, parameters, variables)"_s});
        QCOMPARE(result.value().file.content.messages.first().content, u"hi"_s);
    }

    void crlfCheckoutReads()
    {
        QByteArray data = written(sample(), PromptFileFormat::Markdown);
        data.replace("\n", "\r\n");
        QCOMPARE(readBack(data, PromptFileFormat::Markdown), sample());
    }
};

QTEST_GUILESS_MAIN(PromptFilesTest)
#include "tst_promptfiles.moc"
