#include "chat/ReplyDocument.h"

#include "chat/MarkdownStyling.h"
#include "chat/RichTextAppend.h"
#include "editor/TemplateHighlighter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace pwb {

namespace {

bool isCode(const MarkdownBlock &block)
{
    return block.kind == MarkdownBlock::Kind::FencedCode ||
        block.kind == MarkdownBlock::Kind::IndentedCode;
}

const QString kCopyScheme = QStringLiteral("copy-code:");

} // namespace

ReplyDocument::ReplyDocument(QTextDocument *document)
    : m_document(document)
{
    m_document->setUndoRedoEnabled(false); // edits are programmatic; an undo stack only grows
}

ReplyDocument::~ReplyDocument() = default;

QString ReplyDocument::copyHref(qsizetype index)
{
    return kCopyScheme + QString::number(index);
}

std::optional<QString> ReplyDocument::codeForHref(const QString &href) const
{
    if (!href.startsWith(kCopyScheme)) {
        return std::nullopt;
    }
    bool ok = false;
    const qsizetype index = QStringView(href).sliced(kCopyScheme.size()).toLongLong(&ok);
    if (!ok || index < 0 || index >= m_codes.size()) {
        return std::nullopt;
    }
    return m_codes.at(index);
}

void ReplyDocument::clear()
{
    m_openCode.reset();
    m_document->clear();
    m_tailStart = 0;
    m_codes.clear();
    m_stats = {};
}

void ReplyDocument::update(const QList<MarkdownBlock> &finished,
                           const std::optional<MarkdownBlock> &open)
{
    QTextCursor edit(m_document);
    edit.beginEditBlock(); // one layout pass and one repaint for the whole update
    for (const MarkdownBlock &block : finished) {
        if (m_openCode) {
            finishCode(block); // the open block always finishes as the block it was
        } else {
            removeTail();
            renderFinished(block);
        }
        ++m_stats.finishedBlocksRendered;
    }
    if (open && !open->source.isEmpty()) {
        ++m_stats.tailRenders;
        if (open->kind == MarkdownBlock::Kind::FencedCode) {
            if (!m_openCode) {
                removeTail();
                startCode(*open);
            }
            m_openCode->update(open->code());
        } else if (open->kind == MarkdownBlock::Kind::Table) {
            // A table is a frame: inserting one every frame would make Qt rescan the frames of
            // the whole document every frame. Its rows are shown as they were typed until then.
            removeTail();
            renderPlainLines(open->source);
        } else {
            removeTail();
            renderMarkdown(open->source, false);
        }
    } else if (!m_openCode) {
        removeTail();
    }
    keepShapedGlyphs(m_tailStart);
    edit.endEditBlock();
}

// A QTextLayout drops its shaped glyphs once laid out and shapes its text again (HarfBuzz) each
// time it is painted: with the tail repainted every frame, a third of the GUI thread's time
// (bench_chat_render). The tail's blocks keep theirs; finished blocks, seldom repainted (the
// transcript scrolls them by copying pixels), do not, except the lines of a code block, which
// were the tail while it streamed (~8 MB per 100,000 tokens of replies).
void ReplyDocument::keepShapedGlyphs(int from)
{
    for (QTextBlock block = m_document->findBlock(from); block.isValid(); block = block.next()) {
        block.layout()->setCacheEnabled(true);
    }
}

void ReplyDocument::end()
{
    Q_ASSERT(!m_openCode);
    removeTail();
    QTextCursor cursor(m_document);
    cursor.setPosition(m_tailStart);
    if (m_tailStart > 0 && m_document->characterAt(m_tailStart - 1) == QChar::ParagraphSeparator) {
        // The empty block kept for a tail: merged into the last finished block.
        cursor.setPosition(m_tailStart - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        m_tailStart = cursor.position();
    } else {
        cursor.setBlockFormat(placeholderBlockFormat()); // after a code block, Qt needs a block
    }
}

void ReplyDocument::removeTail()
{
    Q_ASSERT(!m_openCode);
    QTextCursor cursor(m_document);
    cursor.setPosition(m_tailStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    if (cursor.hasSelection()) {
        cursor.removeSelectedText();
    }
    // The tail's first block is the empty block it began in; it may still carry the tail's
    // formats (a heading's, a list's).
    cursor.setBlockFormat(QTextBlockFormat());
    cursor.setBlockCharFormat(QTextCharFormat());
}

void ReplyDocument::renderFinished(const MarkdownBlock &block)
{
    if (isCode(block)) {
        startCode(block);
        finishCode(block);
        return;
    }
    newTailBlock(renderMarkdown(block.source, true));
}

bool ReplyDocument::renderMarkdown(const QString &markdown, bool finished)
{
    QTextDocument scratch;
    scratch.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    repairCodeInLists(scratch);
    adaptToReply(scratch, m_style);
    if (finished) {
        highlightNestedCode(scratch, m_style, TemplateHighlighter::repository());
    }
    QTextCursor cursor(m_document);
    cursor.setPosition(m_tailStart);
    return appendRichText(cursor, scratch);
}

void ReplyDocument::renderPlainLines(const QString &text)
{
    QTextCursor cursor(m_document);
    cursor.setPosition(m_tailStart);
    QTextCharFormat format;
    format.setFontFamilies({m_style.codeFont.family()});
    format.setFontFixedPitch(true);
    cursor.setBlockCharFormat(format);
    cursor.insertText(QStringView(text).trimmed().toString(), format);
}

void ReplyDocument::startCode(const MarkdownBlock &block)
{
    QTextCursor cursor(m_document);
    cursor.setPosition(m_tailStart);
    m_openCode = std::make_unique<CodeBlockWriter>(cursor, block.language(), m_style,
                                                   TemplateHighlighter::repository());
}

void ReplyDocument::finishCode(const MarkdownBlock &block)
{
    Q_ASSERT(m_openCode && isCode(block));
    m_openCode->finish(block.code(), copyHref(m_codes.size()));
    m_codes.append(block.code());
    m_stats.codeLinesHighlighted += m_openCode->linesHighlighted();
    m_openCode.reset();
    newTailBlock(true); // the block after the code frame
}

// The tail begins at the start of an empty block after what is finished.
void ReplyDocument::newTailBlock(bool cursorInEmptyBlock)
{
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    if (!cursorInEmptyBlock) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
    m_tailStart = cursor.position();
}

} // namespace pwb
