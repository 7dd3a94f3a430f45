// The fault matrix of DESIGN.md section 5, over real sockets: every way a stream can fail is
// caught, named by phase and kind, ends at once, and keeps the partial reply.
#include "Fixtures.h"
#include "LoopbackServer.h"
#include "ReplyDescription.h"
#include "providers/Provider.h"
#include "streaming/StreamedReply.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;
using namespace pwb::test;

Q_DECLARE_METATYPE(pwb::ApiFormat)
Q_DECLARE_METATYPE(pwb::test::ServerScript)

namespace {

QByteArray openAiDelta(const QByteArray &text)
{
    return "data: "
           "{\"id\":\"c1\",\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
           "\"" +
        text + "\"},\"finish_reason\":null}]}\n\n";
}

QByteArray openAiFinish(const QByteArray &reason)
{
    return "data: "
           "{\"id\":\"c1\",\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_"
           "reason\":\"" +
        reason + "\"}]}\n\n";
}

QByteArray openAiErrorBody(const QByteArray &message, const QByteArray &type,
                           const QByteArray &code)
{
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type +
        "\",\"param\":null,\"code\":" + (code.isEmpty() ? QByteArray("null") : "\"" + code + "\"") +
        "}}";
}

// The fixture up to (not including) `marker`: a stream that stops in the middle.
QByteArray fixtureUntil(const QString &name, const QByteArray &marker)
{
    const QByteArray bytes = fixture(name);
    return bytes.first(bytes.indexOf(marker));
}

} // namespace

class ProviderFaultsTest : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static ProviderConfig config(ApiFormat format, const QUrl &url)
    {
        ProviderConfig provider;
        provider.id = u"test"_s;
        provider.format = format;
        provider.baseUrl = url;
        provider.apiKey = u"sk-test-not-a-real-key"_s;
        provider.timeouts = {2000, 500, 500, 8000}; // connect, first token, idle, total
        return provider;
    }

    static ChatRequest request()
    {
        ChatRequest chat;
        chat.model = u"test-model"_s;
        chat.messages = {{ChatMessage::Role::User, u"Hi"_s}};
        return chat;
    }

    // Sends one request and collects its events until the terminal one.
    static QList<StreamEvent> runToEnd(Provider &provider, int timeoutMs = 10000)
    {
        QList<StreamEvent> events;
        quint64 id = 0;
        QObject::connect(&provider, &Provider::streamEvent, &provider,
                         [&](quint64 requestId, const StreamEvent &e) {
                             if (requestId == id) {
                                 events.append(e);
                             }
                         });
        id = provider.send(request());
        if (!QTest::qWaitFor([&] { return !events.isEmpty() && events.last().isTerminal(); },
                             timeoutMs)) {
            qWarning("no terminal event within %d ms", timeoutMs); // the caller's checks fail
        }
        return events;
    }

