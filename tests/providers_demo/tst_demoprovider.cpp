// The offline demo through the real stack: Provider → StreamingCall → DemoNetworkAccessManager →
// DemoReply → SseParser → OpenAiChatDecoder, with no network and no key.
#include "Fixtures.h"
#include "LoopbackServer.h"
#include "ReplyDescription.h"
#include "providers/Provider.h"
#include "providers/demo/DemoCompletion.h"
#include "providers/demo/DemoEndpoint.h"
#include "providers/demo/DemoNetworkAccessManager.h"
#include "streaming/StreamedReply.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

ChatRequest request(const QString &model = u"demo-fast"_s)
{
    ChatRequest chat;
    chat.model = model;
    chat.messages = {{ChatMessage::Role::System, u"Be brief."_s},
                     {ChatMessage::Role::User, u"\n  Tell me about otters.  \nSecond line"_s}};
    return chat;
}

// "TextDelta:abc" lines: an event sequence compared without its timings.
QStringList describe(const QList<StreamEvent> &events)
{
    QStringList lines;
    for (const StreamEvent &e : events) {
        QString line = StreamEvent::typeName(e.type);
        switch (e.type) {
        case StreamEvent::Type::Started:
            line += u":"_s + e.model + u" "_s + e.responseId;
            break;
        case StreamEvent::Type::TextDelta:
        case StreamEvent::Type::ReasoningDelta:
            line += u":"_s + e.text;
            break;
        case StreamEvent::Type::Usage:
            line += u":"_s + test::describeUsage(e.usage);
            break;
        case StreamEvent::Type::Finished:
            line += u":"_s + e.rawFinishReason + (e.complete ? u" complete"_s : u" truncated"_s);
            break;
        case StreamEvent::Type::Failed:
            line += u":"_s + e.error.summary();
            break;
        case StreamEvent::Type::ToolCallDelta:
            break;
        }
        lines << line;
    }
    return lines;
}

} // namespace

class DemoProviderTest : public QObject
{
    Q_OBJECT

    demo::DemoNetworkAccessManager m_network;

    static ProviderConfig demoConfig()
    {
        std::optional<ProviderConfig> config = ProviderConfig::preset(u"demo"_s);
        Q_ASSERT(config);
        return *config;
    }

