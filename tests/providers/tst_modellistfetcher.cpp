#include "LoopbackServer.h"
#include "providers/ModelListFetcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::ApiFormat;
using pwb::ModelListFetcher;
using pwb::ProviderConfig;
using pwb::test::LoopbackServer;
using pwb::test::ServerScript;

Q_DECLARE_METATYPE(pwb::ApiFormat)
Q_DECLARE_METATYPE(pwb::test::ServerScript)

namespace {

const QString kCanary = u"sk-canary-models-7d41c2e9b0a5"_s;

const QByteArray kOpenAiList =
    "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"owned_by\":"
    "\"system\"},{\"id\":\"gpt-4o\",\"object\":\"model\"},{\"id\":\"o3\",\"object\":\"model\"}]}";
const QByteArray kAnthropicList =
    "{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-5\",\"display_name\":\"Claude Sonnet "
    "4.5\"},{\"type\":\"model\",\"id\":\"claude-haiku-4-5\"}],\"has_more\":false,\"first_id\":"
    "\"claude-sonnet-4-5\"}";
const QByteArray kGeminiList =
    "{\"models\":[{\"name\":\"models/"
    "gemini-2.5-flash\",\"supportedGenerationMethods\":[\"generateContent\",\"countTokens\"]},{"
    "\"name\":\"models/"
    "text-embedding-004\",\"supportedGenerationMethods\":[\"embedContent\"]},{\"name\":\"models/"
    "gemini-2.0-flash\",\"supportedGenerationMethods\":[\"streamGenerateContent\"]},{\"name\":"
    "\"models/aqa\",\"supportedGenerationMethods\":[\"generateAnswer\"]}]}";
const QByteArray kOllamaTags =
    "{\"models\":[{\"name\":\"llama3.2:latest\",\"model\":\"llama3.2:latest\",\"size\":2019393189},"
    "{\"name\":\"qwen2.5:7b\",\"model\":\"qwen2.5:7b\"}]}";

} // namespace

// Model lists from each kind of provider, served by a real local HTTP server: the request
// (path, key header) and the parsed answer, then every way it can fail.
class ModelListFetcherTest : public QObject
{
    Q_OBJECT

    ProviderConfig provider(ApiFormat format, const QUrl &base, const QString &key)
    {
        ProviderConfig config;
        config.id = u"test"_s;
        config.format = format;
        config.baseUrl = base;
        config.apiKey = key;
        return config;
    }

private Q_SLOTS:
    void listsModels_data()
    {
        QTest::addColumn<ApiFormat>("format");
        QTest::addColumn<QString>("basePath");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expectedPath");
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::addColumn<QByteArray>("keyHeaderValue");
        QTest::addColumn<QStringList>("expectedModels");

        const QByteArray bearer = "Bearer " + kCanary.toUtf8();
        QTest::newRow("openai chat")
            << ApiFormat::OpenAiChat << u"/v1"_s << kCanary << kOpenAiList << "/v1/models"_ba
            << "Authorization"_ba << bearer << QStringList {u"gpt-4o"_s, u"gpt-4o-mini"_s, u"o3"_s};
        QTest::newRow("openai responses, base with a slash")
            << ApiFormat::OpenAiResponses << u"/v1/"_s << kCanary << kOpenAiList << "/v1/models"_ba
            << "Authorization"_ba << bearer << QStringList {u"gpt-4o"_s, u"gpt-4o-mini"_s, u"o3"_s};
        QTest::newRow("openai-compatible server without a key")
            << ApiFormat::OpenAiChat << u"/v1"_s << QString()
            << "{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen3-8B\"}]}"_ba << "/v1/models"_ba
            << "Authorization"_ba << QByteArray() << QStringList {u"Qwen/Qwen3-8B"_s};
        QTest::newRow("anthropic")
            << ApiFormat::Anthropic << QString() << kCanary << kAnthropicList
            << "/v1/models?limit=1000"_ba << "x-api-key"_ba << kCanary.toUtf8()
            << QStringList {u"claude-haiku-4-5"_s, u"claude-sonnet-4-5"_s};
        QTest::newRow("gemini: only models that generate content")
            << ApiFormat::Gemini << QString() << kCanary << kGeminiList
            << "/v1beta/models?pageSize=1000"_ba << "x-goog-api-key"_ba << kCanary.toUtf8()
            << QStringList {u"gemini-2.0-flash"_s, u"gemini-2.5-flash"_s};
        QTest::newRow("gemini with no models")
            << ApiFormat::Gemini << QString() << kCanary << "{}"_ba
            << "/v1beta/models?pageSize=1000"_ba
            << "x-goog-api-key"_ba << kCanary.toUtf8() << QStringList {};
        QTest::newRow("ollama") << ApiFormat::Ollama << QString() << QString() << kOllamaTags
                                << "/api/tags"_ba << "Authorization"_ba << QByteArray()
                                << QStringList {u"llama3.2:latest"_s, u"qwen2.5:7b"_s};
        QTest::newRow("ollama behind an authenticating proxy")
            << ApiFormat::Ollama << u"/ollama"_s << kCanary << kOllamaTags << "/ollama/api/tags"_ba
            << "Authorization"_ba << bearer << QStringList {u"llama3.2:latest"_s, u"qwen2.5:7b"_s};
    }

