#include "markdown/MarkdownBlockSplitter.h"

namespace pwb {

using namespace markdown;

namespace {

// A line that ends a paragraph (or a table, or a quote's lazy continuation) and starts a block
// of its own. An ordered list may interrupt a paragraph only when it starts at 1, and an empty
// item never does: "in 1998.\n2. ..." is prose.
bool interruptsParagraph(QStringView line)
{
    if (openingFence(line) || isAtxHeading(line) || isThematicBreak(line) || isBlockQuote(line)) {
        return true;
    }
    const std::optional<ListMarker> marker = listMarker(line);
    return marker && !marker->empty && (!marker->ordered || marker->start == 1);
}

// The text of a list item's first line after its marker (for a fence opened on that line).
QStringView afterListMarker(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t')) {
        ++i;
    }
    while (i < line.size() && line[i] != u' ' && line[i] != u'\t') {
        ++i;
    }
    return QStringView(line).sliced(i).trimmed();
}

// A quoted line's content: after the '>' and one optional space.
QStringView quoteContent(QStringView line)
{
    const qsizetype marker = line.indexOf(u'>');
    QStringView content = line.sliced(marker + 1);
    if (content.startsWith(u' ')) {
        content = content.sliced(1);
    }
    return content;
}

} // namespace

void MarkdownBlockSplitter::append(QStringView piece)
{
    Q_ASSERT_X(!m_ended, "MarkdownBlockSplitter::append", "text appended after finish()");
    if (m_ended || piece.isEmpty()) {
        return;
    }
    m_searchFrom = std::max(m_searchFrom, m_tail.size());
    appendNormalised(piece);
    scanLines();
    compact();
}

// Finished text is dropped from the front of the buffer only once it is the larger part, so
// that a long text appended in one piece is not moved once per block.
void MarkdownBlockSplitter::compact()
{
    if (m_start == 0 || (m_start < 4096 && m_start * 2 < m_tail.size())) {
        return;
    }
    m_tail.remove(0, m_start);
    m_scanned -= m_start;
    m_searchFrom -= m_start;
    m_blockEnd = std::max<qsizetype>(0, m_blockEnd - m_start);
    m_start = 0;
}

void MarkdownBlockSplitter::appendNormalised(QStringView piece)
{
    if (m_lastWasCr && piece.front() == u'\n') {
        piece = piece.sliced(1); // the LF of a CRLF split between pieces
    }
    m_lastWasCr = false;
    if (!piece.contains(u'\r')) {
        m_tail += piece;
        return;
    }
    m_tail.reserve(m_tail.size() + piece.size());
    for (qsizetype i = 0; i < piece.size(); ++i) {
        if (piece[i] != u'\r') {
            m_tail += piece[i];
            continue;
        }
        m_tail += u'\n';
        if (i + 1 < piece.size()) {
            if (piece[i + 1] == u'\n') {
                ++i;
            }
        } else {
            m_lastWasCr = true;
        }
    }
}

void MarkdownBlockSplitter::scanLines()
{
    for (;;) {
        const qsizetype lf = m_tail.indexOf(u'\n', std::max(m_scanned, m_searchFrom));
        if (lf < 0) {
            m_searchFrom = m_tail.size();
            return;
        }
        handleLine(QStringView(m_tail).sliced(m_scanned, lf - m_scanned), lf + 1);
    }
}

void MarkdownBlockSplitter::finish()
{
    if (m_ended) {
        return;
    }
    if (m_scanned < m_tail.size()) {
        m_tail += u'\n';
        scanLines();
    }
    switch (m_state) {
    case State::Between:
        break;
    case State::FencedCode: // an unclosed fence runs to the end of the text
        finishBlock(MarkdownBlock::Kind::FencedCode, m_tail.size());
        break;
    default:
        finishBlock(kindOf(m_state), m_blockEnd);
        break;
    }
    m_tail.clear();
    m_start = m_scanned = m_searchFrom = m_blockEnd = 0;
    m_ended = true;
}

