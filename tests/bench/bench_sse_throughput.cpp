// Decode throughput on a 100 MB OpenAI-style stream (events of ~240 bytes, fed in 16 KiB chunks):
// memchr scanning for newlines (the physical limit), SSE framing alone, and framing + JSON +
// StreamEvent construction. Writes the stream to FILE (argument 1, or $PWB_STREAM_FILE) so that
// tools/dev bench can run npm's eventsource-parser on the very same bytes in the same run.
#include "BenchReport.h"
#include "streaming/SseParser.h"
#include "streaming/StreamDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstring>

namespace {

constexpr qsizetype kChunk = 16 * 1024;
constexpr qsizetype kTarget = 100 * 1000 * 1000;

QByteArray generateStream(int &events)
{
    QByteArray stream;
    stream.reserve(kTarget + 4096);
    events = 0;
    const QByteArray words[] = {"The",   " quick", " brown", " fox", " jumps",
                                " over", " the",   " lazy",  " dog", ","};
    while (stream.size() < kTarget) {
        stream += "data: "
                  "{\"id\":\"chatcmpl-B9x7Tq2LmN4pQ8rS\",\"object\":\"chat.completion.chunk\","
                  "\"created\":1763700000,"
                  "\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_50cad350e4\","
                  "\"choices\":[{\"index\":0,"
                  "\"delta\":{\"content\":\"";
        stream += words[events % 10];
        stream += "\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
        ++events;
    }
    return stream;
}

template<typename F>
double bestOf(int rounds, F run) // the fastest of a few rounds: least disturbed by the machine
{
    double best = 1e18;
    for (int i = 0; i < rounds; ++i) {
        best = std::min(best, run());
    }
    return best;
}

void reportRate(const QString &name, double ms, qsizetype bytes, int events,
                const QString &details = {})
{
    const double seconds = ms / 1000.0;
    pwb::bench::report(name, bytes / 1e6 / seconds, QStringLiteral("MB/s"),
                       QStringLiteral("%1 events/s, %2 ms%3")
                           .arg(events / seconds, 0, 'f', 0)
                           .arg(ms, 0, 'f', 1)
                           .arg(details.isEmpty() ? QString() : QStringLiteral("; ") + details));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int events = 0;
    const QByteArray stream = generateStream(events);
    const QString file =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("PWB_STREAM_FILE");
    if (!file.isEmpty()) {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(stream) != stream.size()) {
            qFatal("cannot write %s", qPrintable(file));
        }
    }
    constexpr int kRounds = 3;

    qsizetype newlines = 0;
    const double memchrMs = bestOf(kRounds, [&] {
        QElapsedTimer timer;
        timer.start();
        newlines = 0;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            const char *p = stream.constData() + at;
            const char *end = p + std::min(kChunk, stream.size() - at);
            while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
                ++newlines;
                ++p;
            }
        }
        return timer.nsecsElapsed() / 1e6;
    });
    if (newlines != 2 * qsizetype(events)) { // also keeps the loop from being optimised away
        qFatal("memchr counted %lld newlines", qlonglong(newlines));
    }
    reportRate(QStringLiteral("throughput.memchr_newlines"), memchrMs, stream.size(), events,
               QStringLiteral("the physical limit"));

    // (a) Framing as the decoders use it: events as views of the bytes, no copy, no decoding.
    const double framingMs = bestOf(kRounds, [&] {
        QElapsedTimer timer;
        timer.start();
        pwb::SseParser parser;
        qsizetype seen = 0;
        qsizetype dataBytes = 0;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            parser.feed(QByteArrayView(stream).sliced(at, std::min(kChunk, stream.size() - at)),
                        [&](const pwb::SseEventView &event) {
                            ++seen;
                            dataBytes += event.data.size();
                        });
        }
        if (seen != events || dataBytes <= 0) {
            qFatal("framing saw %lld events, expected %d", qlonglong(seen), events);
        }
        return timer.nsecsElapsed() / 1e6;
    });
    reportRate(QStringLiteral("throughput.sse_framing"), framingMs, stream.size(), events,
               QStringLiteral("SseParser, zero-copy events (UTF-8 views), as the decoders use it"));

    // The same with every event's data decoded to a QString (SseParser's convenience API).
    const double framingDecodedMs = bestOf(kRounds, [&] {
        QElapsedTimer timer;
        timer.start();
        pwb::SseParser parser;
        QList<pwb::SseEvent> out;
        qsizetype seen = 0;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            parser.feed(QByteArrayView(stream).sliced(at, std::min(kChunk, stream.size() - at)),
                        out);
            seen += out.size();
            out.clear();
        }
        if (seen != events) {
            qFatal("framing saw %lld events, expected %d", qlonglong(seen), events);
        }
        return timer.nsecsElapsed() / 1e6;
    });
    reportRate(QStringLiteral("throughput.sse_framing_to_qstring"), framingDecodedMs, stream.size(),
               events, QStringLiteral("SseParser with every event's data decoded to QString"));

    const double decodeMs = bestOf(kRounds, [&] {
        QElapsedTimer timer;
        timer.start();
        auto decoder = pwb::StreamDecoder::create(pwb::ApiFormat::OpenAiChat);
        QList<pwb::StreamEvent> out;
        qsizetype deltas = 0;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            decoder->feed(QByteArrayView(stream).sliced(at, std::min(kChunk, stream.size() - at)),
                          out);
            for (const pwb::StreamEvent &e : std::as_const(out)) {
                deltas += e.type == pwb::StreamEvent::Type::TextDelta;
            }
            out.clear();
        }
        if (deltas != events) {
            qFatal("decode saw %lld deltas, expected %d", qlonglong(deltas), events);
        }
        return timer.nsecsElapsed() / 1e6;
    });
    reportRate(QStringLiteral("throughput.full_decode"), decodeMs, stream.size(), events,
               QStringLiteral("framing + JSON + StreamEvent (OpenAI chat decoder)"));
    return 0;
}