    void listsModels()
    {
        QFETCH(ApiFormat, format);
        QFETCH(QString, basePath);
        QFETCH(QString, key);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expectedPath);
        QFETCH(QByteArray, keyHeader);
        QFETCH(QByteArray, keyHeaderValue);
        QFETCH(QStringList, expectedModels);

        LoopbackServer server;
        server.enqueue(ServerScript::response(200, body));
        QNetworkAccessManager network;
        ModelListFetcher fetcher(&network);
        QSignalSpy fetched(&fetcher, &ModelListFetcher::modelsFetched);
        QSignalSpy failed(&fetcher, &ModelListFetcher::failed);

        ProviderConfig config = provider(format, server.url(), key);
        config.baseUrl.setPath(basePath);
        config.extraHeaders = {{"HTTP-Referer", "https://example.invalid"}};
        fetcher.fetch(config);
        QVERIFY(fetcher.isRunning());
        QVERIFY(fetched.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(fetched.size(), 1);
        QCOMPARE(fetched.at(0).at(0).toStringList(), expectedModels);
        QVERIFY(!fetcher.isRunning());

        QCOMPARE(server.requests().size(), 1);
        const LoopbackServer::Request request = server.requests().constFirst();
        QCOMPARE(request.method, "GET"_ba);
        QCOMPARE(request.path, expectedPath);
        QCOMPARE(request.header(keyHeader), keyHeaderValue);
        QCOMPARE(request.header("HTTP-Referer"), "https://example.invalid"_ba);
        if (format == ApiFormat::Anthropic) {
            QCOMPARE(request.header("anthropic-version"), "2023-06-01"_ba);
        }
        // The key goes in its own header only: not in the URL, not in another header.
        QVERIFY(!request.path.contains(kCanary.toUtf8()));
        int headersWithKey = 0;
        for (const auto &[name, value] : request.headers) {
            headersWithKey += value.contains(kCanary.toUtf8()) ? 1 : 0;
        }
        QCOMPARE(headersWithKey, key.isEmpty() ? 0 : 1);
    }

    void reportsFailures_data()
    {
        QTest::addColumn<ApiFormat>("format");
        QTest::addColumn<ServerScript>("script");
        QTest::addColumn<QStringList>("expectedParts");

        QTest::newRow("401 with an OpenAI error body")
            << ApiFormat::OpenAiChat
            << ServerScript::response(401,
                                      "{\"error\":{\"message\":\"Incorrect API key provided: "
                                      "sk-canar***2e9b0a5.\",\"type\":\"invalid_request_error\","
                                      "\"code\":\"invalid_api_key\"}}")
            << QStringList {u"HTTP 401 from GET http://127.0.0.1:"_s,
                            u"/v1/models: Incorrect API key provided: sk-canar***2e9b0a5."_s,
                            u"Check the API key."_s};
        QTest::newRow("401 that echoes the whole key")
            << ApiFormat::OpenAiChat
            << ServerScript::response(
                   401, "{\"error\":{\"message\":\"Bad key " + kCanary.toUtf8() + "\"}}")
            << QStringList {u"HTTP 401"_s, u"Bad key [redacted]"_s};
        QTest::newRow("401 from Anthropic")
            << ApiFormat::Anthropic
            << ServerScript::response(401,
                                      "{\"type\":\"error\",\"error\":{\"type\":\"authentication_"
                                      "error\",\"message\":\"invalid x-api-key\"}}")
            << QStringList {u"HTTP 401"_s, u"/v1/models: invalid x-api-key"_s};
        QTest::newRow("403 from Gemini")
            << ApiFormat::Gemini
            << ServerScript::response(
                   403,
                   "[{\"error\":{\"code\":403,\"message\":\"Method doesn't allow unregistered "
                   "callers.\",\"status\":\"PERMISSION_DENIED\"}}]")
            << QStringList {u"HTTP 403"_s, u"/v1beta/models: Method doesn't allow unregistered"_s,
                            u"Check the API key."_s};
        QTest::newRow("404 page, not JSON")
            << ApiFormat::OpenAiChat
            << ServerScript::response(404, "<html><body>404 page not found</body></html>", {},
                                      "text/html")
            << QStringList {u"HTTP 404"_s, u"404 page not found"_s,
                            u"Check the base URL and the type of the provider."_s};
        QTest::newRow("500 with no body") << ApiFormat::Ollama << ServerScript::response(500, {})
                                          << QStringList {u"HTTP 500 from GET"_s, u"/api/tags"_s};
        QTest::newRow("200 but not JSON")
            << ApiFormat::OpenAiChat << ServerScript::response(200, "{\"data\": [")
            << QStringList {u"The answer to GET"_s, u"is not a model list: it is not JSON"_s};
        QTest::newRow("200 but another JSON")
            << ApiFormat::OpenAiChat
            << ServerScript::response(200, "{\"object\":\"list\",\"models\":[]}")
            << QStringList {u"is not a model list: it has no \"data\" list"_s};
        QTest::newRow("closed before any answer")
            << ApiFormat::OpenAiChat << ServerScript().close()
            << QStringList {u"No answer from GET http://127.0.0.1:"_s};
        QTest::newRow("reset before any answer")
            << ApiFormat::Anthropic << ServerScript().reset()
            << QStringList {u"No answer from GET http://127.0.0.1:"_s};
        QTest::newRow("no answer in time")
            << ApiFormat::Gemini << ServerScript().hang()
            << QStringList {u"No answer from GET http://127.0.0.1:"_s, u"within 0.3 s."_s};
    }

