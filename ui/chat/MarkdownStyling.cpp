#include "chat/MarkdownStyling.h"

#include "chat/CodeHighlighter.h"
#include "chat/ReplyStyle.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace pwb {

namespace {

bool isCode(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) ||
        format.hasProperty(QTextFormat::BlockCodeLanguage);
}

} // namespace

void repairCodeInLists(QTextDocument &rendered)
{
    QTextCursor cursor(&rendered);
    for (QTextBlock block = rendered.begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        if (!list || !isCode(block)) {
            continue;
        }
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        bool codeText = block.length() == 1; // an empty line of the code
        for (auto it = block.begin(); !it.atEnd() && !codeText; ++it) {
            const QTextCharFormat characters = it.fragment().charFormat();
            codeText =
                characters.fontFixedPitch() || characters.hasProperty(QTextFormat::FontFamilies);
        }
        if (codeText) {
            list->remove(block);
            format.clearProperty(QTextFormat::ObjectIndex);
            format.setIndent(list->format().indent());
        } else { // the item after the code, with the code's format
            format.clearProperty(QTextFormat::BlockCodeFence);
            format.clearProperty(QTextFormat::BlockCodeLanguage);
            format.clearProperty(QTextFormat::BlockNonBreakableLines);
        }
        cursor.setBlockFormat(format);
    }
}

void adaptToReply(QTextDocument &rendered, const ReplyStyle &style)
{
    for (QTextFrame *frame : rendered.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorder(1);
            format.setBorderBrush(style.rule);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            format.setCellSpacing(0);
            format.setCellPadding(4);
            table->setFormat(format);
            // Collapsed borders are the cells' own: one rule between cells, not two.
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    QTextTableCell cell = table->cellAt(row, column);
                    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                    cellFormat.setBorder(1);
                    cellFormat.setBorderBrush(style.rule);
                    cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                    if (row == 0) {
                        cellFormat.setBackground(style.codeBackground);
                    }
                    cell.setFormat(cellFormat);
                }
            }
        }
    }
    QList<std::pair<int, int>> links;
    QTextCursor cursor(&rendered);
    for (QTextBlock block = rendered.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0 && level <= 3) {
            QTextCharFormat smaller;
            smaller.setProperty(QTextFormat::FontSizeAdjustment, 3 - level);
            cursor.setPosition(block.position());
            cursor.mergeBlockCharFormat(smaller);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(smaller);
        }
        if (isCode(block)) {
            QTextBlockFormat background;
            background.setBackground(style.codeBackground);
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(background);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor()) {
                links.append({it.fragment().position(), it.fragment().length()});
            }
        }
    }
    QTextCharFormat linkColour;
    linkColour.setForeground(style.link);
    for (const auto &[position, length] : std::as_const(links)) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(linkColour);
    }
}

void highlightNestedCode(QTextDocument &rendered, const ReplyStyle &style,
                         const KSyntaxHighlighting::Repository &repository)
{
    QTextCursor cursor(&rendered);
    QTextBlock block = rendered.begin();
    while (block.isValid()) {
        if (!isCode(block)) {
            block = block.next();
            continue;
        }
        // One highlighter for the lines of one code block: its state runs from line to line.
        const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        CodeHighlighter highlighter(repository, language, style.theme);
        for (; block.isValid() && isCode(block); block = block.next()) {
            if (!highlighter.hasDefinition()) {
                continue;
            }
            for (const CodeHighlighter::Span &span : highlighter.nextLine(block.text())) {
                cursor.setPosition(block.position() + span.start);
                cursor.setPosition(block.position() + span.start + span.length,
                                   QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(span.format);
            }
        }
    }
}

} // namespace pwb
