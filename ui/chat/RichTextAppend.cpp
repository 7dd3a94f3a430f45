#include "chat/RichTextAppend.h"

#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>

namespace pwb {

QTextBlockFormat placeholderBlockFormat()
{
    QTextBlockFormat format;
    format.setLineHeight(0, QTextBlockFormat::FixedHeight);
    format.setTopMargin(0);
    format.setBottomMargin(0);
    return format;
}

bool appendRichText(QTextCursor &cursor, const QTextDocument &source)
{
    QHash<const QTextList *, QTextList *> lists; // source list -> its copy
    bool inEmptyBlock = true;
    for (auto it = source.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) { // a table
            if (!inEmptyBlock) {
                cursor.insertBlock();
            }
            cursor.setBlockFormat(placeholderBlockFormat());
            QTextCursor selection(frame);
            selection.setPosition(frame->firstPosition() - 1);
            selection.setPosition(frame->lastPosition() + 1, QTextCursor::KeepAnchor);
            cursor.insertFragment(QTextDocumentFragment(selection));
            cursor.movePosition(QTextCursor::End);
            inEmptyBlock = cursor.block().length() == 1;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        auto next = it;
        ++next;
        if (block.length() == 1 && !next.atEnd() && next.currentFrame()) {
            continue; // the empty block Qt keeps before a table: the table gets its own
        }
        QTextBlockFormat format = block.blockFormat();
        format.clearProperty(QTextFormat::ObjectIndex); // the source's list; set again below
        if (inEmptyBlock) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(block.charFormat());
        } else {
            cursor.insertBlock(format, block.charFormat());
        }
        inEmptyBlock = false;
        if (const QTextList *list = block.textList()) {
            const auto copy = lists.constFind(list);
            if (copy == lists.constEnd()) {
                lists.insert(list, cursor.createList(list->format()));
            } else {
                copy.value()->add(cursor.block());
            }
        }
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().isValid()) {
                cursor.insertText(fragment.fragment().text(), fragment.fragment().charFormat());
            }
        }
    }
    return inEmptyBlock;
}

} // namespace pwb
