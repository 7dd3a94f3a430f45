// Streaming parser and decoder throughput, and proof of linear time: one huge event delivered
// in TCP-sized chunks must cost time in proportion to its size (no re-scanning of the buffer).
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
    QList<pwb::SseEvent> events;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        parser.feed(QByteArrayView(stream).sliced(at, qMin(chunk, stream.size() - at)), events);
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (events.size() != 1) {
        qFatal("expected one event");
    }
    return ms;
}

QByteArray oneEvent(qsizetype payloadBytes)
{
    return "data: " + QByteArray(payloadBytes, 'z') + "\n\n";
}

template<typename F> double medianOf(int rounds, F run)
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

    // Sizes well beyond the CPU caches, so the ratio shows the algorithm, not cache effects
    // (a 2 MiB event fits in cache and parses disproportionately fast).
    const QByteArray mib8 = oneEvent(8 << 20), mib32 = oneEvent(32 << 20);
    const double t8 = medianOf(kRounds, [&] { return parseInChunksMs(mib8, kTcpChunk); });
    const double t32 = medianOf(kRounds, [&] { return parseInChunksMs(mib32, kTcpChunk); });
    const double t8whole = medianOf(kRounds, [&] { return parseInChunksMs(mib8, mib8.size()); });
    report(QStringLiteral("sse.8mib_event_1460b_chunks"), t8, QStringLiteral("ms"),
           QStringLiteral("%1 MiB/s; 5,746 chunks").arg(8.0 / (t8 / 1000.0), 0, 'f', 0));
    report(QStringLiteral("sse.8mib_event_one_chunk"), t8whole, QStringLiteral("ms"));
    report(QStringLiteral("sse.linearity_32mib_over_8mib"), t32 / t8, QStringLiteral("x"),
           QStringLiteral("both in 1460-byte chunks: 4.0 = linear, 16 = quadratic"));
    report(QStringLiteral("sse.chunked_over_whole_8mib"), t8 / t8whole, QStringLiteral("x"),
           QStringLiteral("cost of delivery in 1460-byte chunks"));

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
           QStringLiteral("includes the 8 and 32 MiB test inputs"));
    return 0;
}
