#include "streaming/SseParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::SseEvent;
using pwb::SseParser;

Q_DECLARE_METATYPE(QList<SseEvent>)

namespace {

SseEvent sse(const QString &data, const QString &type = u"message"_s, const QString &id = {},
             std::optional<qint64> retry = {})
{
    return SseEvent {type, data, id, retry};
}

QList<SseEvent> parseWhole(const QByteArray &bytes)
{
    SseParser parser;
    QList<SseEvent> events;
    parser.feed(bytes, events);
    return events;
}

QString describe(const QList<SseEvent> &events)
{
    QStringList parts;
    for (const SseEvent &e : events) {
        parts << u"[%1|%2|%3|%4]"_s.arg(e.type, e.data, e.lastEventId,
                                        e.retryMs ? QString::number(*e.retryMs) : u"-"_s);
    }
    return parts.join(u' ');
}

} // namespace

class SseParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpretation_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<SseEvent>>("expected");

        QTest::newRow("one event") << "data: hello\n\n"_ba << QList {sse(u"hello"_s)};
        QTest::newRow("two events")
            << "data: a\n\ndata: b\n\n"_ba << QList {sse(u"a"_s), sse(u"b"_s)};
        QTest::newRow("data lines join with LF")
            << "data: a\ndata: b\ndata:\n\n"_ba << QList {sse(u"a\nb\n"_s)};
        QTest::newRow("CR line ends") << "data: a\rdata: b\r\r"_ba << QList {sse(u"a\nb"_s)};
        QTest::newRow("CRLF line ends")
            << "data: a\r\ndata: b\r\n\r\n"_ba << QList {sse(u"a\nb"_s)};
        QTest::newRow("mixed line ends")
            << "data: a\r\ndata: b\rdata: c\n\r\n"_ba << QList {sse(u"a\nb\nc"_s)};
        QTest::newRow("comment is ignored")
            << ": keep-alive\n\n: ping\ndata: x\n\n"_ba << QList {sse(u"x"_s)};
        QTest::newRow("event type")
            << "event: message_start\ndata: {}\n\n"_ba << QList {sse(u"{}"_s, u"message_start"_s)};
        QTest::newRow("type resets after dispatch")
            << "event: a\ndata: 1\n\ndata: 2\n\n"_ba << QList {sse(u"1"_s, u"a"_s), sse(u"2"_s)};
        QTest::newRow("empty event field means message")
            << "event:\ndata: 1\n\n"_ba << QList {sse(u"1"_s)};
        QTest::newRow("id persists")
            << "id: 7\ndata: a\n\ndata: b\n\n"_ba
            << QList {sse(u"a"_s, u"message"_s, u"7"_s), sse(u"b"_s, u"message"_s, u"7"_s)};
        QTest::newRow("id with NUL ignored")
            << "id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n"_ba
            << QList {sse(u"a"_s, u"message"_s, u"1"_s), sse(u"b"_s, u"message"_s, u"1"_s)};
        QTest::newRow("empty id clears") << "id: 1\ndata: a\n\nid\ndata: b\n\n"_ba
                                         << QList {sse(u"a"_s, u"message"_s, u"1"_s), sse(u"b"_s)};
        QTest::newRow("retry digits")
            << "retry: 1500\ndata: a\n\n"_ba << QList {sse(u"a"_s, u"message"_s, {}, 1500)};
        QTest::newRow("retry not digits ignored")
            << "retry: 15s\ndata: a\n\nretry: -1\ndata: b\n\n"_ba
            << QList {sse(u"a"_s), sse(u"b"_s)};
        QTest::newRow("no data: not dispatched")
            << "event: ping\n\nid: 3\n\n"_ba << QList<SseEvent> {};
        QTest::newRow("empty data: dispatched") << "data:\n\n"_ba << QList {sse(QString())};
        QTest::newRow("field without colon") << "data\n\n"_ba << QList {sse(QString())};
        QTest::newRow("no space after colon") << "data:x\n\n"_ba << QList {sse(u"x"_s)};
        QTest::newRow("only one space removed") << "data:  x \n\n"_ba << QList {sse(u" x "_s)};
        QTest::newRow("colon in value kept")
            << "data: {\"a\":1}\n\n"_ba << QList {sse(u"{\"a\":1}"_s)};
        QTest::newRow("unknown field ignored")
            << "foo: bar\ndata: x\nDATA: y\n\n"_ba << QList {sse(u"x"_s)};
        QTest::newRow("leading BOM dropped") << "\xEF\xBB\xBF"
                                                "data: x\n\n"_ba
                                             << QList {sse(u"x"_s)};
        QTest::newRow("second BOM is content") << "\xEF\xBB\xBF\xEF\xBB\xBF"
                                                  "data: x\n\n"_ba
                                               << QList<SseEvent> {};
        QTest::newRow("UTF-8 text")
            << "data: 你好，世界 🌍\n\n"_ba << QList {sse(u"你好，世界 🌍"_s)};
        QTest::newRow("unterminated last event dropped")
            << "data: a\n\ndata: b\n"_ba << QList {sse(u"a"_s)};
    }

    void interpretation()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<SseEvent>, expected);
        const QList<SseEvent> events = parseWhole(stream);
        QCOMPARE(describe(events), describe(expected));
        QCOMPARE(events, expected);
    }

    // The same stream split into two chunks at every byte position, and fed byte by byte,
    // gives exactly the events of the whole stream: CR/LF pairs and UTF-8 sequences straddle.
    void everySplitPositionGivesTheSameEvents_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("CRLF everywhere")
            << "event: a\r\ndata: 1\r\ndata: 2\r\n\r\nid: 9\r\ndata: 3\r\n\r\n"_ba;
        QTest::newRow("CR only") << "data: 1\rdata: 2\r\rdata: 3\r\r"_ba;
        QTest::newRow("mixed with blank CRLF")
            << "data: x\r\n\rdata: y\n\r\n: c\r\r\ndata: z\r\n\n"_ba;
        QTest::newRow("multi-byte UTF-8") << "data: 中文 é ß 🌍🚀\r\n\r\ndata: 𝄞 — ✓\n\n"_ba;
        QTest::newRow("BOM then events") << "\xEF\xBB\xBF"
                                            "data: 1\r\n\r\ndata: 2\r\r"_ba;
        QTest::newRow("fields without colon") << "data\n\ndata\ndata: x\n\nevent\ndata\r\n\r\n"_ba;
    }

    void everySplitPositionGivesTheSameEvents()
    {
        QFETCH(QByteArray, stream);
        const QList<SseEvent> whole = parseWhole(stream);
        QVERIFY(!whole.isEmpty());

        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            SseParser parser;
            QList<SseEvent> events;
            QVERIFY(parser.feed(QByteArrayView(stream).first(cut), events));
            QVERIFY(parser.feed(QByteArrayView(stream).sliced(cut), events));
            QVERIFY2(events == whole,
                     qPrintable(u"cut at %1: %2"_s.arg(cut).arg(describe(events))));
        }
        for (qsizetype a = 0; a <= stream.size(); ++a) { // every three-chunk split
            for (qsizetype b = a; b <= stream.size(); ++b) {
                SseParser parser;
                QList<SseEvent> events;
                parser.feed(QByteArrayView(stream).first(a), events);
                parser.feed(QByteArrayView(stream).sliced(a, b - a), events);
                parser.feed(QByteArrayView(stream).sliced(b), events);
                QVERIFY2(events == whole, qPrintable(u"cuts at %1, %2"_s.arg(a).arg(b)));
            }
        }
        SseParser parser;
        QList<SseEvent> events;
        for (const char byte : stream) {
            parser.feed(QByteArrayView(&byte, 1), events);
        }
        QCOMPARE(events, whole);
    }

    void dataLineWithoutColonStraddlingChunks()
    {
        // Found by fuzz_sse: a "data" line without ':' that straddled chunks made the parser
        // compute a negative offset (and other events than the unsplit stream).
        const QByteArray stream = "data:!o\x0a"
                                  "id: {u\x0a"
                                  "data: {\x0a"
                                  "\x0a"
                                  "d\x0a"
                                  "d: {\x0a"
                                  "\x0a"
                                  "data\x0a"
                                  "\x0a"
                                  "data:\x01"
                                  "\x0a"
                                  "io}\x0a"
                                  "\x0a"
                                  "'at\\: {\"in\"\x0a"
                                  "Z:null}]}\x0a"
                                  "\x0a"
                                  "data:u}]}io}\x0a"
                                  "\x0a"
                                  "'at\\: {\"in\"\x0a"
                                  "Z:null}]}\x0a"
                                  "\x0a"
                                  "data:u}]}\x0a"
                                  "\x0a"
                                  "data: {\"]}\x0a"
                                  "\x0a"
                                  "data\x0a"
                                  "\x0a"
                                  ""_ba;
        const QList<SseEvent> whole = parseWhole(stream);
        SseParser parser;
        QList<SseEvent> events;
        parser.feed(QByteArrayView(stream).first(33), events);
        parser.feed(QByteArrayView(stream).sliced(33), events);
        QCOMPARE(describe(events), describe(whole));
    }

    void crlfSplitAcrossChunksIsNotABlankLine()
    {
        // The classic bug: "\r" ends one chunk, "\n" starts the next, and a parser that treats
        // the LF as a second line end dispatches "a" early and then "b" separately.
        SseParser parser;
        QList<SseEvent> events;
        parser.feed("data: a\r", events);
        parser.feed("\ndata: b\r", events);
        QVERIFY(events.isEmpty());
        parser.feed("\n\r", events);
        QVERIFY(events.isEmpty() || events == QList {sse(u"a\nb"_s)});
        parser.feed("\n", events);
        QCOMPARE(events, QList {sse(u"a\nb"_s)});
    }

    void multiByteCharacterSplitAcrossChunks()
    {
        const QByteArray bytes = "data: 🌍\n\n"_ba; // the globe is 4 bytes: F0 9F 8C 8D
        SseParser parser;
        QList<SseEvent> events;
        parser.feed(bytes.first(7), events);
        parser.feed(bytes.sliced(7, 2), events);
        parser.feed(bytes.sliced(9), events);
        QCOMPARE(events, QList {sse(u"🌍"_s)});
        QVERIFY(!events.first().data.contains(QChar::ReplacementCharacter));
    }

    void lineLongerThanTheLimitIsAProtocolError()
    {
        SseParser parser(SseParser::Limits {64, 1024});
        QList<SseEvent> events;
        QVERIFY(parser.feed("data: ok\n\n", events));
        QVERIFY(
            parser.feed(QByteArray("data: " + QByteArray(40, 'x')), events)); // 46 bytes pending
        QVERIFY(parser.feed(QByteArray(10, 'x'), events)); // 56
        QVERIFY(!parser.feed(QByteArray(30, 'x'), events)); // 86 > 64, no LF yet
        QVERIFY(parser.failed());
        QVERIFY2(parser.errorString().contains(u"line 3"_s), qPrintable(parser.errorString()));
        QVERIFY2(parser.errorString().contains(u"64 bytes"_s), qPrintable(parser.errorString()));
        QVERIFY(!parser.feed("\n\ndata: later\n\n", events)); // the stream stays stopped
        QCOMPARE(events, QList {sse(u"ok"_s)});
    }

    void eventLargerThanTheLimitIsAProtocolError()
    {
        SseParser parser(SseParser::Limits {1024, 100});
        QList<SseEvent> events;
        QByteArray stream;
        for (int i = 0; i < 10; ++i) {
            stream += "data: " + QByteArray(20, 'y') + "\n";
        }
        QVERIFY(!parser.feed(stream, events));
        QVERIFY2(parser.errorString().contains(u"larger than the limit of 100 bytes"_s),
                 qPrintable(parser.errorString()));
        QVERIFY(events.isEmpty());
    }

    void finishReportsAnIncompleteEvent_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<bool>("incomplete");
        QTest::newRow("clean") << "data: a\n\n"_ba << false;
        QTest::newRow("comment only") << ": ping\n"_ba << false;
        QTest::newRow("data without blank line") << "data: a\n\ndata: b\n"_ba << true;
        QTest::newRow("partial line") << "data: a\n\ndat"_ba << true;
        QTest::newRow("event field only") << "event: x\n"_ba << true;
    }

    void finishReportsAnIncompleteEvent()
    {
        QFETCH(QByteArray, stream);
        QFETCH(bool, incomplete);
        SseParser parser;
        QList<SseEvent> events;
        parser.feed(stream, events);
        QCOMPARE(parser.finish() == SseParser::End::IncompleteDiscarded, incomplete);
    }

    void eightMebibyteEventInTcpSizedChunks()
    {
        QByteArray payload(8 * 1024 * 1024, 'z');
        const QByteArray stream = "data: " + payload + "\n\n";
        SseParser parser;
        QList<SseEvent> events;
        for (qsizetype at = 0; at < stream.size(); at += 1460) {
            QVERIFY(parser.feed(
                QByteArrayView(stream).sliced(at, qMin<qsizetype>(1460, stream.size() - at)),
                events));
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.size(), payload.size());
    }

    void twoHundredThousandEventsInRandomChunks()
    {
        QByteArray stream;
        constexpr int kEvents = 200000;
        for (int i = 0; i < kEvents; ++i) {
            stream += "data: {\"i\":" + QByteArray::number(i) + ",\"t\":\"токен\"}\r\n\r\n";
        }
        QRandomGenerator random(20261121);
        SseParser parser;
        QList<SseEvent> events;
        events.reserve(kEvents);
        for (qsizetype at = 0; at < stream.size();) {
            const qsizetype size = qMin<qsizetype>(random.bounded(1, 3000), stream.size() - at);
            QVERIFY(parser.feed(QByteArrayView(stream).sliced(at, size), events));
            at += size;
        }
        QCOMPARE(parser.finish(), SseParser::End::Clean);
        QCOMPARE(events.size(), kEvents);
        QCOMPARE(events.last().data, u"{\"i\":199999,\"t\":\"токен\"}"_s);
        QCOMPARE(events.at(123456).data, u"{\"i\":123456,\"t\":\"токен\"}"_s);
    }
};

QTEST_GUILESS_MAIN(SseParserTest)
#include "tst_sseparser.moc"
