// The dataset readers on arbitrary bytes; the first byte picks CSV or JSON Lines. Neither may
// crash or hang; errors are capped, in line order and inside the file; and whatever reads
// without error exports and reads back to the same cases, in both formats.
#include "eval/DatasetExport.h"
#include "eval/DatasetImport.h"

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

bool sameCases(const QList<pwb::DatasetCase> &a, const QList<pwb::DatasetCase> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).variables != b.at(i).variables || a.at(i).expected != b.at(i).expected ||
            a.at(i).metadata != b.at(i).metadata) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const pwb::DatasetFormat format =
        data[0] & 1 ? pwb::DatasetFormat::Jsonl : pwb::DatasetFormat::Csv;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const pwb::DatasetImport import = pwb::DatasetImport::fromBytes(input, format);
    const pwb::DatasetPreview &preview = import.preview();
    check(preview.errors.size() <= pwb::DatasetPreview::maxErrors);
    check(!preview.errorsTruncated || preview.errors.size() == pwb::DatasetPreview::maxErrors);
    // CRLF counts twice here: an upper bound is all this needs.
    const qsizetype lines = input.count('\n') + input.count('\r') + 1;
    int previousLine = 0;
    for (const pwb::DatasetImportError &error : preview.errors) {
        check(!error.message.isEmpty() && !error.toString().isEmpty());
        check(error.line >= previousLine && error.line <= lines);
        check(error.column >= 0 && error.field >= 0);
        previousLine = error.line;
    }
    if (!preview.ok()) {
        return 0;
    }
    check(!preview.cases.isEmpty());

    for (const pwb::DatasetFormat out : {pwb::DatasetFormat::Csv, pwb::DatasetFormat::Jsonl}) {
        const pwb::Result<QByteArray> bytes = pwb::DatasetExport::encode(preview.cases, out);
        if (!bytes) {
            check(out == pwb::DatasetFormat::Csv); // some names have no CSV column
            continue;
        }
        const pwb::DatasetImport again = pwb::DatasetImport::fromBytes(bytes.value(), out);
        check(again.ok());
        check(sameCases(again.preview().cases, preview.cases));
    }
    return 0;
}
