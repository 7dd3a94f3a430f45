#pragma once

class QTextCursor;
class QTextDocument;
class QTextBlockFormat;

namespace pwb {

// Appends a rendered document (a Markdown block parsed into a scratch QTextDocument) at the end
// of another one. QTextCursor::insertFragment merges the first copied block into the block at
// the cursor and keeps that block's format (a heading or a quote lost its margins), and puts
// an empty line before a list; copying block by block keeps every format and list exactly.
//
// `cursor` must be at the end of its document, at the start of an empty block, which becomes
// the first block of the copy. Returns true when the cursor is left in an empty block again
// (the copy ended with a table), false when it is at the end of the last copied block.
bool appendRichText(QTextCursor &cursor, const QTextDocument &source);

// The format of an empty block that only holds the place before a frame or table: no height.
QTextBlockFormat placeholderBlockFormat();

} // namespace pwb
