#include "chat/CodeBlockWriter.h"

#include "chat/RichTextAppend.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace pwb {

namespace {

constexpr qreal kLinePadding = 10; // left and right of the code, inside the frame
constexpr qreal kBlockPadding = 6; // above the first and below the last line

} // namespace

CodeBlockWriter::CodeBlockWriter(QTextCursor &cursor, const QString &language,
                                 const ReplyStyle &style,
                                 const KSyntaxHighlighting::Repository &repository)
    : m_document(cursor.document())
    , m_style(style)
    , m_highlighter(repository, language, style.theme)
{
    m_codeFormat.setFontFamilies({style.codeFont.family()});
    m_codeFormat.setFontFixedPitch(true);

    cursor.setBlockFormat(placeholderBlockFormat());
    QTextFrameFormat frameFormat;
    frameFormat.setBorder(1);
    frameFormat.setBorderBrush(style.rule);
    frameFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    frameFormat.setBackground(style.codeBackground);
    frameFormat.setPadding(0);
    frameFormat.setTopMargin(kBlockPadding);
    frameFormat.setBottomMargin(kBlockPadding);
    m_frame = cursor.insertFrame(frameFormat);

    cursor.setBlockFormat(placeholderBlockFormat());
    QTextTableFormat headerFormat;
    headerFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    headerFormat.setBorder(0);
    headerFormat.setCellSpacing(0);
    headerFormat.setCellPadding(3);
    headerFormat.setMargin(0);
    headerFormat.setLeftMargin(kLinePadding - 3);
    headerFormat.setRightMargin(kLinePadding - 3);
    headerFormat.setBackground(style.codeHeaderBackground);
    m_header = cursor.insertTable(1, 2, headerFormat);
    QTextCharFormat labelFormat;
    labelFormat.setForeground(style.mutedText);
    labelFormat.setFontPointSize(style.codeFont.pointSizeF() * 0.9);
    m_header->cellAt(0, 0).firstCursorPosition().insertText(language, labelFormat);
    QTextCursor copyCell = m_header->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    copyCell.setBlockFormat(right);

    cursor = m_frame->lastCursorPosition(); // the block after the header: the first line
    cursor.setBlockFormat(lineFormat(true, true));
    cursor.setBlockCharFormat(m_codeFormat);
    m_currentLineStart = cursor.position();
}

QTextBlockFormat CodeBlockWriter::lineFormat(bool first, bool last) const
{
    QTextBlockFormat format;
    format.setLeftMargin(kLinePadding);
    format.setRightMargin(kLinePadding);
    format.setTopMargin(first ? kBlockPadding : 0);
    format.setBottomMargin(last ? kBlockPadding : 0);
    return format;
}

void CodeBlockWriter::update(QStringView code)
{
    Q_ASSERT(code.size() >= m_written);
    QTextCursor cursor(m_document);
    if (m_partialLength > 0) {
        cursor.setPosition(m_currentLineStart);
        cursor.setPosition(m_currentLineStart + int(m_partialLength), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        m_partialLength = 0;
    }
    cursor.setPosition(m_currentLineStart);
    qsizetype at = m_written;
    for (qsizetype lf = code.indexOf(u'\n', at); lf >= 0; lf = code.indexOf(u'\n', at)) {
        writeLine(cursor, code.sliced(at, lf - at));
        cursor.setBlockFormat(lineFormat(m_lines == 0, false));
        ++m_lines;
        cursor.insertBlock(lineFormat(false, true), m_codeFormat);
        m_currentLineStart = cursor.position();
        at = lf + 1;
    }
    m_written = at;
    const QStringView partial = code.sliced(at);
    cursor.insertText(partial.toString(), m_codeFormat);
    m_partialLength = partial.size();
}

void CodeBlockWriter::finish(QStringView code, const QString &copyHref)
{
    update(code);
    QTextCursor cursor(m_document);
    if (m_partialLength == 0 && m_lines > 0) {
        // The code ended with a line end: drop the empty line after it.
        cursor.setPosition(m_currentLineStart - 1);
        cursor.setPosition(m_currentLineStart, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setBlockFormat(lineFormat(m_lines == 1, true));
    }
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(copyHref);
    link.setForeground(m_style.link);
    link.setFontPointSize(m_style.codeFont.pointSizeF() * 0.9);
    link.setToolTip(tr("Copy this code to the clipboard"));
    m_header->cellAt(0, 1).firstCursorPosition().insertText(tr("Copy"), link);
}

void CodeBlockWriter::writeLine(QTextCursor &cursor, QStringView line)
{
    const QList<CodeHighlighter::Span> spans = m_highlighter.nextLine(line);
    if (m_highlighter.hasDefinition()) {
        ++m_linesHighlighted;
    }
    qsizetype at = 0;
    for (const CodeHighlighter::Span &span : spans) {
        if (span.start < at || span.start + span.length > line.size()) {
            continue;
        }
        if (span.start > at) {
            cursor.insertText(line.sliced(at, span.start - at).toString(), m_codeFormat);
        }
        QTextCharFormat format = m_codeFormat;
        format.merge(span.format);
        cursor.insertText(line.sliced(span.start, span.length).toString(), format);
        at = span.start + span.length;
    }
    if (at < line.size()) {
        cursor.insertText(line.sliced(at).toString(), m_codeFormat);
    }
}

} // namespace pwb
