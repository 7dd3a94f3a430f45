#include "markdown/MarkdownLine.h"

#include <QList>
#include <QString>

namespace pwb::markdown {

namespace {

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Index of the first character after the leading whitespace.
qsizetype contentStart(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isSpaceOrTab(line[i])) {
        ++i;
    }
    return i;
}

qsizetype runLength(QStringView text, qsizetype from, QChar c)
{
    qsizetype i = from;
    while (i < text.size() && text[i] == c) {
        ++i;
    }
    return i - from;
}

bool onlyWhitespaceFrom(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (!isSpaceOrTab(text[i])) {
            return false;
        }
    }
    return true;
}

// Cells of a table row without the optional outer pipes, split at unescaped pipes.
QList<QStringView> tableCells(QStringView line)
{
    QStringView row = line.trimmed();
    if (row.startsWith(u'|')) {
        row = row.sliced(1);
    }
    if (row.endsWith(u'|') && !(row.size() >= 2 && row[row.size() - 2] == u'\\')) {
        row.chop(1);
    }
    QList<QStringView> cells;
    qsizetype cellStart = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\') {
            ++i; // the escaped character, a pipe included, is content
        } else if (row[i] == u'|') {
            cells.append(row.sliced(cellStart, i - cellStart));
            cellStart = i + 1;
        }
    }
    cells.append(row.sliced(cellStart));
    return cells;
}

} // namespace

int indentColumns(QStringView line)
{
    int column = 0;
    for (QChar c : line) {
        if (c == u' ') {
            ++column;
        } else if (c == u'\t') {
            column += 4 - column % 4;
        } else {
            break;
        }
    }
    return column;
}

bool isBlank(QStringView line)
{
    return onlyWhitespaceFrom(line, 0);
}

QStringView stripIndent(QStringView line, int columns)
{
    int column = 0;
    qsizetype i = 0;
    while (i < line.size() && column < columns && isSpaceOrTab(line[i])) {
        column += line[i] == u'\t' ? 4 - column % 4 : 1;
        ++i;
    }
    return line.sliced(i);
}

std::optional<Fence> openingFence(QStringView line)
{
    const int indent = indentColumns(line);
    if (indent > 3) {
        return std::nullopt;
    }
    const qsizetype start = contentStart(line);
    if (start >= line.size() || (line[start] != u'`' && line[start] != u'~')) {
        return std::nullopt;
    }
    const QChar marker = line[start];
    const qsizetype length = runLength(line, start, marker);
    if (length < 3) {
        return std::nullopt;
    }
    const QStringView info = line.sliced(start + length).trimmed();
    if (marker == u'`' && info.contains(u'`')) {
        return std::nullopt; // an inline code span such as ```a``` , not a fence
    }
    return Fence {marker, int(length), indent, info.toString()};
}

bool closesFence(QStringView line, const Fence &fence)
{
    if (indentColumns(line) > 3) {
        return false;
    }
    const qsizetype start = contentStart(line);
    const qsizetype length = runLength(line, start, fence.marker);
    return length >= fence.length && onlyWhitespaceFrom(line, start + length);
}

bool isAtxHeading(QStringView line)
{
    if (indentColumns(line) > 3) {
        return false;
    }
    const qsizetype start = contentStart(line);
    const qsizetype hashes = runLength(line, start, u'#');
    const qsizetype after = start + hashes;
    return hashes >= 1 && hashes <= 6 && (after == line.size() || isSpaceOrTab(line[after]));
}

bool isThematicBreak(QStringView line)
{
    if (indentColumns(line) > 3) {
        return false;
    }
    const qsizetype start = contentStart(line);
    if (start >= line.size()) {
        return false;
    }
    const QChar marker = line[start];
    if (marker != u'*' && marker != u'-' && marker != u'_') {
        return false;
    }
    int count = 0;
    for (qsizetype i = start; i < line.size(); ++i) {
        if (line[i] == marker) {
            ++count;
        } else if (!isSpaceOrTab(line[i])) {
            return false;
        }
    }
    return count >= 3;
}

bool isSetextUnderline(QStringView line)
{
    if (indentColumns(line) > 3) {
        return false;
    }
    const qsizetype start = contentStart(line);
    if (start >= line.size() || (line[start] != u'=' && line[start] != u'-')) {
        return false;
    }
    return onlyWhitespaceFrom(line, start + runLength(line, start, line[start]));
}

bool isBlockQuote(QStringView line)
{
    const qsizetype start = contentStart(line);
    return indentColumns(line) <= 3 && start < line.size() && line[start] == u'>';
}

std::optional<ListMarker> listMarker(QStringView line)
{
    const int indent = indentColumns(line);
    if (indent > 3) {
        return std::nullopt;
    }
    const qsizetype start = contentStart(line);
    if (start >= line.size()) {
        return std::nullopt;
    }
    ListMarker marker;
    qsizetype afterMarker = 0;
    const QChar first = line[start];
    if (first == u'-' || first == u'+' || first == u'*') {
        marker.bullet = first;
        afterMarker = start + 1;
    } else {
        qsizetype i = start;
        while (i < line.size() && i - start < 9 && line[i].isDigit() && line[i].unicode() < 128) {
            marker.start = marker.start * 10 + (line[i].unicode() - u'0');
            ++i;
        }
        if (i == start || i >= line.size() || (line[i] != u'.' && line[i] != u')')) {
            return std::nullopt;
        }
        marker.ordered = true;
        marker.bullet = line[i];
        afterMarker = i + 1;
    }
    if (afterMarker < line.size() && !isSpaceOrTab(line[afterMarker])) {
        return std::nullopt; // "-foo", "1.5": not a marker
    }
    const int markerColumn = indent + int(afterMarker - start);
    int column = markerColumn;
    qsizetype i = afterMarker;
    while (i < line.size() && isSpaceOrTab(line[i])) {
        column += line[i] == u'\t' ? 4 - column % 4 : 1;
        ++i;
    }
    marker.empty = i == line.size();
    const int spaces = column - markerColumn;
    // An empty item, or content indented 5+ columns (indented code in the item): one space.
    marker.contentIndent = marker.empty || spaces > 4 ? markerColumn + 1 : column;
    return marker;
}

int tableCellCount(QStringView line)
{
    return int(tableCells(line).size());
}

bool isTableDelimiterRow(QStringView line)
{
    if (indentColumns(line) > 3 || !line.contains(u'|')) {
        return false;
    }
    for (QStringView cell : tableCells(line)) {
        cell = cell.trimmed();
        if (cell.startsWith(u':')) {
            cell = cell.sliced(1);
        }
        if (cell.endsWith(u':')) {
            cell.chop(1);
        }
        if (cell.isEmpty() || runLength(cell, 0, u'-') != cell.size()) {
            return false;
        }
    }
    return true;
}

} // namespace pwb::markdown
