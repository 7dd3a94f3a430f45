#pragma once

#include "markdown/MarkdownBlock.h"
#include "markdown/MarkdownLine.h"

#include <QList>
#include <QString>

#include <optional>

namespace pwb {

// Cuts a Markdown text that arrives in pieces (a streamed model reply) into its top-level blocks
// and says when each one is finished: a paragraph at the blank line after it, a fenced code block
// at its closing fence, a heading at its line end, a list when a line arrives that belongs to no
// item. A finished block never changes again, so a view renders (and highlights) it once and
// re-renders only the open tail.
//
// - Pieces may end anywhere: inside a line, a fence marker or a CRLF. Only complete lines are
//   classified, so feeding a text in any number of pieces finishes the same blocks as feeding it
//   whole. CR and CRLF become LF; a CR ending one piece and an LF starting the next are one
//   line end.
// - The rules are CommonMark's (with GitHub tables) for where top-level blocks begin and end;
//   what is inside a block is left to the renderer. Blank lines between blocks are dropped.
// - Cost is linear in the text: a line is scanned when it completes, the unterminated last line
//   is not rescanned for every piece.
//
// Known simplifications: HTML blocks are treated as paragraphs (they end at a blank line); a
// link reference definition applies only inside its own block when blocks are rendered apart.
class MarkdownBlockSplitter
{
public:
    void append(QStringView piece);
    // The end of the text: the unterminated last line gets its LF and the open block finishes.
    // Appending after finish() is a programmer error; clear() starts again.
    void finish();
    void clear();
    bool isFinished() const { return m_ended; }

    // Blocks finished since the last call, in text order.
    QList<MarkdownBlock> takeFinished();
    bool hasFinished() const { return !m_finished.isEmpty(); }

    // The open block: everything after the last finished block (the block's complete lines,
    // blank lines not yet decided, and the unterminated last line). Its kind is decided by the
    // complete lines; with none yet, it is a Paragraph.
    MarkdownBlock openBlock() const;
    QStringView tail() const { return QStringView(m_tail).sliced(m_start); }

private:
    enum class State { Between, Paragraph, Table, List, BlockQuote, FencedCode, IndentedCode };

    void appendNormalised(QStringView piece);
    void compact();
    void scanLines();
    void handleLine(QStringView line, qsizetype lineEnd);
    void startBlock(QStringView line, qsizetype lineEnd);
    void continueParagraph(QStringView line, qsizetype lineEnd);
    void continueList(QStringView line, qsizetype lineEnd);
    void continueBlockQuote(QStringView line, qsizetype lineEnd);
    void keepLine(qsizetype lineEnd); // the line belongs to the open block
    void finishBlock(MarkdownBlock::Kind kind, qsizetype end);
    static MarkdownBlock::Kind kindOf(State state);

    QString m_tail; // the text from m_start on follows the last finished block; LF line ends
    qsizetype m_start = 0;
    qsizetype m_scanned = 0; // m_tail[m_start, m_scanned) are complete lines already classified
    qsizetype m_searchFrom = 0; // no LF in m_tail[m_scanned, m_searchFrom)
    qsizetype m_blockEnd = 0; // end of the open block's last content line
    bool m_lastWasCr = false;
    bool m_ended = false;

    State m_state = State::Between;
    int m_paragraphLines = 0;
    int m_headerCells = 0; // cells of a paragraph's first line, if it could head a table
    markdown::Fence m_fence; // FencedCode
    std::optional<markdown::Fence> m_innerFence; // a fence open inside a list item or quote
    markdown::ListMarker m_listMarker; // List: the marker of the current item
    bool m_blankSeen = false; // List: a blank line since the last content line
    bool m_lazyAllowed = false; // BlockQuote: its last line was paragraph text

    QList<MarkdownBlock> m_finished;
};

} // namespace pwb