void MarkdownBlockSplitter::clear()
{
    *this = MarkdownBlockSplitter();
}

QList<MarkdownBlock> MarkdownBlockSplitter::takeFinished()
{
    return std::exchange(m_finished, {});
}

MarkdownBlock MarkdownBlockSplitter::openBlock() const
{
    MarkdownBlock block;
    block.kind = kindOf(m_state);
    block.source = m_start == 0 ? m_tail : m_tail.sliced(m_start);
    if (m_state == State::FencedCode) {
        block.fenceInfo = m_fence.info;
    }
    return block;
}

MarkdownBlock::Kind MarkdownBlockSplitter::kindOf(State state)
{
    switch (state) {
    case State::Between:
    case State::Paragraph:
        return MarkdownBlock::Kind::Paragraph;
    case State::Table:
        return MarkdownBlock::Kind::Table;
    case State::List:
        return MarkdownBlock::Kind::List;
    case State::BlockQuote:
        return MarkdownBlock::Kind::BlockQuote;
    case State::FencedCode:
        return MarkdownBlock::Kind::FencedCode;
    case State::IndentedCode:
        return MarkdownBlock::Kind::IndentedCode;
    }
    Q_UNREACHABLE_RETURN(MarkdownBlock::Kind::Paragraph);
}

void MarkdownBlockSplitter::handleLine(QStringView line, qsizetype lineEnd)
{
    switch (m_state) {
    case State::Between:
        startBlock(line, lineEnd);
        return;
    case State::FencedCode:
        if (closesFence(line, m_fence)) {
            finishBlock(MarkdownBlock::Kind::FencedCode, lineEnd);
        } else {
            keepLine(lineEnd);
        }
        return;
    case State::IndentedCode:
        if (isBlank(line)) {
            m_scanned = lineEnd; // part of the code only if more code follows
        } else if (indentColumns(line) >= 4) {
            keepLine(lineEnd);
        } else {
            finishBlock(MarkdownBlock::Kind::IndentedCode, m_blockEnd);
        }
        return;
    case State::Paragraph:
    case State::Table:
        continueParagraph(line, lineEnd);
        return;
    case State::List:
        continueList(line, lineEnd);
        return;
    case State::BlockQuote:
        continueBlockQuote(line, lineEnd);
        return;
    }
}

void MarkdownBlockSplitter::startBlock(QStringView line, qsizetype lineEnd)
{
    Q_ASSERT(m_scanned == m_start);
    if (isBlank(line)) {
        m_start = m_scanned = lineEnd; // blank lines between blocks belong to none
        return;
    }
    if (const std::optional<Fence> fence = openingFence(line)) {
        m_fence = *fence;
        m_state = State::FencedCode;
    } else if (isAtxHeading(line)) {
        finishBlock(MarkdownBlock::Kind::Heading, lineEnd);
        return;
    } else if (isThematicBreak(line)) {
        finishBlock(MarkdownBlock::Kind::ThematicBreak, lineEnd);
        return;
    } else if (indentColumns(line) >= 4) {
        m_state = State::IndentedCode;
    } else if (isBlockQuote(line)) {
        m_state = State::BlockQuote;
        const QStringView content = quoteContent(line);
        m_innerFence = openingFence(content);
        m_lazyAllowed = !m_innerFence && !isBlank(content) && !isAtxHeading(content) &&
            !isThematicBreak(content);
    } else if (const std::optional<ListMarker> marker = listMarker(line)) {
        m_state = State::List;
        m_listMarker = *marker;
        m_blankSeen = false;
        m_innerFence = openingFence(afterListMarker(line));
    } else {
        m_state = State::Paragraph;
        m_paragraphLines = 0;
        m_headerCells = line.contains(u'|') ? tableCellCount(line) : 0;
    }
    keepLine(lineEnd);
}

