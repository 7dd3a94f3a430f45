#include "providers/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

Q_DECLARE_METATYPE(pwb::ApiFormat)

namespace {

ChatRequest fullRequest()
{
    ChatRequest request;
    request.model = u"model-x"_s;
    request.messages = {{ChatMessage::Role::System, u"Rules."_s},
                        {ChatMessage::Role::User, u"Q1"_s},
                        {ChatMessage::Role::Assistant, u"A1"_s},
                        {ChatMessage::Role::User, u"Q2"_s}};
    request.temperature = 0.5;
    request.topP = 0.9;
    request.maxTokens = 256;
    request.stop = {u"END"_s};
    request.seed = 42;
    return request;
}

QJsonObject bodyOf(const HttpRequestSpec &spec)
{
    return QJsonDocument::fromJson(spec.body).object();
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isObject()
                                 ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

class RequestBuilderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<ApiFormat>("format");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::newRow("openai") << ApiFormat::OpenAiChat << u"https://api.openai.com/v1"_s
                                << u"https://api.openai.com/v1/chat/completions"_s;
        QTest::newRow("trailing slash") << ApiFormat::OpenAiChat << u"http://localhost:8000/v1/"_s
                                        << u"http://localhost:8000/v1/chat/completions"_s;
        QTest::newRow("responses") << ApiFormat::OpenAiResponses << u"https://api.openai.com/v1"_s
                                   << u"https://api.openai.com/v1/responses"_s;
        QTest::newRow("anthropic") << ApiFormat::Anthropic << u"https://api.anthropic.com"_s
                                   << u"https://api.anthropic.com/v1/messages"_s;
        QTest::newRow("gemini")
            << ApiFormat::Gemini << u"https://generativelanguage.googleapis.com"_s
            << u"https://generativelanguage.googleapis.com/v1beta/models/model-x:streamGenerateContent?alt=sse"_s;
        QTest::newRow("ollama") << ApiFormat::Ollama << u"http://localhost:11434"_s
                                << u"http://localhost:11434/api/chat"_s;
    }

    void urls()
    {
        QFETCH(ApiFormat, format);
        QFETCH(QString, base);
        QFETCH(QString, url);
        ProviderConfig provider;
        provider.format = format;
        provider.baseUrl = QUrl(base);
        QCOMPARE(buildStreamingRequest(provider, fullRequest()).url.toString(), url);
    }

