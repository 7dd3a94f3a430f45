// The prompt file readers (.prompty, .json, .md) on arbitrary bytes; the first byte picks the
// format. None may crash or hang; every error has a message and a line inside the file; and
// whatever reads without error and is written in any format reads back the same.
#include "export/PromptFile.h"

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    static const pwb::PromptFileFormat formats[] = {pwb::PromptFileFormat::Prompty,
                                                    pwb::PromptFileFormat::Json,
                                                    pwb::PromptFileFormat::Markdown};
    const pwb::PromptFileFormat format = formats[data[0] % 3];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype lines = input.count('\n') + 1;

    const pwb::PromptFileReadResult read =
        pwb::PromptFiles::read(input, QStringLiteral("f"), format);
    if (!read) {
        check(read.error().hasErrors());
        for (const pwb::PromptFileProblem &problem : read.error().problems) {
            check(!problem.message.isEmpty());
            check(problem.line >= 0 && problem.line <= lines && problem.column >= 0);
        }
        return 0;
    }
    for (const pwb::PromptFileFormat out : formats) {
        const pwb::Result<QByteArray> bytes = pwb::PromptFiles::write(read.value().file, out);
        if (!bytes) {
            // Refusing is allowed (Prompty trims messages; no format writes a lone surrogate):
            // writing something that reads back different is not.
            check(!bytes.error().isEmpty());
            continue;
        }
        const pwb::PromptFileReadResult again = pwb::PromptFiles::read(bytes.value(), {}, out);
        check(again && again.value().file == read.value().file);
    }
    return 0;
}