void MarkdownBlockSplitter::continueParagraph(QStringView line, qsizetype lineEnd)
{
    const MarkdownBlock::Kind kind = kindOf(m_state);
    if (isBlank(line)) {
        finishBlock(kind, m_blockEnd);
    } else if (m_state == State::Paragraph && m_paragraphLines == 1 && m_headerCells > 0 &&
               isTableDelimiterRow(line) && tableCellCount(line) == m_headerCells) {
        m_state = State::Table;
        keepLine(lineEnd);
    } else if (m_state == State::Paragraph && isSetextUnderline(line)) {
        finishBlock(MarkdownBlock::Kind::Heading, lineEnd);
    } else if (interruptsParagraph(line)) {
        finishBlock(kind, m_blockEnd);
    } else {
        keepLine(lineEnd);
    }
}

void MarkdownBlockSplitter::continueList(QStringView line, qsizetype lineEnd)
{
    const int itemIndent = m_listMarker.contentIndent;
    if (isBlank(line)) {
        m_blankSeen = true;
        m_scanned = lineEnd; // belongs to the list only if the list goes on
        return;
    }
    if (indentColumns(line) >= itemIndent) {
        const QStringView content = stripIndent(line, itemIndent);
        if (m_innerFence) {
            if (closesFence(content, *m_innerFence)) {
                m_innerFence.reset();
            }
        } else {
            m_innerFence = openingFence(content);
        }
        m_blankSeen = false;
        keepLine(lineEnd);
        return;
    }
    const std::optional<ListMarker> marker = listMarker(line);
    if (marker && marker->sameListAs(m_listMarker) && !isThematicBreak(line)) {
        m_listMarker = *marker; // the next item (it ends an item's open fence)
        m_innerFence = openingFence(afterListMarker(line));
        m_blankSeen = false;
        keepLine(lineEnd);
        return;
    }
    // Lazy continuation of an item's paragraph: not after a blank line, not inside code.
    if (!m_blankSeen && !m_innerFence && !interruptsParagraph(line)) {
        keepLine(lineEnd);
        return;
    }
    finishBlock(MarkdownBlock::Kind::List, m_blockEnd);
}

void MarkdownBlockSplitter::continueBlockQuote(QStringView line, qsizetype lineEnd)
{
    if (isBlockQuote(line)) {
        const QStringView content = quoteContent(line);
        if (m_innerFence) {
            if (closesFence(content, *m_innerFence)) {
                m_innerFence.reset();
            }
            m_lazyAllowed = false;
        } else {
            m_innerFence = openingFence(content);
            m_lazyAllowed = !m_innerFence && !isBlank(content) && !isAtxHeading(content) &&
                !isThematicBreak(content);
        }
        keepLine(lineEnd);
    } else if (!isBlank(line) && m_lazyAllowed && !interruptsParagraph(line)) {
        keepLine(lineEnd);
    } else {
        finishBlock(MarkdownBlock::Kind::BlockQuote, m_blockEnd);
    }
}

void MarkdownBlockSplitter::keepLine(qsizetype lineEnd)
{
    m_scanned = m_blockEnd = lineEnd;
    ++m_paragraphLines;
}

void MarkdownBlockSplitter::finishBlock(MarkdownBlock::Kind kind, qsizetype end)
{
    MarkdownBlock block;
    block.kind = kind;
    block.source = m_tail.sliced(m_start, end - m_start);
    if (kind == MarkdownBlock::Kind::FencedCode) {
        block.fenceInfo = m_fence.info;
    }
    m_finished.append(std::move(block));
    // What followed the block (blank lines, the line that ended it) is classified again.
    m_start = m_scanned = m_searchFrom = m_blockEnd = end;
    m_state = State::Between;
    m_innerFence.reset();
    m_blankSeen = m_lazyAllowed = false;
}

} // namespace pwb