    void openAiChatBodyCarriesEveryParameter()
    {
        ProviderConfig provider;
        provider.baseUrl = QUrl(u"https://x/v1"_s);
        ChatRequest request = fullRequest();
        request.jsonSchema = QJsonObject {{u"type"_s, u"object"_s}};
        const QJsonObject body = bodyOf(buildStreamingRequest(provider, request));
        QCOMPARE(body.value(u"model"_s).toString(), u"model-x"_s);
        QCOMPARE(body.value(u"stream"_s).toBool(), true);
        QCOMPARE(compact(body.value(u"stream_options"_s)), u"{\"include_usage\":true}"_s);
        QCOMPARE(body.value(u"messages"_s).toArray().size(), 4);
        QCOMPARE(body.value(u"messages"_s).toArray().at(2).toObject().value(u"role"_s).toString(),
                 u"assistant"_s);
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.5);
        QCOMPARE(body.value(u"top_p"_s).toDouble(), 0.9);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 256);
        QCOMPARE(compact(body.value(u"stop"_s)), u"[\"END\"]"_s);
        QCOMPARE(body.value(u"seed"_s).toInt(), 42);
        QCOMPARE(body.value(u"response_format"_s).toObject().value(u"type"_s).toString(),
                 u"json_schema"_s);
    }

    void unsetParametersAreNotSent()
    {
        ProviderConfig provider;
        provider.baseUrl = QUrl(u"https://x/v1"_s);
        ChatRequest request;
        request.model = u"m"_s;
        request.messages = {{ChatMessage::Role::User, u"hi"_s}};
        const QJsonObject body = bodyOf(buildStreamingRequest(provider, request));
        for (const auto key :
             {u"temperature", u"top_p", u"max_tokens", u"stop", u"seed", u"response_format"}) {
            QVERIFY2(!body.contains(QString(key)), qPrintable(QString(key)));
        }
    }

    void anthropicSeparatesSystemAndRequiresMaxTokens()
    {
        ProviderConfig provider;
        provider.format = ApiFormat::Anthropic;
        provider.baseUrl = QUrl(u"https://api.anthropic.com"_s);
        provider.apiKey = u"sk-ant-test"_s;
        ChatRequest request = fullRequest();
        request.maxTokens.reset();
        const HttpRequestSpec spec = buildStreamingRequest(provider, request);
        const QJsonObject body = bodyOf(spec);
        QCOMPARE(body.value(u"system"_s).toString(), u"Rules."_s);
        QCOMPARE(body.value(u"messages"_s).toArray().size(), 3);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), kAnthropicDefaultMaxTokens);
        QCOMPARE(compact(body.value(u"stop_sequences"_s)), u"[\"END\"]"_s);
        QVERIFY(spec.headers.contains(qMakePair("x-api-key"_ba, "sk-ant-test"_ba)));
        QVERIFY(spec.headers.contains(qMakePair("anthropic-version"_ba, "2023-06-01"_ba)));
    }

    void geminiUsesModelRoleAndGenerationConfig()
    {
        ProviderConfig provider;
        provider.format = ApiFormat::Gemini;
        provider.baseUrl = QUrl(u"https://g"_s);
        const QJsonObject body = bodyOf(buildStreamingRequest(provider, fullRequest()));
        QCOMPARE(body.value(u"contents"_s).toArray().at(1).toObject().value(u"role"_s).toString(),
                 u"model"_s);
        QCOMPARE(compact(body.value(u"systemInstruction"_s)),
                 u"{\"parts\":[{\"text\":\"Rules.\"}]}"_s);
        const QJsonObject config = body.value(u"generationConfig"_s).toObject();
        QCOMPARE(config.value(u"maxOutputTokens"_s).toInt(), 256);
        QCOMPARE(config.value(u"topP"_s).toDouble(), 0.9);
        QCOMPARE(compact(config.value(u"stopSequences"_s)), u"[\"END\"]"_s);
    }

    void responsesAndOllamaShapes()
    {
        ProviderConfig provider;
        provider.format = ApiFormat::OpenAiResponses;
        provider.baseUrl = QUrl(u"https://x/v1"_s);
        QJsonObject body = bodyOf(buildStreamingRequest(provider, fullRequest()));
        QCOMPARE(body.value(u"instructions"_s).toString(), u"Rules."_s);
        QCOMPARE(body.value(u"input"_s).toArray().size(), 3);
        QCOMPARE(body.value(u"max_output_tokens"_s).toInt(), 256);

        provider.format = ApiFormat::Ollama;
        ChatRequest request = fullRequest();
        request.jsonMode = true;
        body = bodyOf(buildStreamingRequest(provider, request));
        QCOMPARE(body.value(u"options"_s).toObject().value(u"num_predict"_s).toInt(), 256);
        QCOMPARE(body.value(u"format"_s).toString(), u"json"_s);
        QCOMPARE(body.value(u"messages"_s).toArray().size(), 4);
    }

    void extraHeadersAndNoKeyWhenNoneIsSet()
    {
        ProviderConfig provider;
        provider.baseUrl = QUrl(u"http://localhost:8000/v1"_s);
        provider.extraHeaders = {{"HTTP-Referer", "https://example.invalid"}};
        const HttpRequestSpec spec = buildStreamingRequest(provider, fullRequest());
        QVERIFY(spec.headers.contains(qMakePair("HTTP-Referer"_ba, "https://example.invalid"_ba)));
        for (const auto &[name, value] : spec.headers) {
            QVERIFY2(name != "Authorization", "no key configured, so no Authorization header");
        }
    }
};

QTEST_GUILESS_MAIN(RequestBuilderTest)
#include "tst_requestbuilder.moc"
