#pragma once

class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
}

namespace pwb {

struct ReplyStyle;

// Adjustments to a Markdown block rendered by Qt (QTextDocument::setMarkdown) before it joins a
// reply.

// Qt's reader (6.8) makes each line of a code block inside a list item an item of the list
// (numbered), and gives the item after it the code block's format. The code lines leave the
// list, indented under their item; the next item gets its own format back.
void repairCodeInLists(QTextDocument &rendered);

// What Qt's renderer decides that does not suit a chat reply: links in the colour of the
// application's palette rather than the view's, tables without rules, headings sized for a page
// (an H1 is three steps above the text), code without a background.
void adaptToReply(QTextDocument &rendered, const ReplyStyle &style);

// Highlights the code blocks Qt rendered itself (those inside a list item or a quote; top-level
// code blocks are written by CodeBlockWriter), by their fence's language.
void highlightNestedCode(QTextDocument &rendered, const ReplyStyle &style,
                         const KSyntaxHighlighting::Repository &repository);

} // namespace pwb
