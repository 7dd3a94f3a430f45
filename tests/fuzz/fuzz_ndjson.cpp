// NdjsonParser on arbitrary bytes, whole and split: no crash, and the same records either way.
#include "streaming/NdjsonParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype cut = input.isEmpty() ? 0 : data[0] % (input.size() + 1);

    pwb::NdjsonParser whole(4096);
    QList<pwb::NdjsonRecord> wholeRecords;
    whole.feed(input, wholeRecords) && whole.finish(wholeRecords);

    pwb::NdjsonParser split(4096);
    QList<pwb::NdjsonRecord> splitRecords;
    split.feed(input.first(cut), splitRecords) && split.feed(input.sliced(cut), splitRecords) &&
        split.finish(splitRecords);

    if (wholeRecords.size() != splitRecords.size()) {
        std::abort();
    }
    for (qsizetype i = 0; i < wholeRecords.size(); ++i) {
        if (wholeRecords.at(i).value != splitRecords.at(i).value) {
            std::abort();
        }
    }
    return 0;
}
