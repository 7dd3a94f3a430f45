#include "prompts/PromptParameters.h"
#include "providers/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

// Raw strings keep the JSON readable; moc 6.8 misreads a '#' inside one (the class then gets no
// moc output at all), so no stop sequence here is "###".
QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", text);
    }
    return object;
}

} // namespace

class PromptParametersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validParametersBecomeRequestFields()
    {
        const Result<ChatRequest> request = PromptParameters::toRequest(
            parse(R"({"temperature": 0.2, "top_p": 0.9, "max_tokens": 300,
                     "stop": ["---", "END"], "seed": 42})"));
        QVERIFY2(request, qPrintable(request.error()));
        QCOMPARE(request->temperature, 0.2);
        QCOMPARE(request->topP, 0.9);
        QCOMPARE(request->maxTokens, 300);
        QCOMPARE(request->stop, (QStringList {u"---"_s, u"END"_s}));
        QCOMPARE(request->seed, 42);
        QVERIFY(request->jsonSchema.isEmpty());
        QVERIFY(!request->jsonMode);
    }

    void unsetAndNullLeaveProviderDefaults()
    {
        const Result<ChatRequest> request =
            PromptParameters::toRequest(parse(R"({"temperature": null, "stop": null})"));
        QVERIFY2(request, qPrintable(request.error()));
        QVERIFY(!request->temperature);
        QVERIFY(!request->topP && !request->maxTokens && !request->seed);
        QVERIFY(request->stop.isEmpty());
        QVERIFY(PromptParameters::check({}).isEmpty());
    }

    void responseFormats_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<bool>("jsonMode");
        QTest::addColumn<bool>("schema");
        QTest::newRow("text") << uR"({"response_format": "text"})"_s << false << false;
        QTest::newRow("json_object") << uR"({"response_format": "json_object"})"_s << true << false;
        QTest::newRow("json_schema")
            << uR"({"response_format": "json_schema", "json_schema": {"type": "object"}})"_s
            << false << true;
        QTest::newRow("a schema alone means json_schema")
            << uR"({"json_schema": {"type": "object"}})"_s << false << true;
    }

    void responseFormats()
    {
        QFETCH(QString, parameters);
        QFETCH(bool, jsonMode);
        QFETCH(bool, schema);
        const Result<ChatRequest> request =
            PromptParameters::toRequest(parse(parameters.toUtf8().constData()));
        QVERIFY2(request, qPrintable(request.error()));
        QCOMPARE(request->jsonMode, jsonMode);
        QCOMPARE(!request->jsonSchema.isEmpty(), schema);
    }

    void problemsNameTheField_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("temperature too high") << uR"({"temperature": 2.5})"_s << u"temperature"_s
                                              << u"temperature must be between 0 and 2"_s;
        QTest::newRow("temperature negative") << uR"({"temperature": -0.1})"_s << u"temperature"_s
                                              << u"temperature must be between 0 and 2"_s;
        QTest::newRow("temperature as text") << uR"({"temperature": "0.5"})"_s << u"temperature"_s
                                             << u"temperature must be between 0 and 2"_s;
        QTest::newRow("top_p") << uR"({"top_p": 1.5})"_s << u"top_p"_s
                               << u"top_p must be between 0 and 1"_s;
        QTest::newRow("max_tokens zero") << uR"({"max_tokens": 0})"_s << u"max_tokens"_s
                                         << u"max_tokens must be a whole number of at least 1"_s;
        QTest::newRow("max_tokens fraction")
            << uR"({"max_tokens": 10.5})"_s << u"max_tokens"_s
            << u"max_tokens must be a whole number of at least 1"_s;
        QTest::newRow("stop with an empty text") << uR"({"stop": ["a", ""]})"_s << u"stop"_s
                                                 << u"stop must be a list of non-empty texts"_s;
        QTest::newRow("stop not texts")
            << uR"({"stop": [1]})"_s << u"stop"_s << u"stop must be a list of non-empty texts"_s;
        QTest::newRow("seed fraction")
            << uR"({"seed": 1.5})"_s << u"seed"_s << u"seed must be a whole number"_s;
        QTest::newRow("unknown format")
            << uR"({"response_format": "xml"})"_s << u"response_format"_s
            << u"response_format must be \"text\", \"json_object\" or \"json_schema\""_s;
        QTest::newRow("json_schema format without a schema")
            << uR"({"response_format": "json_schema"})"_s << u"json_schema"_s
            << u"json_schema is needed when response_format is \"json_schema\""_s;
        QTest::newRow("schema not an object")
            << uR"({"json_schema": "object"})"_s << u"json_schema"_s
            << u"json_schema must be a JSON Schema object"_s;
        QTest::newRow("schema with text format")
            << uR"({"response_format": "text", "json_schema": {"type": "object"}})"_s
            << u"json_schema"_s << u"json_schema is given but response_format is \"text\""_s;
        QTest::newRow("typo") << uR"({"temprature": 1})"_s << u"temprature"_s
                              << u"temprature is not a parameter (known: temperature, top_p, "
                                 u"max_tokens, stop, seed, response_format, json_schema)"_s;
    }

    void problemsNameTheField()
    {
        QFETCH(QString, parameters);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QJsonObject object = parse(parameters.toUtf8().constData());
        const QList<ParameterProblem> problems = PromptParameters::check(object);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QCOMPARE(problems.first().message, message);

        ChatRequest request;
        request.temperature = 1.0;
        const Result<void> applied = PromptParameters::apply(object, request);
        QVERIFY(!applied);
        QCOMPARE(applied.error(), message);
        QCOMPARE(request.temperature, 1.0); // untouched on failure
    }

    void everyProblemIsReported()
    {
        const Result<ChatRequest> request =
            PromptParameters::toRequest(parse(R"({"temperature": 9, "max_tokens": -1})"));
        QVERIFY(!request);
        QCOMPARE(request.error(),
                 u"temperature must be between 0 and 2\n"
                 u"max_tokens must be a whole number of at least 1"_s);
    }

    void roundTrip()
    {
        ChatRequest request;
        request.temperature = 0.7;
        request.topP = 0.95;
        request.maxTokens = 1024;
        request.stop = {u"\n\n"_s};
        request.seed = 1234567890123;
        request.jsonSchema =
            parse(R"({"type": "object", "properties": {"a": {"type": "string"}}})");
        const QJsonObject parameters = PromptParameters::fromRequest(request);
        QCOMPARE(parameters.value(u"response_format"_s).toString(), u"json_schema"_s);
        QVERIFY(PromptParameters::check(parameters).isEmpty());
        const Result<ChatRequest> back = PromptParameters::toRequest(parameters);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->temperature, request.temperature);
        QCOMPARE(back->topP, request.topP);
        QCOMPARE(back->maxTokens, request.maxTokens);
        QCOMPARE(back->stop, request.stop);
        QCOMPARE(back->seed, request.seed);
        QCOMPARE(back->jsonSchema, request.jsonSchema);
        QCOMPARE(back->jsonMode, false);

        ChatRequest plain;
        QVERIFY(PromptParameters::fromRequest(plain).isEmpty());
        plain.jsonMode = true;
        QCOMPARE(PromptParameters::fromRequest(plain),
                 (QJsonObject {{u"response_format"_s, u"json_object"_s}}));
    }

    void keysAreWhatTheOpenAiBodyUses()
    {
        // The same names RequestBuilder writes for OpenAI chat, so a prompt's parameters read
        // like the request a user sees in a saved run.
        ProviderConfig provider;
        provider.format = ApiFormat::OpenAiChat;
        provider.baseUrl = QUrl(u"http://localhost/v1"_s);
        const Result<ChatRequest> request = PromptParameters::toRequest(
            parse(R"({"temperature": 0.5, "top_p": 0.5, "max_tokens": 5, "stop": ["x"], "seed": 1,
                     "json_schema": {"type": "object"}})"));
        QVERIFY(request);
        const QJsonObject body =
            QJsonDocument::fromJson(buildStreamingRequest(provider, request.value()).body).object();
        for (const QString &key : PromptParameters::keys()) {
            if (key != u"json_schema"_s) {
                QVERIFY2(body.contains(key), qPrintable(key));
            }
        }
    }
};

QTEST_GUILESS_MAIN(PromptParametersTest)
#include "tst_promptparameters.moc"