private Q_SLOTS:
    void faultMatrix_data()
    {
        QTest::addColumn<ApiFormat>("format");
        QTest::addColumn<ServerScript>("script");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("partial");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail"); // message fragment, retry-after or timeout kind

        const ApiFormat openai = ApiFormat::OpenAiChat;
        const QByteArray hello = openAiDelta("Hello") + openAiDelta(", world");

        QTest::newRow("01 connection refused")
            << openai << ServerScript() << true << u"failed connection connect"_s << QString() << 0
            << u"refused"_s;
        QTest::newRow("02 closes before headers")
            << openai << ServerScript().close() << false << u"failed network reset first packet"_s
            << QString() << 0 << QString();
        QTest::newRow("03 401 auth")
            << openai
            << ServerScript::response(401,
                                      openAiErrorBody("Incorrect API key provided: sk-te***key.",
                                                      "invalid_request_error", "invalid_api_key"))
            << false << u"failed auth first packet"_s << QString() << 401
            << u"Incorrect API key provided"_s;
        QTest::newRow("04 403 permission")
            << openai
            << ServerScript::response(
                   403,
                   openAiErrorBody("You are not allowed to sample from this model",
                                   "invalid_request_error", ""))
            << false << u"failed permission first packet"_s << QString() << 403 << u"not allowed"_s;
        QTest::newRow("05 404 model")
            << openai
            << ServerScript::response(
                   404,
                   openAiErrorBody(
                       "The model `gpt-9` does not exist or you do not have access to it.",
                       "invalid_request_error", "model_not_found"))
            << false << u"failed not found first packet"_s << QString() << 404 << u"gpt-9"_s;
        QTest::newRow("06 400 context length")
            << openai
            << ServerScript::response(
                   400,
                   openAiErrorBody("This model's maximum context length is 128000 tokens. However, "
                                   "your messages resulted in 130211 tokens.",
                                   "invalid_request_error", "context_length_exceeded"))
            << false << u"failed context length first packet"_s << QString() << 400
            << u"maximum context length"_s;
        QTest::newRow("07 429 with Retry-After")
            << openai
            << ServerScript::response(
                   429,
                   openAiErrorBody(
                       "Rate limit reached for gpt-4o on requests per min (RPM): Limit 500.",
                       "requests", "rate_limit_exceeded"),
                   {"Retry-After: 7", "x-ratelimit-limit-requests: 500",
                    "x-ratelimit-remaining-requests: 0"})
            << false << u"failed rate limit first packet"_s << QString() << 429 << u"retry 7000"_s;
        QTest::newRow("08 429 quota")
            << openai
            << ServerScript::response(429,
                                      openAiErrorBody("You exceeded your current quota, please "
                                                      "check your plan and billing details.",
                                                      "insufficient_quota", "insufficient_quota"))
            << false << u"failed quota first packet"_s << QString() << 429 << u"quota"_s;
        QTest::newRow("09 500") << openai
                                << ServerScript::response(500,
                                                          openAiErrorBody("The server had an error",
                                                                          "server_error", ""))
                                << false << u"failed server first packet"_s << QString() << 500
                                << u"server had an error"_s;
        QTest::newRow("10 503 plain text body")
            << openai << ServerScript::response(503, "upstream connect error", {}, "text/plain")
            << false << u"failed server first packet"_s << QString() << 503 << u"HTTP 503"_s;
        QTest::newRow("11 529 anthropic overloaded")
            << ApiFormat::Anthropic
            << ServerScript::response(529,
                                      "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_"
                                      "error\",\"message\":\"Overloaded\"}}")
            << false << u"failed overloaded first packet"_s << QString() << 529 << u"Overloaded"_s;
        QTest::newRow("12 reset after headers")
            << openai << ServerScript().send(ServerScript::head(200)).wait(50).reset() << false
            << u"failed network reset first packet"_s << QString() << 200 << QString();
        QTest::newRow("13 reset mid-stream")
            << openai << ServerScript().send(ServerScript::head(200)).chunk(hello).wait(50).reset()
            << false << u"failed network reset mid-stream"_s << u"Hello, world"_s << 200
            << QString();
        QTest::newRow("14 hang before headers")
            << openai << ServerScript().hang() << false << u"failed timeout first packet"_s
            << QString() << 0 << u"first token"_s;
        QTest::newRow("15 hang before first token")
            << openai
            << ServerScript().send(ServerScript::head(200)).chunk(": keep-alive\n\n").hang()
            << false << u"failed timeout first packet"_s << QString() << 200 << u"first token"_s;
        QTest::newRow("16 hang mid-stream (idle)")
            << openai << ServerScript().send(ServerScript::head(200)).chunk(hello).hang() << false
            << u"failed timeout mid-stream"_s << u"Hello, world"_s << 200 << u"idle"_s;
        QTest::newRow("17 anthropic event: error")
            << ApiFormat::Anthropic
            << ServerScript::streamed({fixture(u"anthropic_overloaded.sse"_s)}) << false
            << u"failed overloaded mid-stream"_s << u"Once upon"_s << 200 << u"Overloaded"_s;
        QTest::newRow("18 openai error JSON in stream")
            << openai << ServerScript::streamed({fixture(u"openai_chat_error_in_stream.sse"_s)})
            << false << u"failed server mid-stream"_s << u"Partial answer"_s << 200
            << u"The server had an error"_s;
        QTest::newRow("19 content filter finish")
            << openai
            << ServerScript::streamed(
                   {openAiDelta("I can"), openAiFinish("content_filter"), "data: [DONE]\n\n"})
            << false << u"finished content filter complete"_s << u"I can"_s << 200 << QString();
        QTest::newRow("20 gemini blockReason")
            << ApiFormat::Gemini << ServerScript::streamed({fixture(u"gemini_blocked.sse"_s)})
            << false << u"failed content filter first packet"_s << QString() << 200
            << u"PROHIBITED_CONTENT"_s;
        QTest::newRow("21 malformed JSON event")
            << openai
            << ServerScript::streamed(
                   {openAiDelta("ok"), "data: {\"choices\":[{\"delta\":{\"content\":\"x\"\n\n"})
            << false << u"failed protocol mid-stream"_s << u"ok"_s << 200 << u"malformed JSON"_s;
        QTest::newRow("22 oversized event")
            << openai
            << ServerScript::streamed(
                   {openAiDelta("ok"), "data: " + QByteArray(80 * 1024, 'x') + "\n\n"})
            << false << u"failed protocol mid-stream"_s << u"ok"_s << 200
            << u"limit of 65536 bytes"_s;
        QTest::newRow("23 truncated, no terminal event")
            << openai << ServerScript::streamed({hello}) << false << u"finished other truncated"_s
            << u"Hello, world"_s << 200 << QString();
        QTest::newRow("24 anthropic truncated mid-event")
            << ApiFormat::Anthropic
            << ServerScript::streamed({fixtureUntil(u"anthropic_basic.sse"_s, "\"! Привет.\"")})
            << false << u"finished other truncated"_s << u"Hello"_s << 200 << QString();
        QTest::newRow("25 gemini SAFETY finish")
            << ApiFormat::Gemini << ServerScript::streamed({fixture(u"gemini_safety_finish.sse"_s)})
            << false << u"finished content filter complete"_s << u"Here is how to"_s << 200
            << QString();
        QTest::newRow("26 200 with JSON error body")
            << openai
            << ServerScript::response(
                   200,
                   openAiErrorBody("Invalid value for 'temperature'", "invalid_request_error", ""))
            << false << u"failed bad request first packet"_s << QString() << 200
            << u"temperature"_s;
        QTest::newRow("27 ollama error record")
            << ApiFormat::Ollama
            << ServerScript::streamed(
                   {"{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}\n"}, 0,
                   200, "application/x-ndjson")
            << false << u"failed server first packet"_s << QString() << 200 << u"not found"_s;
        QTest::newRow("28 gemini 400 wrapped in [ ]")
            << ApiFormat::Gemini
            << ServerScript::response(
                   400,
                   "[{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid "
                   "API key.\",\"status\":\"INVALID_ARGUMENT\"}}]")
            << false << u"failed bad request first packet"_s << QString() << 400
            << u"API key not valid"_s;
        QTest::newRow("29 finish_reason then idle: complete")
            << openai
            << ServerScript()
                   .send(ServerScript::head(200))
                   .chunk(hello + openAiFinish("stop"))
                   .hang()
            << false << u"finished stop complete"_s << u"Hello, world"_s << 200 << QString();
        QTest::newRow("30 total timeout")
            << openai
            << ServerScript()
                   .send(ServerScript::head(200))
                   .chunk(openAiDelta("a"))
                   .wait(100)
                   .chunk(openAiDelta("b"))
                   .wait(100)
                   .chunk(openAiDelta("c"))
                   .hang()
            << false << u"failed timeout mid-stream"_s << u"abc"_s << 200 << u"total"_s;
    }

    void faultMatrix()
    {
        QFETCH(ApiFormat, format);
        QFETCH(ServerScript, script);
        QFETCH(bool, refused);
        QFETCH(QString, end);
        QFETCH(QString, partial);
        QFETCH(int, status);
        QFETCH(QString, detail);

        LoopbackServer server;
        server.setDefaultScript(script); // Qt resends a request once when a connection drops early
        ProviderConfig settings =
            config(format, refused ? LoopbackServer::refusingUrl() : server.url());
        settings.maxEventBytes = 64 * 1024;
        if (QString::fromLatin1(QTest::currentDataTag()).contains(u"total")) {
            settings.timeouts = {2000, 500, 0, 1000}; // no idle limit: only the total one fires
        }
        Provider provider(settings, &m_network);
        const QList<StreamEvent> events = runToEnd(provider);
        QVERIFY2(!events.isEmpty() && events.last().isTerminal(),
                 qPrintable(describeEvents(events)));
        QCOMPARE(std::count_if(events.begin(), events.end(),
                               [](const StreamEvent &e) { return e.isTerminal(); }),
                 1);

        StreamedReply reply;
        for (const StreamEvent &event : events) {
            reply.apply(event);
        }
        QCOMPARE(describeEnd(reply), end);
        QCOMPARE(reply.text, partial);
        if (reply.state == StreamedReply::State::Failed) {
            QCOMPARE(reply.error.partialText, partial); // kept and marked on the error itself
            QCOMPARE(reply.error.httpStatus, status);
            QVERIFY(!reply.error.message.isEmpty());
            QVERIFY(!reply.error.hint().isEmpty());
            if (detail.startsWith(u"retry ")) {
                QCOMPARE(reply.error.retryAfterMs.value_or(-1), detail.sliced(6).toLongLong());
                QVERIFY(!reply.error.rateLimitHeaders.isEmpty());
                QVERIFY2(reply.error.hint().contains(u"7 s"), qPrintable(reply.error.hint()));
            } else if (reply.error.kind == StreamError::Kind::Timeout) {
                const QString which = reply.error.timeout == StreamError::Timeout::FirstToken
                    ? u"first token"_s
                    : reply.error.timeout == StreamError::Timeout::Idle  ? u"idle"_s
                    : reply.error.timeout == StreamError::Timeout::Total ? u"total"_s
                                                                         : u"connect"_s;
                QCOMPARE(which, detail);
            } else if (!detail.isEmpty()) {
                QVERIFY2(reply.error.message.contains(detail, Qt::CaseInsensitive) ||
                             reply.error.providerCode.contains(detail, Qt::CaseInsensitive),
                         qPrintable(reply.error.summary()));
            }
        }
        QVERIFY(reply.timings.endMs >= 0);
        QCOMPARE(provider.activeCount(), 0); // nothing left running
    }

    void connectTimeout()
    {
        // A listener whose accept queue is full: the kernel drops further SYNs, so connecting
        // hangs exactly like an unreachable host, without leaving the loopback interface.
        QTcpServer full;
        full.setListenBacklogSize(0);
        QVERIFY(full.listen(QHostAddress::LocalHost, 0));
        full.pauseAccepting();
        QList<QTcpSocket *> fillers;
        for (int i = 0; i < 4; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, full.serverPort());
            fillers << socket;
        }
        QTest::qWait(100);
        ProviderConfig settings =
            config(ApiFormat::OpenAiChat, QUrl(u"http://127.0.0.1:%1"_s.arg(full.serverPort())));
        settings.timeouts = {400, 5000, 5000, 8000};
        Provider provider(settings, &m_network);
        StreamedReply reply;
        for (const StreamEvent &event : runToEnd(provider)) {
            reply.apply(event);
        }
        qDeleteAll(fillers);
        QCOMPARE(describeEnd(reply), u"failed timeout connect"_s);
        QCOMPARE(reply.error.timeout, StreamError::Timeout::Connect);
        QCOMPARE(reply.error.httpStatus, 0);
    }

    void requestsCarryTheKeyAndTheBody_data()
    {
        QTest::addColumn<ApiFormat>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::addColumn<QByteArray>("keyValue");
        QTest::addColumn<QByteArray>("bodyFragment");
        QTest::newRow("openai") << ApiFormat::OpenAiChat << u"/v1/chat/completions"_s
                                << "Authorization"_ba
                                << "Bearer sk-test-not-a-real-key"_ba
                                << "\"stream_options\":{\"include_usage\":true}"_ba;
        QTest::newRow("responses")
            << ApiFormat::OpenAiResponses << u"/v1/responses"_s << "Authorization"_ba
            << "Bearer sk-test-not-a-real-key"_ba << "\"instructions\":\"Be brief.\""_ba;
        QTest::newRow("anthropic") << ApiFormat::Anthropic << u"/v1/v1/messages"_s << "x-api-key"_ba
                                   << "sk-test-not-a-real-key"_ba << "\"max_tokens\":4096"_ba;
        QTest::newRow("gemini") << ApiFormat::Gemini
                                << u"/v1/v1beta/models/test-model:streamGenerateContent?alt=sse"_s
                                << "x-goog-api-key"_ba << "sk-test-not-a-real-key"_ba
                                << "\"systemInstruction\""_ba;
        QTest::newRow("ollama") << ApiFormat::Ollama << u"/v1/api/chat"_s << "Authorization"_ba
                                << "Bearer sk-test-not-a-real-key"_ba << "\"stream\":true"_ba;
    }

    void requestsCarryTheKeyAndTheBody()
    {
        QFETCH(ApiFormat, format);
        QFETCH(QString, path);
        QFETCH(QByteArray, keyHeader);
        QFETCH(QByteArray, keyValue);
        QFETCH(QByteArray, bodyFragment);
        LoopbackServer server;
        server.enqueue(ServerScript::response(401, "{}"));
        QUrl base = server.url();
        base.setPath(u"/v1/"_s);
        Provider provider(config(format, base), &m_network);
        ChatRequest chat = request();
        chat.messages.prepend({ChatMessage::Role::System, u"Be brief."_s});
        QSignalSpy spy(&provider, &Provider::streamEvent);
        provider.send(chat);
        QVERIFY(QTest::qWaitFor([&] { return !server.requests().isEmpty(); }, 5000));
        const LoopbackServer::Request received = server.requests().first();
        QCOMPARE(received.method, "POST"_ba);
        QCOMPARE(QString::fromLatin1(received.path), path);
        QCOMPARE(received.header(keyHeader), keyValue);
        QVERIFY2(received.body.contains(bodyFragment), received.body.constData());
        QVERIFY2(received.body.contains("test-model") || path.contains(u"test-model"),
                 received.body.constData());
    }

    void timingsAreOrderedAndMeasured()
    {
        LoopbackServer server;
        server.enqueue(ServerScript()
                           .send(ServerScript::head(200))
                           .wait(150)
                           .chunk(openAiDelta("a"))
                           .wait(100)
                           .chunk(openAiDelta("b") + openAiFinish("stop") +
                                  "data: "
                                  "{\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_"
                                  "tokens\":20}}\n\ndata: [DONE]\n\n")
                           .endChunks()
                           .close());
        Provider provider(config(ApiFormat::OpenAiChat, server.url()), &m_network);
        const QList<StreamEvent> events = runToEnd(provider);
        QCOMPARE(events.last().type, StreamEvent::Type::Finished);
        const StreamTimings t = events.last().timings;
        QVERIFY(t.headersMs >= 0);
        QVERIFY(t.firstByteMs >= t.headersMs);
        QVERIFY2(t.firstTokenMs >= 150,
                 qPrintable(QString::number(t.firstTokenMs))); // lower bounds only
        QVERIFY(t.lastTokenMs >= t.firstTokenMs + 100);
        QVERIFY(t.endMs >= t.lastTokenMs);
        QVERIFY(t.tokensPerSecond(20) > 0);
    }

    void cancelEndsAtOnceAndSilencesTheId()
    {
        LoopbackServer server;
        ServerScript endless;
        endless.send(ServerScript::head(200));
        for (int i = 0; i < 200; ++i) {
            endless.chunk(openAiDelta("tok ")).wait(10);
        }
        server.enqueue(endless.endChunks().close());
        server.enqueue(endless);
        Provider provider(config(ApiFormat::OpenAiChat, server.url()), &m_network);
        QList<QPair<quint64, StreamEvent>> seen;
        connect(&provider, &Provider::streamEvent, this,
                [&](quint64 id, const StreamEvent &e) { seen.append({id, e}); });
        const quint64 doomed = provider.send(request());
        const quint64 survivor = provider.send(request());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::count_if(seen.begin(), seen.end(), [&](const auto &p) {
                           return p.first == doomed &&
                               p.second.type == StreamEvent::Type::TextDelta;
                       }) >= 3;
            },
            5000));

        provider.cancel(doomed);
        // The Cancelled event was delivered before cancel() returned: the stream ended at once.
        QCOMPARE(seen.last().first, doomed);
        QCOMPARE(seen.last().second.type, StreamEvent::Type::Failed);
        QCOMPARE(seen.last().second.error.kind, StreamError::Kind::Cancelled);
        QCOMPARE(seen.last().second.error.phase, StreamError::Phase::MidStream);
        QVERIFY(seen.last().second.error.partialText.startsWith(u"tok tok tok"));
        const qsizetype afterCancel = seen.size();

        QTest::qWait(200); // the other stream goes on; the cancelled id stays silent
        for (qsizetype i = afterCancel; i < seen.size(); ++i) {
            QVERIFY2(seen.at(i).first != doomed,
                     "an event of a cancelled request reached a listener");
        }
        QVERIFY(std::any_of(seen.begin() + afterCancel, seen.end(),
                            [&](const auto &p) { return p.first == survivor; }));
        QVERIFY(!provider.isActive(doomed));
        QVERIFY(provider.isActive(survivor));
        provider.cancel(doomed); // cancelling twice is harmless
        provider.cancelAll();
        QCOMPARE(provider.activeCount(), 0);
    }

    void destroyingTheProviderMidStreamIsSilent()
    {
        LoopbackServer server;
        server.enqueue(ServerScript().send(ServerScript::head(200)).chunk(openAiDelta("x")).hang());
        auto *provider = new Provider(config(ApiFormat::OpenAiChat, server.url()), &m_network);
        QSignalSpy spy(provider, &Provider::streamEvent);
        provider->send(request());
        QVERIFY(spy.wait(5000));
        delete provider; // no crash, no event afterwards, connection closed
        QVERIFY(QTest::qWaitFor([&] { return server.connectionsClosedByPeer() == 1; }, 5000));
    }

    void byteAtATimeDelivery()
    {
        const QByteArray body = fixture(u"openai_chat_basic.sse"_s);
        QList<QByteArray> bytes;
        for (const char c : body) {
            bytes << QByteArray(1, c);
        }
        LoopbackServer server;
        server.enqueue(ServerScript::streamed(bytes));
        Provider provider(config(ApiFormat::OpenAiChat, server.url()), &m_network);
        StreamedReply reply;
        for (const StreamEvent &event : runToEnd(provider)) {
            reply.apply(event);
        }
        QCOMPARE(describeEnd(reply), u"finished stop complete"_s);
        QCOMPARE(reply.text, u"Hello, 世界! 🌍"_s);
    }

    void twoHundredThousandEvents()
    {
        QByteArray body;
        constexpr int kEvents = 200000;
        body.reserve(kEvents * 48);
        for (int i = 0; i < kEvents; ++i) {
            body += "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n";
        }
        body += openAiFinish("stop") + "data: [DONE]\n\n";
        QList<QByteArray> chunks;
        for (qsizetype at = 0; at < body.size(); at += 64 * 1024) {
            chunks << body.sliced(at, qMin<qsizetype>(64 * 1024, body.size() - at));
        }
        LoopbackServer server;
        server.enqueue(ServerScript::streamed(chunks));
        ProviderConfig settings = config(ApiFormat::OpenAiChat, server.url());
        settings.timeouts = {};
        Provider provider(settings, &m_network);
        qsizetype characters = 0;
        int deltas = 0;
        bool finished = false;
        connect(&provider, &Provider::streamEvent, this, [&](quint64, const StreamEvent &e) {
            if (e.type == StreamEvent::Type::TextDelta) {
                characters += e.text.size();
                ++deltas;
            }
            finished = finished || e.type == StreamEvent::Type::Finished;
        });
        provider.send(request());
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
        QCOMPARE(deltas, kEvents);
        QCOMPARE(characters, qsizetype(kEvents));
    }
};

QTEST_GUILESS_MAIN(ProviderFaultsTest)
#include "tst_providerfaults.moc"
