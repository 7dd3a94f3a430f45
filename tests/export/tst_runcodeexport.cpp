#include "export/RunCodeExport.h"
#include "providers/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;
using namespace Qt::StringLiterals;

namespace {

const QString kCanary = u"sk-CANARY-must-never-appear-7f3a"_s;
// Quotes, newlines, a backslash, shell and template syntax, a heredoc delimiter on its own
// line, and text outside ASCII.
const QString kTricky = u"Say \"hi\" & 'bye'\nJSON\nC:\\path $HOME ${X} `id` \t€ 日本 😀"_s;

ProviderConfig provider(const QString &id)
{
    ProviderConfig config = ProviderConfig::preset(id).value();
    config.apiKey = kCanary;
    return config;
}

ChatRequest request(const QString &userText = u"Hello"_s)
{
    ChatRequest request;
    request.model = u"some-model"_s;
    request.messages = {{ChatMessage::Role::System, u"Be brief."_s},
                        {ChatMessage::Role::User, userText},
                        {ChatMessage::Role::Assistant, u"Earlier reply"_s},
                        {ChatMessage::Role::User, u"Again: "_s + userText}};
    request.temperature = 0.5;
    request.maxTokens = 100;
    return request;
}

QString code(const ProviderConfig &config, const ChatRequest &chat, CodeLanguage language)
{
    const Result<QString> result = RunCodeExport::code(config, chat, language);
    if (!result) {
        qWarning() << result.error();
        return {};
    }
    return result.value();
}

// Runs a program inside the build environment; nullopt when it is not installed there.
std::optional<QByteArray>
run(const QString &program, const QStringList &arguments, const QByteArray &input,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        return std::nullopt;
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        qWarning() << program << process.readAllStandardError();
        return QByteArray();
    }
    return process.readAllStandardOutput();
}

} // namespace

Q_DECLARE_METATYPE(pwb::CodeLanguage)

class TestRunCodeExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyLines_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<CodeLanguage>("language");
        QTest::addColumn<QStringList>("lines");
        const auto curl = CodeLanguage::Curl;
        const auto python = CodeLanguage::Python;
        const auto js = CodeLanguage::JavaScript;
        QTest::newRow("openai curl")
            << u"openai"_s << curl
            << QStringList {u"curl -sS -N 'https://api.openai.com/v1/chat/completions' \\"_s,
                            u"  -H \"Authorization: Bearer ${OPENAI_API_KEY}\" \\"_s,
                            u"  -H 'Content-Type: application/json' \\"_s,
                            u"  --data-binary @- <<'JSON'"_s, u"    \"max_tokens\": 100,"_s};
        QTest::newRow("openai python")
            << u"openai"_s << python
            << QStringList {
                   u"from openai import OpenAI"_s,
                   u"    base_url=\"https://api.openai.com/v1\","_s,
                   u"    api_key=os.environ[\"OPENAI_API_KEY\"],"_s,
                   u"stream = client.chat.completions.create("_s,
                   u"    model=\"some-model\","_s,
                   u"    stream=True,"_s,
                   u"    max_tokens=100,"_s,
                   u"        print(chunk.choices[0].delta.content, end=\"\", flush=True)"_s};
        QTest::newRow("openai js")
            << u"openai"_s << js
            << QStringList {u"import OpenAI from \"openai\";"_s,
                            u"    apiKey: process.env.OPENAI_API_KEY,"_s,
                            u"    baseURL: \"https://api.openai.com/v1\","_s,
                            u"const stream = await client.chat.completions.create({"_s,
                            u"    \"stream\": true,"_s};
        QTest::newRow("responses curl")
            << u"openai-responses"_s << curl
            << QStringList {u"curl -sS -N 'https://api.openai.com/v1/responses' \\"_s,
                            u"    \"instructions\": \"Be brief.\","_s,
                            u"    \"max_output_tokens\": 100,"_s};
        QTest::newRow("responses python")
            << u"openai-responses"_s << python
            << QStringList {u"stream = client.responses.create("_s,
                            u"    instructions=\"Be brief.\","_s,
                            u"    if event.type == \"response.output_text.delta\":"_s};
        QTest::newRow("responses js")
            << u"openai-responses"_s << js
            << QStringList {u"const stream = await client.responses.create({"_s,
                            u"    if (event.type === \"response.output_text.delta\") {"_s};
        QTest::newRow("anthropic curl")
            << u"anthropic"_s << curl
            << QStringList {u"curl -sS -N 'https://api.anthropic.com/v1/messages' \\"_s,
                            u"  -H \"x-api-key: ${ANTHROPIC_API_KEY}\" \\"_s,
                            u"  -H 'anthropic-version: 2023-06-01' \\"_s,
                            u"    \"system\": \"Be brief.\","_s};
        QTest::newRow("anthropic python")
            << u"anthropic"_s << python
            << QStringList {u"import anthropic"_s,
                            u"    api_key=os.environ[\"ANTHROPIC_API_KEY\"],"_s,
                            u"with client.messages.stream("_s, u"    system=\"Be brief.\","_s,
                            u"    for text in stream.text_stream:"_s};
        QTest::newRow("anthropic js")
            << u"anthropic"_s << js
            << QStringList {u"import Anthropic from \"@anthropic-ai/sdk\";"_s,
                            u"    apiKey: process.env.ANTHROPIC_API_KEY,"_s,
                            u"const stream = client.messages.stream({"_s,
                            u"await stream.finalMessage();"_s};
        QTest::newRow("gemini curl")
            << u"gemini"_s << curl
            << QStringList {u"  -H \"x-goog-api-key: ${GEMINI_API_KEY}\" \\"_s,
                            u"            \"role\": \"model\""_s};
        QTest::newRow("gemini python")
            << u"gemini"_s << python
            << QStringList {u"from google import genai"_s,
                            u"    api_key=os.environ[\"GEMINI_API_KEY\"],"_s,
                            u"for chunk in client.models.generate_content_stream("_s,
                            u"    config=types.GenerateContentConfig("_s,
                            u"        max_output_tokens=100,"_s,
                            u"        temperature=0.5,"_s};
        QTest::newRow("gemini js")
            << u"gemini"_s << js
            << QStringList {u"import { GoogleGenAI } from \"@google/genai\";"_s,
                            u"    apiKey: process.env.GEMINI_API_KEY,"_s,
                            u"const stream = await client.models.generateContentStream({"_s,
                            u"        \"maxOutputTokens\": 100,"_s};
        QTest::newRow("ollama curl")
            << u"ollama"_s << curl
            << QStringList {u"curl -sS -N 'http://localhost:11434/api/chat' \\"_s,
                            u"  -H \"Authorization: Bearer ${OLLAMA_API_KEY}\" \\"_s,
                            u"        \"num_predict\": 100,"_s};
        QTest::newRow("ollama python")
            << u"ollama"_s << python
            << QStringList {
                   u"from ollama import Client"_s, u"    host=\"http://localhost:11434\","_s,
                   u"        \"Authorization\": \"Bearer \" + os.environ[\"OLLAMA_API_KEY\"],"_s,
                   u"for chunk in client.chat("_s};
        QTest::newRow("ollama js")
            << u"ollama"_s << js
            << QStringList {
                   u"import { Ollama } from \"ollama\";"_s,
                   u"        \"Authorization\": \"Bearer \" + process.env.OLLAMA_API_KEY,"_s,
                   u"const stream = await client.chat({"_s};
    }

    void keyLines()
    {
        QFETCH(QString, providerId);
        QFETCH(CodeLanguage, language);
        QFETCH(QStringList, lines);
        const QString text = code(provider(providerId), request(), language);
        QVERIFY(!text.isEmpty());
        const QStringList actual = text.split(u'\n');
        for (const QString &line : lines) {
            QVERIFY2(actual.contains(line), qPrintable(u"missing line: "_s + line + u"\n" + text));
        }
        QVERIFY(!text.contains(kCanary));
    }

    // Every format and language, with every parameter, extra headers, and with and without an
    // environment variable of the provider's own.
    void canaryKeyNeverAppears()
    {
        ChatRequest chat = request(kTricky);
        chat.topP = 0.9;
        chat.stop = {u"END"_s};
        chat.seed = 7;
        chat.jsonSchema = QJsonObject {{u"type"_s, u"object"_s}};
        for (const QString &id : {u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s,
                                  u"ollama"_s, u"deepseek"_s}) {
            for (const QString &variable : {QString(), u"MY_KEY"_s}) {
                ProviderConfig config = provider(id);
                config.apiKeyEnvironmentVariable = variable;
                config.extraHeaders = {{"X-Trace", "on"}};
                for (const CodeLanguage language :
                     {CodeLanguage::Curl, CodeLanguage::Python, CodeLanguage::JavaScript}) {
                    const QString text = code(config, chat, language);
                    QVERIFY2(!text.isEmpty(), qPrintable(id));
                    QVERIFY2(!text.contains(kCanary), qPrintable(id + u"\n" + text));
                    QVERIFY2(!text.contains(u"PWB_API_KEY"_s), qPrintable(text));
                    QVERIFY2(text.contains(u"X-Trace"_s), qPrintable(text));
                    if (!variable.isEmpty()) {
                        QVERIFY2(text.contains(variable), qPrintable(text));
                    }
                }
            }
        }
    }

    void curlRunsInBash_data() { formats(); }

    // The command runs in a real shell against a stand-in curl that prints its arguments and
    // the body it reads: the key expands from the environment, the body is exactly
    // RequestBuilder's, whatever the texts hold.
    void curlRunsInBash()
    {
        QFETCH(QString, providerId);
        ProviderConfig config = provider(providerId);
        config.extraHeaders = {{"X-Quote", "it's $5"}};
        const ChatRequest chat = request(kTricky);
        const QString text = code(config, chat, CodeLanguage::Curl);
        QVERIFY(!text.isEmpty());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString variable = RunCodeExport::keyVariable(config);
        environment.insert(variable, u"key-from-env"_s);
        const QByteArray script =
            "curl() { printf '%s\\n' \"$@\"; printf '%s\\n' '---BODY---'; cat; }\n" + text.toUtf8();
        const std::optional<QByteArray> output =
            run(u"bash"_s, {u"-c"_s, QString::fromUtf8(script)}, {}, environment);
        if (!output) {
            QSKIP("bash is not installed in the build environment");
        }
        const qsizetype split = output->indexOf("---BODY---\n");
        QVERIFY2(split > 0, output->constData());
        const QList<QByteArray> arguments = output->left(split).split('\n');
        const HttpRequestSpec spec = buildStreamingRequest(config, chat);
        QVERIFY(arguments.contains(spec.url.toEncoded()));
        QVERIFY(arguments.contains("X-Quote: it's $5"));
        QList<QPair<QByteArray, QByteArray>> keyHeaders = apiKeyHeaders(config);
        QCOMPARE(keyHeaders.size(), 1);
        const QByteArray expectedKeyLine = keyHeaders[0].first + ": " +
            keyHeaders[0].second.replace(kCanary.toUtf8(), "key-from-env");
        QVERIFY2(arguments.contains(expectedKeyLine), output->constData());

        QJsonParseError error;
        const QJsonDocument body =
            QJsonDocument::fromJson(output->mid(split + qsizetype(strlen("---BODY---\n"))), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body, QJsonDocument::fromJson(spec.body));
    }

    void pythonParses_data() { formats(); }

    // The program is valid Python, and the texts come out of its string literals unchanged.
    void pythonParses()
    {
        QFETCH(QString, providerId);
        ProviderConfig config = provider(providerId);
        config.extraHeaders = {{"X-Quote", "it's \"$5\""}};
        ChatRequest chat = request(kTricky);
        chat.stop = {kTricky};
        chat.jsonSchema = QJsonObject {{u"type"_s, u"object"_s}};
        const QString text = code(config, chat, CodeLanguage::Python);
        QVERIFY(!text.isEmpty());
        const std::optional<QByteArray> output =
            run(u"python3"_s,
                {u"-c"_s,
                 u"import ast, json, sys\n"
                 u"tree = ast.parse(sys.stdin.buffer.read().decode('utf-8'))\n"
                 u"print(json.dumps([n.value for n in ast.walk(tree)"
                 u" if isinstance(n, ast.Constant) and isinstance(n.value, str)]))\n"_s},
                text.toUtf8());
        if (!output) {
            QSKIP("python3 is not installed in the build environment");
        }
        const QJsonArray strings = QJsonDocument::fromJson(*output).array();
        QVERIFY2(!strings.isEmpty(), qPrintable(text));
        QVERIFY2(strings.contains(kTricky), qPrintable(text));
        QVERIFY(strings.contains(QString(u"Again: "_s + kTricky)));
        QVERIFY(strings.contains(u"it's \"$5\""_s));
    }

    void javaScriptParses_data() { formats(); }

    void javaScriptParses()
    {
        QFETCH(QString, providerId);
        ProviderConfig config = provider(providerId);
        config.extraHeaders = {{"X-Quote", "it's \"$5\""}};
        const QString text = code(config, request(kTricky), CodeLanguage::JavaScript);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(
            QString::fromUtf8(QJsonDocument(QJsonArray {kTricky}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"run.mjs"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        const std::optional<QByteArray> output =
            run(u"node"_s, {u"--check"_s, file.fileName()}, {});
        if (!output) {
            QSKIP("node is not installed in the build environment");
        }
        QVERIFY2(!output->isNull(), qPrintable(text));
    }

    void parametersTheFormatLacksAreNamed()
    {
        ChatRequest chat = request();
        chat.seed = 42;
        const QString text = code(provider(u"anthropic"_s), chat, CodeLanguage::Python);
        QVERIFY2(text.startsWith(u"# Reads the API key from $ANTHROPIC_API_KEY.\n"
                                 u"# Not sent, as in the run (anthropic has no such parameter): "
                                 u"seed\n"_s) ||
                     text.contains(u"no such parameter): seed\n"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"seed="_s));
        QVERIFY(code(provider(u"openai"_s), chat, CodeLanguage::Python).contains(u"seed=42,"_s));
    }

    void failuresNameTheirCause()
    {
        ChatRequest chat = request();
        chat.model.clear();
        Result<QString> result =
            RunCodeExport::code(provider(u"openai"_s), chat, CodeLanguage::Curl);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"model"_s), qPrintable(result.error()));

        ProviderConfig config = provider(u"openai"_s);
        config.apiKeyEnvironmentVariable = u"MY KEY; rm -rf"_s;
        result = RunCodeExport::code(config, request(), CodeLanguage::Curl);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"MY KEY; rm -rf"_s), qPrintable(result.error()));
    }

    void ollamaWithoutKeySendsNone()
    {
        ProviderConfig config = provider(u"ollama"_s);
        config.apiKey.clear();
        QVERIFY(RunCodeExport::keyVariable(config).isEmpty());
        for (const CodeLanguage language :
             {CodeLanguage::Curl, CodeLanguage::Python, CodeLanguage::JavaScript}) {
            const QString text = code(config, request(), language);
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains(u"Authorization"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"API_KEY"_s), qPrintable(text));
        }
    }

private:
    static void formats()
    {
        QTest::addColumn<QString>("providerId");
        for (const QString &id :
             {u"openai"_s, u"openai-responses"_s, u"anthropic"_s, u"gemini"_s, u"ollama"_s}) {
            QTest::newRow(qPrintable(id)) << id;
        }
    }
};

QTEST_GUILESS_MAIN(TestRunCodeExport)
#include "tst_runcodeexport.moc"