    // Sends one request and collects its events until the terminal one.
    QList<StreamEvent> runToEnd(const ChatRequest &chat,
                                const ProviderConfig &config = demoConfig())
    {
        Provider provider(config, &m_network);
        QList<StreamEvent> events;
        quint64 id = 0;
        connect(&provider, &Provider::streamEvent, &provider,
                [&](quint64 requestId, const StreamEvent &e) {
                    if (requestId == id) {
                        events.append(e);
                    }
                });
        // A real event loop, as in the application: QTest::qWaitFor sleeps between its rounds
        // of events, which would pace the demo's zero-interval timer.
        QEventLoop loop;
        connect(&provider, &Provider::streamEvent, &loop, [&](quint64, const StreamEvent &e) {
            if (e.isTerminal()) {
                loop.quit();
            }
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit); // the caller's checks fail
        id = provider.send(chat);
        loop.exec();
        return events;
    }

    static StreamedReply fold(const QList<StreamEvent> &events)
    {
        StreamedReply reply;
        for (const StreamEvent &e : events) {
            reply.apply(e);
        }
        return reply;
    }

private Q_SLOTS:
    void init() { m_network.setDeltasPerSecond(0); }

    void presetIsListedAndNeedsNoKey()
    {
        const std::optional<ProviderConfig> demo = ProviderConfig::preset(u"demo"_s);
        QVERIFY(demo);
        QCOMPARE(demo->format, ApiFormat::OpenAiChat);
        QCOMPARE(demo->baseUrl, QUrl(u"http://demo.invalid/v1"_s));
        QVERIFY(demo->apiKeyEnvironmentVariable.isEmpty());
        QVERIFY(demo->isOfflineDemo());
        QVERIFY(demo->displayName.contains(u"no network"_s));
        QVERIFY(!ProviderConfig::preset(u"openai"_s)->isOfflineDemo());
        bool listed = false;
        for (const ProviderConfig &config : ProviderConfig::presets()) {
            listed = listed || config.id == u"demo"_s;
        }
        QVERIFY(listed);
    }

    void streamsAMarkdownReplyThatEchoesTheRequest()
    {
        ChatRequest chat = request();
        chat.temperature = 0.7;
        chat.seed = 42;
        chat.stop = {u"###"_s};
        const QList<StreamEvent> events = runToEnd(chat);
        const StreamedReply reply = fold(events);
        QCOMPARE(test::describeEnd(reply), u"finished stop complete"_s);
        QCOMPARE(reply.model, u"demo-fast"_s);
        QVERIFY(reply.responseId.startsWith(u"chatcmpl-demo-"_s));
        for (const QString &part :
             {u"offline demo"_s, u"> Tell me about otters."_s, u"- temperature: 0.7"_s,
              u"- max_tokens: not set"_s, u"- stop: `\"###\"`"_s, u"- seed: 42"_s,
              u"- messages: 2"_s, u"```python\n"_s, u"1. **bold**"_s}) {
            QVERIFY2(reply.text.contains(part), qPrintable(part + u" in:\n"_s + reply.text));
        }
        QVERIFY(!reply.text.contains(u"Second line"_s)); // only the first line is quoted
        QVERIFY(reply.reasoning.isEmpty());
        // Deltas of a few characters, many of them: a typewriter, not one block.
        QVERIFY(reply.deltaCount > 100);
        for (const StreamEvent &e : events) {
            if (e.type == StreamEvent::Type::TextDelta) {
                QVERIFY2(e.text.trimmed().size() <= 4, qPrintable(e.text));
            }
        }
        QCOMPARE(reply.usage.outputTokens, qint64(reply.deltaCount));
        QVERIFY(reply.usage.inputTokens > 5);
        QCOMPARE(reply.usage.reasoningTokens, 0);
    }

    void twoRunsStreamTheSameEvents()
    {
        ChatRequest chat = request(u"demo-thinking"_s);
        chat.maxTokens = 400;
        const QStringList first = describe(runToEnd(chat));
        const QStringList second = describe(runToEnd(chat));
        QVERIFY(first.size() > 50);
        QCOMPARE(second, first);
    }

    void maxTokensCutsTheReplyWithLength_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("maxTokens");
        QTest::newRow("fast, 10") << u"demo-fast"_s << 10;
        QTest::newRow("fast, 1") << u"demo-fast"_s << 1;
        QTest::newRow("thinking, within the reasoning") << u"demo-thinking"_s << 5;
        QTest::newRow("thinking, past the reasoning") << u"demo-thinking"_s << 80;
    }

    void maxTokensCutsTheReplyWithLength()
    {
        QFETCH(QString, model);
        QFETCH(int, maxTokens);
        ChatRequest chat = request(model);
        chat.maxTokens = maxTokens;
        const StreamedReply reply = fold(runToEnd(chat));
        QCOMPARE(test::describeEnd(reply), u"finished length complete"_s);
        QCOMPARE(reply.rawFinishReason, u"length"_s);
        QCOMPARE(reply.deltaCount, maxTokens);
        QCOMPARE(reply.usage.outputTokens, maxTokens);
    }

