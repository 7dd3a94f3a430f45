#pragma once

#include "chat/CodeHighlighter.h"
#include "chat/ReplyStyle.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTextCharFormat>
#include <QTextFrame>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace pwb {

// Writes one code block into a document as it streams: a frame with a header line (the
// language, and a Copy link once the block is complete) and one text block per code line. Each
// complete line is highlighted once, when it arrives, and never touched again; only the
// unterminated last line is rewritten, in plain text, until its line end arrives.
class CodeBlockWriter
{
    Q_DECLARE_TR_FUNCTIONS(pwb::CodeBlockWriter) // the context lupdate gives it

public:
    // Starts the block at `cursor`: the end of the document, in an empty block.
    CodeBlockWriter(QTextCursor &cursor, const QString &language, const ReplyStyle &style,
                    const KSyntaxHighlighting::Repository &repository);

    // The code so far; each call's code starts with the previous call's.
    void update(QStringView code);
    // The complete code: writes what is missing and shows the Copy link, which points at
    // `copyHref`. The document's end (after the frame) is an empty block afterwards.
    void finish(QStringView code, const QString &copyHref);

    QTextFrame *frame() const { return m_frame; }
    int linesHighlighted() const { return m_linesHighlighted; }

private:
    void writeLine(QTextCursor &cursor, QStringView line);
    QTextBlockFormat lineFormat(bool first, bool last) const;

    QTextDocument *m_document;
    ReplyStyle m_style;
    QPointer<QTextFrame> m_frame;
    QTextTable *m_header = nullptr;
    CodeHighlighter m_highlighter;
    QTextCharFormat m_codeFormat;
    qsizetype m_written = 0; // characters of the code written as complete lines
    int m_lines = 0;
    int m_currentLineStart = 0; // document position of the last (current) line
    qsizetype m_partialLength = 0; // characters of an unterminated line written there
    int m_linesHighlighted = 0;
};

} // namespace pwb
