#pragma once

#include <QString>

namespace pwb {

// One top-level Markdown block of a reply, as MarkdownBlockSplitter cuts it: the unit the chat
// view renders (and, for code, highlights) once.
struct MarkdownBlock
{
    enum class Kind {
        Paragraph, // also HTML and anything else that ends at a blank line
        Heading, // ATX (# Title) or setext (Title / ===)
        List,
        BlockQuote,
        FencedCode,
        IndentedCode,
        Table,
        ThematicBreak,
    };

    Kind kind = Kind::Paragraph;
    // The block's lines, each ending in LF (CR and CRLF are normalised to LF). For the open
    // block of a stream, the last line may be unterminated and trailing blank lines may follow.
    QString source;
    QString fenceInfo; // FencedCode: the info string after the opening fence, trimmed

    // FencedCode: the first word of the info string ("python" of "python title=a.py").
    QString language() const;
    // FencedCode and IndentedCode: the code itself, without fences and without the indentation
    // that belongs to the Markdown (each line keeps its LF). Empty for the other kinds.
    QString code() const;

    bool operator==(const MarkdownBlock &) const = default;
};

} // namespace pwb
