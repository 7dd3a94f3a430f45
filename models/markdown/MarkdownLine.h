#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace pwb::markdown {

// What one line of Markdown can start or end, by the CommonMark / GitHub rules that decide where
// top-level blocks begin and end. Only what the block splitter needs; inline syntax is left to
// the renderer.

// Columns of leading whitespace, tabs advancing to the next multiple of 4.
int indentColumns(QStringView line);
bool isBlank(QStringView line);

// The line with `columns` columns of indentation removed (a tab that straddles the cut is
// dropped whole).
QStringView stripIndent(QStringView line, int columns);

struct Fence
{
    QChar marker; // ` or ~
    int length = 0;
    int indent = 0;
    QString info;
};
// An opening code fence: up to 3 spaces, then 3 or more ` or ~; a backtick fence's info string
// may not contain a backtick.
std::optional<Fence> openingFence(QStringView line);
// A line that closes `fence`: up to 3 spaces, at least as many of the same marker, then only
// whitespace.
bool closesFence(QStringView line, const Fence &fence);

bool isAtxHeading(QStringView line);
bool isThematicBreak(QStringView line);
bool isSetextUnderline(QStringView line);
bool isBlockQuote(QStringView line);

struct ListMarker
{
    QChar bullet; // -, + or *; for an ordered list its delimiter, . or )
    bool ordered = false;
    qint64 start = 0; // ordered: the number
    int contentIndent = 0; // column where the item's content begins
    bool empty = false; // nothing after the marker

    bool sameListAs(const ListMarker &other) const
    {
        return bullet == other.bullet && ordered == other.ordered;
    }
};
std::optional<ListMarker> listMarker(QStringView line);

// Number of cells of a table row (pipes separate cells; a leading or trailing pipe is optional;
// escaped pipes do not count).
int tableCellCount(QStringView line);
// A GitHub table delimiter row: cells of - with optional : at either end ("|:--|--:|").
bool isTableDelimiterRow(QStringView line);

} // namespace pwb::markdown
