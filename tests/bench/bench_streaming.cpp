// Streaming parser and decoder throughput, and proof of linear time: one huge event delivered
// in TCP-sized chunks must cost time in proportion to its size (no re-scanning of the buffer).
// The parser is used the way the decoders use it: zero-copy events (views of the bytes).
#include "BenchReport.h"
#include "streaming/SseParser.h"
#include "streaming/StreamDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

constexpr qsizetype kTcpChunk = 1460;

double parseInChunksMs(const QByteArray &stream, qsizetype chunk)
{
    QElapsedTimer timer;
    timer.start();
    pwb::SseParser parser(pwb::SseParser::Limits {64 << 20, 64 << 20});
    qsizetype events = 0;
    qsizetype dataBytes = 0;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        parser.feed(QByteArrayView(stream).sliced(at, qMin(chunk, stream.size() - at)),
                    [&](const pwb::SseEventView &event) {
                        ++events;
                        dataBytes += event.data.size();
                    });
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (events != 1 || dataBytes != stream.size() - 8) {
        qFatal("expected one event with all the data");
    }
    return ms;
}

QByteArray oneEvent(qsizetype payloadBytes)
{
    return "data: " + QByteArray(payloadBytes, 'z') + "\n\n";
}

template<typename F>
double medianOf(int rounds, F run)
{
    QList<double> samples;
    for (int i = 0; i < rounds; ++i) {
        samples << run();
    }
    return pwb::bench::median(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    using pwb::bench::report;
    constexpr int kRounds = 5;

    // Linearity. Were chunked delivery to re-scan or re-copy what it has buffered, its cost over
    // the one-piece case would grow with the event's size; linear code keeps the ratio the same at
    // 4 and 16 MiB. (Ratios of raw times across sizes are dominated here by allocator and cache
    // effects: sub-millisecond runs, buffers that do or do not fit in cache or come fresh from
    // mmap.)
    const QByteArray mib4 = oneEvent(4 << 20), mib8 = oneEvent(8 << 20), mib16 = oneEvent(16 << 20);
    auto chunkedOverWhole = [&](const QByteArray &event) {
        return medianOf(kRounds, [&] { return parseInChunksMs(event, kTcpChunk); }) /
            medianOf(kRounds, [&] { return parseInChunksMs(event, event.size()); });
    };
    const double t8 = medianOf(kRounds, [&] { return parseInChunksMs(mib8, kTcpChunk); });
    const double t8whole = medianOf(kRounds, [&] { return parseInChunksMs(mib8, mib8.size()); });
    report(QStringLiteral("sse.8mib_event_1460b_chunks"), t8, QStringLiteral("ms"),
           QStringLiteral("%1 MiB/s; 5,746 chunks; target < 10 ms")
               .arg(8.0 / (t8 / 1000.0), 0, 'f', 0));
    report(QStringLiteral("sse.8mib_event_one_chunk"), t8whole, QStringLiteral("ms"));
    const double ratio4 = chunkedOverWhole(mib4);
    const double ratio16 = chunkedOverWhole(mib16);
    report(QStringLiteral("sse.chunked_over_whole_4mib"), ratio4, QStringLiteral("x"));
    report(QStringLiteral("sse.chunked_over_whole_16mib"), ratio16, QStringLiteral("x"),
           QStringLiteral("about equal to the 4 MiB ratio = linear; 4x it = quadratic"));

    // A realistic long reply: 200,000 OpenAI chunks of ~4 characters each.
    QByteArray stream;
    constexpr int kEvents = 200000;
    for (int i = 0; i < kEvents; ++i) {
        stream +=
            "data: "
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o\","
            "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok "
            "\"},\"finish_reason\":null}]}\n\n";
    }
    stream += "data: [DONE]\n\n";
    const double decodeMs = medianOf(kRounds, [&] {
        QElapsedTimer timer;
        timer.start();
        auto decoder = pwb::StreamDecoder::create(pwb::ApiFormat::OpenAiChat);
        QList<pwb::StreamEvent> events;
        for (qsizetype at = 0; at < stream.size(); at += kTcpChunk) {
            decoder->feed(QByteArrayView(stream).sliced(at, qMin(kTcpChunk, stream.size() - at)),
                          events);
            events.clear();
        }
        decoder->finish(events);
        return timer.nsecsElapsed() / 1e6;
    });
    report(QStringLiteral("decode.openai_200k_events"), decodeMs, QStringLiteral("ms"),
           QStringLiteral("%1 events/s, %2 MiB/s; GUI needs ~5,000 tokens/s")
               .arg(kEvents / (decodeMs / 1000.0), 0, 'f', 0)
               .arg(stream.size() / 1048576.0 / (decodeMs / 1000.0), 0, 'f', 1));
    report(QStringLiteral("streaming.peak_rss"), pwb::bench::peakRssMiB(), QStringLiteral("MiB"),
           QStringLiteral("includes the 4, 8 and 16 MiB test inputs"));
    return 0;
}
