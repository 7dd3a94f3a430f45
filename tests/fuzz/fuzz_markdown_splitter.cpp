// MarkdownBlockSplitter on arbitrary text, whole and in pieces: no crash, the same finished
// blocks either way, and every block's code() can be computed.
#include "markdown/MarkdownBlockSplitter.h"

#include <cstdint>
#include <cstdlib>

namespace {

QList<pwb::MarkdownBlock> split(QStringView text, qsizetype piece)
{
    pwb::MarkdownBlockSplitter splitter;
    QList<pwb::MarkdownBlock> blocks;
    for (qsizetype at = 0; at < text.size(); at += piece) {
        splitter.append(text.sliced(at, qMin(piece, text.size() - at)));
        blocks += splitter.takeFinished();
        (void)splitter.openBlock().code();
    }
    splitter.finish();
    return blocks + splitter.takeFinished();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype piece = 1 + data[0] % 16;
    const QList<pwb::MarkdownBlock> whole = split(text, qMax<qsizetype>(1, text.size()));
    if (split(text, piece) != whole) {
        std::abort();
    }
    for (const pwb::MarkdownBlock &block : whole) {
        (void)block.code();
        (void)block.language();
    }
    return 0;
}
