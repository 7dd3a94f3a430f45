// Every column of a comparison streams at once, even when all of them ask one host: Qt's
// HTTP/1.1 pool keeps 6 connections per host unless each request says otherwise
// (providers/NetworkRequestDefaults), and a 7th stream would wait, silently, for one to end.
#include "LoopbackServer.h"
#include "OpenAiStream.h"
#include "providers/ModelListFetcher.h"
#include "providers/NetworkRequestDefaults.h"
#include "providers/Provider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace pwb;
using namespace pwb::test;

namespace {

QString modelOf(const LoopbackServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value("model"_L1).toString();
}

// Each model answers with its own words, so a reply that reached the wrong stream shows.
QString firstDeltaOf(const QString &model)
{
    return model + u" says: "_s;
}

QString restOf(const QString &model)
{
    return u"hello from "_s + model;
}

// Headers and the first delta at once, then nothing until the test releases the stream.
ServerScript heldReply(const QString &model)
{
    const QList<QByteArray> events = openAiReplyEvents({firstDeltaOf(model), restOf(model)});
    ServerScript script;
    script.send(ServerScript::head(200)).chunk(events.at(0) + events.at(1)).holdUntilReleased();
    for (qsizetype i = 2; i < events.size(); ++i) {
        script.chunk(events.at(i));
    }
    return script.endChunks().close();
}

ServerScript reply(const QString &text)
{
    return ServerScript::streamed(openAiReplyEvents({text}));
}

ProviderConfig openAiAt(const QUrl &server)
{
    ProviderConfig provider;
    provider.id = u"test"_s;
    provider.format = ApiFormat::OpenAiChat;
    provider.baseUrl = server.resolved(QUrl(u"/v1"_s));
    provider.apiKey = u"sk-test-not-a-real-key"_s;
    return provider;
}

ChatRequest askModel(const QString &model)
{
    ChatRequest chat;
    chat.model = model;
    chat.messages = {{ChatMessage::Role::User, u"Hi"_s}};
    return chat;
}

// What one stream did, in the order it happened across all streams.
struct Column
{
    QString model;
    QString text;
    bool began = false; // its first TextDelta arrived
    std::optional<StreamEvent> end;
};

} // namespace

class ConcurrentStreamsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allColumnsStartAtOnce_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("listModelsFirst");

        QTest::newRow("8 columns, more than Qt's 6") << 8 << false;
        QTest::newRow("12 columns") << 12 << false;
        QTest::addRow("%d columns, the limit", kConnectionsPerHost) << kConnectionsPerHost << false;
        // The first request to a host sizes its pool, so the model list must not shrink it.
        QTest::newRow("8 columns after a model list from the same host") << 8 << true;
    }

    void allColumnsStartAtOnce()
    {
        QFETCH(int, columns);
        QFETCH(bool, listModelsFirst);

        QNetworkAccessManager network; // its own connection pools: nothing left from other rows
        LoopbackServer server;
        server.setScriptChooser(
            [](const LoopbackServer::Request &request) -> std::optional<ServerScript> {
                if (request.method == "GET") {
                    return ServerScript::response(200, R"({"data":[{"id":"model-01"}]})");
                }
                return heldReply(modelOf(request));
            });
        const ProviderConfig config = openAiAt(server.url());

        if (listModelsFirst) {
            ModelListFetcher fetcher(&network);
            QSignalSpy fetched(&fetcher, &ModelListFetcher::modelsFetched);
            fetcher.fetch(config);
            QVERIFY(fetched.wait());
            QCOMPARE(server.requests().size(), 1);
        }
        const qsizetype requestsBefore = server.requests().size();

        Provider provider(config, &network);
        QHash<quint64, Column> streams;
        QStringList happened; // "began model-03", "ended model-03", across all streams
        connect(&provider, &Provider::streamEvent, this, [&](quint64 id, const StreamEvent &event) {
            Column &column = streams[id];
            if (event.type == StreamEvent::Type::TextDelta) {
                if (!column.began) {
                    happened.append(u"began "_s + column.model);
                }
                column.began = true;
                column.text += event.text;
            } else if (event.isTerminal()) {
                happened.append(u"ended "_s + column.model);
                column.end = event;
            }
        });
        QStringList models;
        for (int i = 1; i <= columns; ++i) {
            models.append(u"model-%1"_s.arg(i, 2, 10, QLatin1Char('0')));
            streams[provider.send(askModel(models.last()))].model = models.last();
        }

        auto count = [&](auto predicate) {
            return qsizetype(std::count_if(streams.cbegin(), streams.cend(), predicate));
        };
        auto began = [&] { return count([](const Column &c) { return c.began; }); };
        const bool allBegan = QTest::qWaitFor([&] { return began() == columns; }, 10'000);
        QVERIFY2(allBegan,
                 qPrintable(u"%1 of %2 streams began; %3 requests reached the server"_s.arg(began())
                                .arg(columns)
                                .arg(server.requests().size() - requestsBefore)));

        // Every request is at the server, once, and every stream is still open.
        QStringList asked;
        const QList<LoopbackServer::Request> requests = server.requests().sliced(requestsBefore);
        for (const LoopbackServer::Request &request : requests) {
            asked.append(modelOf(request));
        }
        asked.sort();
        QCOMPARE(asked, models);
        QCOMPARE(server.heldCount(), qsizetype(columns));
        QCOMPARE(count([](const Column &c) { return c.end.has_value(); }), qsizetype(0));

        server.releaseHeld();
        QVERIFY(QTest::qWaitFor(
            [&] { return count([](const Column &c) { return c.end.has_value(); }) == columns; },
            10'000));

        // Each began before any ended: the order of what happened, not a measured time.
        const auto firstEnd =
            std::find_if(happened.cbegin(), happened.cend(),
                         [](const QString &e) { return e.startsWith("ended "_L1); });
        QCOMPARE(firstEnd - happened.cbegin(), qsizetype(columns));
        for (const Column &column : std::as_const(streams)) {
            QCOMPARE(column.end->type, StreamEvent::Type::Finished);
            QVERIFY(column.end->complete);
            QCOMPARE(column.text, firstDeltaOf(column.model) + restOf(column.model));
        }
    }

    // A chooser that has no script for a request leaves it to the queue, then the default, and
    // a request it does answer leaves the queue alone.
    void chooserFallsThroughToQueue()
    {
        QNetworkAccessManager network;
        LoopbackServer server;
        server.setScriptChooser(
            [](const LoopbackServer::Request &request) -> std::optional<ServerScript> {
                if (modelOf(request) == "chosen"_L1) {
                    return reply(u"from the chooser"_s);
                }
                return std::nullopt;
            });
        server.enqueue(reply(u"from the queue"_s));
        Provider provider(openAiAt(server.url()), &network);

        auto runToEnd = [&](const QString &model) {
            QString text;
            std::optional<StreamEvent> end;
            quint64 id = 0;
            const QMetaObject::Connection connection =
                connect(&provider, &Provider::streamEvent, this,
                        [&](quint64 requestId, const StreamEvent &event) {
                            if (requestId == id && event.type == StreamEvent::Type::TextDelta) {
                                text += event.text;
                            } else if (requestId == id && event.isTerminal()) {
                                end = event;
                            }
                        });
            id = provider.send(askModel(model));
            if (!QTest::qWaitFor([&] { return end.has_value(); }, 10'000)) {
                qWarning("no end of the stream for %s", qPrintable(model)); // callers' checks fail
            }
            disconnect(connection);
            return std::pair {text, end};
        };

        const auto [chosenText, chosenEnd] = runToEnd(u"chosen"_s);
        QVERIFY(chosenEnd);
        QCOMPARE(chosenEnd->type, StreamEvent::Type::Finished);
        QCOMPARE(chosenText, u"from the chooser"_s);

        const auto [queuedText, queuedEnd] = runToEnd(u"other"_s);
        QVERIFY(queuedEnd);
        QCOMPARE(queuedEnd->type, StreamEvent::Type::Finished);
        QCOMPARE(queuedText, u"from the queue"_s);

        // The queue is empty now: the server's default answers.
        const auto [defaultText, defaultEnd] = runToEnd(u"other"_s);
        QVERIFY(defaultEnd);
        QCOMPARE(defaultEnd->type, StreamEvent::Type::Failed);
        QCOMPARE(defaultEnd->error.httpStatus, 500);
        QVERIFY2(defaultEnd->error.message.contains("no script"_L1),
                 qPrintable(defaultEnd->error.message));
        QCOMPARE(server.requests().size(), 3);
    }
};

QTEST_GUILESS_MAIN(ConcurrentStreamsTest)
#include "tst_concurrentstreams.moc"
