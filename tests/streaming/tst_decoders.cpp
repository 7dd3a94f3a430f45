#include "Fixtures.h"
#include "ReplyDescription.h"
#include "streaming/StreamDecoder.h"
#include "streaming/StreamedReply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;
using namespace pwb::test;

Q_DECLARE_METATYPE(pwb::ApiFormat)

namespace {

QList<StreamEvent> decodeInChunks(ApiFormat format, const QByteArray &bytes,
                                  const QList<qsizetype> &cuts)
{
    auto decoder = StreamDecoder::create(format);
    QList<StreamEvent> events;
    qsizetype at = 0;
    for (const qsizetype cut : cuts) {
        decoder->feed(QByteArrayView(bytes).sliced(at, cut - at), events);
        at = cut;
    }
    decoder->feed(QByteArrayView(bytes).sliced(at), events);
    decoder->finish(events);
    return events;
}

StreamedReply fold(const QList<StreamEvent> &events)
{
    StreamedReply reply;
    for (const StreamEvent &event : events) {
        reply.apply(event);
    }
    return reply;
}

ApiFormat formatOf(const QString &fixtureName)
{
    if (fixtureName.startsWith(u"openai_chat")) {
        return ApiFormat::OpenAiChat;
    }
    if (fixtureName.startsWith(u"openai_responses")) {
        return ApiFormat::OpenAiResponses;
    }
    if (fixtureName.startsWith(u"anthropic")) {
        return ApiFormat::Anthropic;
    }
    if (fixtureName.startsWith(u"gemini")) {
        return ApiFormat::Gemini;
    }
    return ApiFormat::Ollama;
}

} // namespace

class DecodersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("toolCalls");
        QTest::addColumn<QString>("usage"); // input/output/reasoning/cached, -1 = not reported
        QTest::addColumn<QString>("end");

        QTest::newRow("openai chat")
            << u"openai_chat_basic.sse"_s << u"gpt-4o-mini-2024-07-18"_s << u"Hello, 世界! 🌍"_s
            << QString() << QString() << u"12/5/0/0"_s << u"finished stop complete"_s;
        QTest::newRow("openai chat tools")
            << u"openai_chat_tools.sse"_s << u"gpt-4o"_s << QString() << QString()
            << u"call_abc get_weather {\"city\":\"Paris\"}|call_def get_time {}"_s
            << u"-1/-1/-1/-1"_s << u"finished tool calls complete"_s;
        QTest::newRow("openai chat reasoning, no [DONE]")
            << u"openai_chat_reasoning.sse"_s << u"deepseek-reasoner"_s << u"4"_s
            << u"The user asks 2+2. That is 4."_s << QString() << u"9/20/19/0"_s
            << u"finished length complete"_s;
        QTest::newRow("openai chat error JSON in stream")
            << u"openai_chat_error_in_stream.sse"_s << u"gpt-4o"_s << u"Partial answer"_s
            << QString() << QString() << u"-1/-1/-1/-1"_s << u"failed server mid-stream"_s;
        QTest::newRow("responses")
            << u"openai_responses_basic.sse"_s << u"gpt-4.1-2025-04-14"_s << u"Bonjour le monde"_s
            << QString() << QString() << u"21/4/0/16"_s << u"finished stop complete"_s;
        QTest::newRow("responses failed")
            << u"openai_responses_failed.sse"_s << u"o4-mini"_s << u"Thinking about"_s << QString()
            << QString() << u"-1/-1/-1/-1"_s << u"failed server mid-stream"_s;
        QTest::newRow("anthropic")
            << u"anthropic_basic.sse"_s << u"claude-sonnet-4-5-20250929"_s << u"Hello! Привет."_s
            << QString() << QString() << u"25/15/-1/0"_s << u"finished stop complete"_s;
        QTest::newRow("anthropic thinking + tool")
            << u"anthropic_thinking_tools.sse"_s << u"claude-opus-4-1"_s << u"Checking."_s
            << u"Need the weather tool."_s
            << u"toolu_01T1 get_weather {\"location\": \"San Francisco\"}"_s << u"500/89/-1/100"_s
            << u"finished tool calls complete"_s;
        QTest::newRow("anthropic overloaded_error after 200")
            << u"anthropic_overloaded.sse"_s << u"claude-sonnet-4-5"_s << u"Once upon"_s
            << QString() << QString() << u"10/1/-1/-1"_s << u"failed overloaded mid-stream"_s;
        QTest::newRow("gemini, CRLF, cumulative usage")
            << u"gemini_basic.sse"_s << u"gemini-2.5-flash"_s << u"Gemini says hi 👋"_s << QString()
            << QString() << u"8/34/30/-1"_s << u"finished stop complete"_s;
        QTest::newRow("gemini blockReason")
            << u"gemini_blocked.sse"_s << u"gemini-2.5-pro"_s << QString() << QString() << QString()
            << u"-1/-1/-1/-1"_s << u"failed content filter first packet"_s;
        QTest::newRow("gemini SAFETY finish")
            << u"gemini_safety_finish.sse"_s << u"gemini-2.5-pro"_s << u"Here is how to"_s
            << QString() << QString() << u"10/4/-1/-1"_s << u"finished content filter complete"_s;
        QTest::newRow("ollama") << u"ollama_basic.ndjson"_s << u"llama3.2"_s
                                << u"The sky is blue."_s << QString() << QString()
                                << u"26/282/-1/-1"_s << u"finished stop complete"_s;
        QTest::newRow("ollama thinking + tool")
            << u"ollama_thinking.ndjson"_s << u"qwen3"_s << u"Done"_s << u"Let me think"_s
            << u" search {\"q\":\"Qt 6.8\"}"_s << u"10/50/-1/-1"_s << u"finished length complete"_s;
    }

    void fixtures()
    {
        QFETCH(QString, name);
        QFETCH(QString, model);
        QFETCH(QString, text);
        QFETCH(QString, reasoning);
        QFETCH(QString, toolCalls);
        QFETCH(QString, usage);
        QFETCH(QString, end);

        const QList<StreamEvent> events = decodeInChunks(formatOf(name), fixture(name), {});
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().type, StreamEvent::Type::Started);
        QVERIFY(events.last().isTerminal());
        QCOMPARE(std::count_if(events.begin(), events.end(),
                               [](const StreamEvent &e) { return e.isTerminal(); }),
                 1);

        const StreamedReply reply = fold(events);
        QCOMPARE(reply.model, model);
        QCOMPARE(reply.text, text);
        QCOMPARE(reply.reasoning, reasoning);
        QCOMPARE(describeToolCalls(reply), toolCalls);
        QCOMPARE(describeUsage(reply.usage), usage);
        QCOMPARE(describeEnd(reply), end);
        if (reply.state == StreamedReply::State::Failed) {
            QVERIFY(!reply.error.message.isEmpty()); // the provider's own words
        }
    }

    void everySplitPositionGivesTheSameEvents_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"openai_chat_basic.sse", "openai_chat_tools.sse", "openai_responses_basic.sse",
              "anthropic_thinking_tools.sse", "gemini_basic.sse", "gemini_blocked.sse",
              "ollama_thinking.ndjson"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void everySplitPositionGivesTheSameEvents()
    {
        QFETCH(QString, name);
        const QByteArray bytes = fixture(name);
        const ApiFormat format = formatOf(name);
        const QString whole = describeEvents(decodeInChunks(format, bytes, {}));
        for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
            const QString split = describeEvents(decodeInChunks(format, bytes, {cut}));
            if (split != whole) {
                QCOMPARE(split, whole); // shows the difference
                QFAIL(qPrintable(u"differs when cut at byte %1"_s.arg(cut)));
            }
        }
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            everyByte << i;
        }
        QCOMPARE(describeEvents(decodeInChunks(format, bytes, everyByte)), whole);
    }

    void streamCutBeforeItsEndIsTruncated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("cutBefore"); // the stream ends just before this text
        QTest::addColumn<QString>("text");
        QTest::newRow("openai")
            << u"openai_chat_basic.sse"_s
            << "data: {\"id\":\"chatcmpl-Bx1\",\"object\":\"chat.completion.chunk\",\"created\":1763700000,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"! "_ba
            << u"Hello, 世界"_s;
        QTest::newRow("anthropic")
            << u"anthropic_basic.sse"_s << "event: message_delta"_ba << u"Hello! Привет."_s;
        QTest::newRow("responses") << u"openai_responses_basic.sse"_s
                                   << "event: response.completed"_ba << u"Bonjour le monde"_s;
        QTest::newRow("ollama")
            << u"ollama_basic.ndjson"_s
            << "{\"model\":\"llama3.2\",\"created_at\":\"2026-11-21T10:00:00.150Z\""_ba
            << u"The sky is blue."_s;
        QTest::newRow("gemini mid-event")
            << u"gemini_basic.sse"_s << "\"finishReason\""_ba << u"Gemini says hi"_s;
    }

    void streamCutBeforeItsEndIsTruncated()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, cutBefore);
        QFETCH(QString, text);
        const QByteArray bytes = fixture(name);
        const qsizetype at = bytes.indexOf(cutBefore);
        QVERIFY(at > 0);
        const StreamedReply reply = fold(decodeInChunks(formatOf(name), bytes.first(at), {}));
        QCOMPARE(reply.text, text);
        QCOMPARE(describeEnd(reply), u"finished other truncated"_s);
    }

    void malformedJsonIsAProtocolErrorKeepingThePhase()
    {
        QByteArray bytes = fixture(u"openai_chat_basic.sse"_s);
        bytes.replace("{\"content\":\"! 🌍\"}", "{\"content\":\"! 🌍\"");
        const StreamedReply reply = fold(decodeInChunks(ApiFormat::OpenAiChat, bytes, {}));
        QCOMPARE(describeEnd(reply), u"failed protocol mid-stream"_s);
        QCOMPARE(reply.text, u"Hello, 世界"_s);
        QVERIFY2(reply.error.message.contains(u"malformed JSON"), qPrintable(reply.error.message));

        const StreamedReply first =
            fold(decodeInChunks(ApiFormat::Anthropic, "event: message_start\ndata: {oops\n\n", {}));
        QCOMPARE(describeEnd(first), u"failed protocol first packet"_s);
    }

    void startedAlwaysComesFirst()
    {
        // Found by fuzz_decoders: a message_delta with usage before any message_start.
        const QList<StreamEvent> events =
            decodeInChunks(ApiFormat::Anthropic,
                           "event: message_delta\ndata: "
                           "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                           "\"usage\":{\"output_tokens\":3}}\n\nevent: content_block_delta\ndata: "
                           "{\"type\":\"content_block_delta\","
                           "\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"x\"}}\n\n",
                           {});
        QCOMPARE(events.first().type, StreamEvent::Type::Started);
        QCOMPARE(std::count_if(
                     events.begin(), events.end(),
                     [](const StreamEvent &e) { return e.type == StreamEvent::Type::Started; }),
                 1);
        QCOMPARE(describeEnd(fold(events)), u"finished stop complete"_s);
    }

    void emptyEventDataIsAProtocolError_data()
    {
        QTest::addColumn<QString>("name"); // the format, as in fixture names
        QTest::newRow("openai") << u"openai_chat"_s;
        QTest::newRow("responses") << u"openai_responses"_s;
        QTest::newRow("anthropic") << u"anthropic"_s;
        QTest::newRow("gemini") << u"gemini"_s;
    }

    void emptyEventDataIsAProtocolError()
    {
        // Found by fuzz_decoders: `data:` with no value reached the JSON parser as an empty
        // buffer, which it memcpy'd from a null pointer (undefined behaviour).
        QFETCH(QString, name);
        const StreamedReply reply = fold(decodeInChunks(formatOf(name), "data:\n\n", {}));
        QCOMPARE(describeEnd(reply), u"failed protocol first packet"_s);
        QVERIFY2(reply.error.message.contains(u"empty document"), qPrintable(reply.error.message));
    }

    void absurdCountsAreUnknownNotUndefined()
    {
        // Found by fuzz_decoders: a count of 3.9e24 was cast to qint64 (undefined behaviour).
        const StreamedReply reply =
            fold(decodeInChunks(ApiFormat::OpenAiChat,
                                "data: "
                                "{\"choices\":[{\"index\":1e30,\"delta\":{\"content\":\"x\"},"
                                "\"finish_reason\":\"stop\"}],"
                                "\"usage\":{\"prompt_tokens\":3.88889e+24,\"completion_tokens\":-5,"
                                "\"total_tokens\":12.0}}\n\n",
                                {}));
        QCOMPARE(reply.text, u"x"_s);
        QCOMPARE(describeUsage(reply.usage), u"-1/-1/-1/-1"_s);
    }

    void nothingAfterTheTerminalEvent()
    {
        QByteArray bytes = fixture(u"anthropic_basic.sse"_s);
        bytes += "event: content_block_delta\ndata: "
                 "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
                 "\"text\":\"late\"}}\n\n";
        const QList<StreamEvent> events = decodeInChunks(ApiFormat::Anthropic, bytes, {});
        QVERIFY(events.last().isTerminal());
        QVERIFY(!fold(events).text.contains(u"late"));
    }
};

QTEST_GUILESS_MAIN(DecodersTest)
#include "tst_decoders.moc"