    void stopSequenceCutsTheReply()
    {
        const QString bodyStart = u"Stop sequences are looked for"_s;
        const StreamedReply full = fold(runToEnd(request()));
        ChatRequest chat = request();
        chat.stop = {u"return"_s, u"never appears"_s};
        const StreamedReply reply = fold(runToEnd(chat));
        QCOMPARE(test::describeEnd(reply), u"finished stop complete"_s);
        // The echoed parameters name the stop sequences; the reply is cut at the first one
        // after them, and the sequence itself is not sent.
        QVERIFY(reply.text.contains(u"- stop: `\"return\"`, `\"never appears\"`"_s));
        const qsizetype fullBody = full.text.indexOf(bodyStart);
        const qsizetype body = reply.text.indexOf(bodyStart);
        QVERIFY(fullBody > 0 && body > 0);
        QCOMPARE(reply.text.sliced(body),
                 full.text.sliced(fullBody, full.text.indexOf(u"return"_s, fullBody) - fullBody));
        QVERIFY(reply.text.endsWith(u"str:\n    "_s));
        QVERIFY(reply.usage.outputTokens < full.usage.outputTokens);
    }

    void thinkingModelReasonsFirst()
    {
        const QList<StreamEvent> events = runToEnd(request(u"demo-thinking"_s));
        const StreamedReply reply = fold(events);
        QCOMPARE(test::describeEnd(reply), u"finished stop complete"_s);
        QVERIFY(reply.reasoning.contains(u"offline demo"_s));
        QVERIFY(reply.reasoning.contains(u"Tell me about otters."_s));
        QVERIFY(reply.usage.reasoningTokens > 0);
        bool textSeen = false;
        for (const StreamEvent &e : events) {
            textSeen = textSeen || e.type == StreamEvent::Type::TextDelta;
            QVERIFY(!(textSeen && e.type == StreamEvent::Type::ReasoningDelta));
        }
        QVERIFY(textSeen);
    }