    void reportsFailures()
    {
        QFETCH(ApiFormat, format);
        QFETCH(ServerScript, script);
        QFETCH(QStringList, expectedParts);

        LoopbackServer server;
        server.setDefaultScript(script); // Qt sends a GET again when the first connection drops
        QNetworkAccessManager network;
        ModelListFetcher fetcher(&network);
        fetcher.setTimeoutMs(300);
        QSignalSpy fetched(&fetcher, &ModelListFetcher::modelsFetched);
        QSignalSpy failed(&fetcher, &ModelListFetcher::failed);

        ProviderConfig config = provider(format, server.url(), kCanary);
        if (format == ApiFormat::OpenAiChat) {
            config.baseUrl.setPath(u"/v1"_s);
        }
        fetcher.fetch(config);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(fetched.size(), 0);
        QVERIFY(!fetcher.isRunning());
        const QString message = failed.at(0).at(0).toString();
        for (const QString &part : expectedParts) {
            QVERIFY2(message.contains(part), qPrintable(message));
        }
        QVERIFY2(!message.contains(kCanary), qPrintable(message));
        QVERIFY2(!message.contains(u"pageSize"_s) && !message.contains(u"limit="_s),
                 qPrintable(message));
    }

    void connectionRefused()
    {
        QNetworkAccessManager network;
        ModelListFetcher fetcher(&network);
        QSignalSpy failed(&fetcher, &ModelListFetcher::failed);
        fetcher.fetch(provider(ApiFormat::Ollama, LoopbackServer::refusingUrl(), {}));
        QVERIFY(failed.wait(10000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.startsWith(u"No answer from GET http://127.0.0.1:"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"/api/tags: Connection refused"_s), qPrintable(message));
    }

    void aNewFetchAbandonsTheOneBefore()
    {
        LoopbackServer server;
        server.enqueue(ServerScript().hang());
        server.enqueue(ServerScript::response(200, kOllamaTags));
        QNetworkAccessManager network;
        ModelListFetcher fetcher(&network);
        QSignalSpy fetched(&fetcher, &ModelListFetcher::modelsFetched);
        QSignalSpy failed(&fetcher, &ModelListFetcher::failed);
        fetcher.fetch(provider(ApiFormat::Ollama, server.url(), {}));
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 1; }, 10000));
        fetcher.fetch(provider(ApiFormat::Ollama, server.url(), {}));
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.size(), 1);
        QCOMPARE(failed.size(), 0); // the abandoned one says nothing

        fetcher.cancel();
        QVERIFY(!fetcher.isRunning());
    }

    void cancelSaysNothing()
    {
        LoopbackServer server;
        server.enqueue(ServerScript().hang());
        QNetworkAccessManager network;
        ModelListFetcher fetcher(&network);
        QSignalSpy fetched(&fetcher, &ModelListFetcher::modelsFetched);
        QSignalSpy failed(&fetcher, &ModelListFetcher::failed);
        fetcher.fetch(provider(ApiFormat::Ollama, server.url(), {}));
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 1; }, 10000));
        fetcher.cancel();
        QVERIFY(QTest::qWaitFor([&] { return server.connectionsClosedByPeer() == 1; }, 10000));
        QCOMPARE(fetched.size() + failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(ModelListFetcherTest)
#include "tst_modellistfetcher.moc"
