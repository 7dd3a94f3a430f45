#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pwb {

// One piece of a diff: text both sides share, or text only the older (Removed) or only the newer
// (Inserted) side has.
struct DiffSegment
{
    enum class Kind { Equal, Removed, Inserted };
    Kind kind = Kind::Equal;
    QString text;
    bool operator==(const DiffSegment &) const = default;
};

// One line of a side-by-side diff: a line of the older text (Equal and Removed segments) beside
// a line of the newer one (Equal and Inserted), or beside nothing where a line was added or
// removed.
struct DiffRow
{
    QList<DiffSegment> before;
    QList<DiffSegment> after;
    bool hasBefore = true;
    bool hasAfter = true;
    bool changed() const;
};

// A diff of two texts at word granularity, so a reviewer sees which words changed rather than
// which characters (character diffs of prose read as noise) or which lines (a one-word edit in a
// long system prompt would mark the whole paragraph).
namespace WordDiff {

// The tokens the diff works on: runs of word characters (numbers with their decimal points),
// runs of spaces and tabs, each newline, each other character; characters of scripts written
// without spaces between words (Chinese, Japanese, Thai, ...) are one token each. The tokens join
// to `text` exactly.
QStringList tokens(QStringView text);

// Segments that join to `before` when Inserted ones are left out and to `after` when Removed ones
// are. Within each run of changes all removed text comes before all inserted text, and spaces
// between two changes belong to the change, so "the quick fox" -> "a slow fox" reads as one
// replacement of "the quick". Memory is linear in the texts; past a few thousand edits in one
// stretch the diff stops looking for the shortest edit and replaces that stretch as a whole.
QList<DiffSegment> compare(const QString &before, const QString &after);

// The older and newer texts back from a diff.
QString beforeText(const QList<DiffSegment> &segments);
QString afterText(const QList<DiffSegment> &segments);

// Share of the two texts that is equal, 0 (nothing) to 1 (identical; two empty texts too).
double similarity(const QList<DiffSegment> &segments);

// Side-by-side rows: lines are aligned first (unchanged lines share a row), then each stretch of
// changed lines is diffed word by word and its lines paired in order. The present lines of each
// side, joined with newlines, give back `before` and `after`.
QList<DiffRow> rows(const QString &before, const QString &after);

} // namespace WordDiff

} // namespace pwb
