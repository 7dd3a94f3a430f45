// SseParser on arbitrary bytes, split at a position taken from the input: it must never crash,
// hang or read out of bounds, and the split must not change the events.
#include "streaming/SseParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype cut = input.isEmpty() ? 0 : data[0] % (input.size() + 1);

    pwb::SseParser whole(pwb::SseParser::Limits {4096, 8192});
    QList<pwb::SseEvent> wholeEvents;
    whole.feed(input, wholeEvents);
    whole.finish();

    pwb::SseParser split(pwb::SseParser::Limits {4096, 8192});
    QList<pwb::SseEvent> splitEvents;
    split.feed(input.first(cut), splitEvents);
    split.feed(input.sliced(cut), splitEvents);
    split.finish();

    if (!whole.failed() && !split.failed() && wholeEvents != splitEvents) {
        std::abort(); // chunking changed the meaning of the stream
    }
    return 0;
}
