// Every provider decoder on arbitrary bytes: the first byte picks the format and a split point.
// Invariants: Started comes first if anything does, exactly one terminal event, nothing after it.
#include "streaming/ErrorClassification.h"
#include "streaming/StreamDecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    const auto format = static_cast<pwb::ApiFormat>(data[0] % 5);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype cut = input.isEmpty() ? 0 : data[1] % (input.size() + 1);

    auto decoder = pwb::StreamDecoder::create(format);
    decoder->setMaxEventBytes(16 * 1024);
    QList<pwb::StreamEvent> events;
    decoder->feed(input.first(cut), events);
    decoder->feed(input.sliced(cut), events);
    decoder->finish(events);

    qsizetype terminals = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).isTerminal()) {
            ++terminals;
            if (i != events.size() - 1) {
                std::abort(); // an event after the end
            }
        }
        if (events.at(i).isToken() && events.first().type != pwb::StreamEvent::Type::Started) {
            std::abort(); // a delta before Started
        }
    }
    if (terminals != 1) {
        std::abort();
    }
    // The same bytes as an HTTP error body must classify without crashing.
    pwb::classifyHttpError(400 + data[1] % 200, pwb::parseProviderErrorBody(input));
    return 0;
}