    void jsonSchemaGetsADocumentOfItsShape()
    {
        ChatRequest chat = request();
        chat.jsonSchema = QJsonDocument::fromJson(R"({"type": "object", "properties": {
            "name": {"type": "string"}, "amount": {"type": "number", "minimum": 1},
            "due": {"type": "string", "format": "date"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "status": {"enum": ["open", "closed"]}}})")
                              .object();
        const StreamedReply reply = fold(runToEnd(chat));
        QCOMPARE(test::describeEnd(reply), u"finished stop complete"_s);
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(reply.text.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(reply.text));
        QCOMPARE(document.value(u"name"_s).toString(), u"demo"_s);
        QCOMPARE(document.value(u"amount"_s).toDouble(), 1.0);
        QCOMPARE(document.value(u"due"_s).toString(), u"2026-01-01"_s);
        QCOMPARE(document.value(u"tags"_s).toArray().size(), 1);
        QCOMPARE(document.value(u"status"_s).toString(), u"open"_s);
    }

    void requestsARealProviderRefusesFailAsThere_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown model") << u"gpt-4o"_s << 1.0 << u"failed not found first packet"_s
                                       << 404 << u"'gpt-4o' does not exist in the offline demo"_s;
        QTest::newRow("temperature too high")
            << u"demo-fast"_s << 3.0 << u"failed bad request first packet"_s << 400
            << u"temperature must be a number between 0 and 2 (got 3)"_s;
    }

    void requestsARealProviderRefusesFailAsThere()
    {
        QFETCH(QString, model);
        QFETCH(double, temperature);
        QFETCH(QString, end);
        QFETCH(int, status);
        QFETCH(QString, message);
        ChatRequest chat = request(model);
        chat.temperature = temperature;
        const StreamedReply reply = fold(runToEnd(chat));
        QCOMPARE(test::describeEnd(reply), end);
        QCOMPARE(reply.error.httpStatus, status);
        QVERIFY2(reply.error.message.contains(message), qPrintable(reply.error.message));
    }

    void cancelMidStreamEndsAtOnce()
    {
        m_network.setDeltasPerSecond(demo::DemoNetworkAccessManager::kDefaultDeltasPerSecond);
        Provider provider(demoConfig(), &m_network);
        QList<StreamEvent> events;
        quint64 id = 0;
        connect(&provider, &Provider::streamEvent, &provider,
                [&](quint64 requestId, const StreamEvent &e) {
                    QCOMPARE(requestId, id);
                    events.append(e);
                    if (e.type == StreamEvent::Type::TextDelta && events.size() == 4) {
                        provider.cancel(id);
                    }
                });
        id = provider.send(request());
        QVERIFY(QTest::qWaitFor([&] { return !events.isEmpty() && events.last().isTerminal(); },
                                20000));
        QCOMPARE(events.size(), 5); // started, three deltas, cancelled
        QCOMPARE(test::describeEnd(fold(events)), u"failed cancelled mid-stream"_s);
        QVERIFY(!provider.isActive(id));
        QTest::qWait(200); // several more ticks of the demo's timer: nothing arrives
        QCOMPARE(events.size(), 5);
    }

    void abortedReplyDeliversNothingMore()
    {
        QNetworkRequest httpRequest(QUrl(u"http://demo.invalid/v1/chat/completions"_s));
        const QByteArray body =
            QJsonDocument(QJsonObject {{u"model"_s, u"demo-fast"_s},
                                       {u"stream"_s, true},
                                       {u"messages"_s,
                                        QJsonArray {QJsonObject {{u"role"_s, u"user"_s},
                                                                 {u"content"_s, u"Hi"_s}}}}})
                .toJson();
        QNetworkReply *reply = m_network.post(httpRequest, body);
        QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(readyRead.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().startsWith("data: {"));
        reply->abort();
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->isFinished());
        const qsizetype readsBefore = readyRead.size();
        QTest::qWait(50);
        QCOMPARE(readyRead.size(), readsBefore);
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->readAll().isEmpty());
        reply->deleteLater();
    }

    void listsItsModels()
    {
        QNetworkReply *reply =
            m_network.get(QNetworkRequest(QUrl(u"http://demo.invalid/v1/models"_s)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QStringList ids;
        for (const QJsonValue &model :
             QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toArray()) {
            ids << model.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(ids, demo::modelIds());
        reply->deleteLater();
    }

    void unknownPathIsNotFound()
    {
        QNetworkReply *reply =
            m_network.post(QNetworkRequest(QUrl(u"http://demo.invalid/v1/responses"_s)), "{}");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(reply->readAll().contains("POST /v1/responses"));
        reply->deleteLater();
    }

    void otherUrlsGoToTheNetwork()
    {
        test::LoopbackServer server;
        server.enqueue(test::ServerScript::streamed({test::fixture(u"openai_chat_basic.sse"_s)}));
        ProviderConfig config = *ProviderConfig::preset(u"openai-compatible"_s);
        config.baseUrl = QUrl(server.url().toString() + u"/v1"_s);
        QVERIFY(!config.isOfflineDemo());
        const StreamedReply reply = fold(runToEnd(request(u"gpt-4o-mini"_s), config));
        QCOMPARE(test::describeEnd(reply), u"finished stop complete"_s);
        QCOMPARE(reply.text, u"Hello, 世界! 🌍"_s);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path, "/v1/chat/completions"_ba);
    }

    void piecesKeepEveryCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << u"Hello wonderful world"_s;
        QTest::newRow("leading and trailing space") << u"  a\n\n  bcdefgh  "_s;
        QTest::newRow("emoji are never split") << u"🌍🌍🌍🌍🌍 x"_s;
        QTest::newRow("empty") << QString();
    }

    void piecesKeepEveryCharacter()
    {
        QFETCH(QString, text);
        const QStringList pieces = demo::DemoCompletion::pieces(text);
        QCOMPARE(pieces.join(QString()), text);
        for (const QString &piece : pieces) {
            QVERIFY(!piece.isEmpty());
            QVERIFY2(!piece.back().isHighSurrogate() && !piece.front().isLowSurrogate(),
                     qPrintable(piece));
        }
    }
};

QTEST_GUILESS_MAIN(DemoProviderTest)
#include "tst_demoprovider.moc"
