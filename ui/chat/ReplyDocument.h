#pragma once

#include "chat/CodeBlockWriter.h"
#include "markdown/MarkdownBlock.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;

namespace pwb {

// Renders a streamed Markdown reply into a QTextDocument: finished blocks are appended once and
// never touched again; the open block (the tail) is the only part replaced on each update. Code
// blocks are written by a CodeBlockWriter, line by line, highlighted once.
//
// Document layout: [finished blocks][tail]. The tail begins at the start of an empty block that
// follows the finished blocks, so replacing it never edits (or re-lays out) a finished block.
class ReplyDocument
{
public:
    // What was rendered, for tests and benchmarks: a finished block is rendered once.
    struct Stats
    {
        int finishedBlocksRendered = 0;
        int tailRenders = 0;
        int codeLinesHighlighted = 0;
    };

    explicit ReplyDocument(QTextDocument *document);
    ~ReplyDocument();

    // Colours for code blocks and their highlighting; takes effect for blocks rendered later.
    void setStyle(const ReplyStyle &style) { m_style = style; }

    // One update, as one edit of the document: the blocks finished since the last update, in
    // order, then the open block (nullopt or empty: nothing open).
    void update(const QList<MarkdownBlock> &finished, const std::optional<MarkdownBlock> &open);
    // The reply is complete: removes the empty block left for a tail.
    void end();
    void clear();

    // The code of a block whose Copy link is `href` ("copy-code:N"), or nullopt.
    std::optional<QString> codeForHref(const QString &href) const;
    qsizetype codeBlockCount() const { return m_codes.size(); }
    const Stats &stats() const { return m_stats; }

    static QString copyHref(qsizetype index);

private:
    void removeTail();
    void renderFinished(const MarkdownBlock &block);
    // `finished`: code in it (in a list item, a quote) is highlighted. True: the cursor ends in
    // an empty block.
    bool renderMarkdown(const QString &markdown, bool finished);
    void renderPlainLines(const QString &text);
    void startCode(const MarkdownBlock &block);
    void finishCode(const MarkdownBlock &block);
    void newTailBlock(bool cursorInEmptyBlock);
    void keepShapedGlyphs(int from);

    QTextDocument *m_document;
    ReplyStyle m_style;
    std::unique_ptr<CodeBlockWriter> m_openCode; // the tail, when it is a code block
    int m_tailStart = 0;
    QStringList m_codes; // of the code blocks with a Copy link, by index
    Stats m_stats;
};

} // namespace pwb
