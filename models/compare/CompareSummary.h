#pragma once

#include "streaming/StreamedReply.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pwb {

// One column of a comparison as the summary row sees it. `label` names the column in the
// summary line; keep it short (the column's letter) — an empty label is shown as the letter
// of its position ("A" for column 0).
struct CompareColumnOutcome
{
    QString label;
    StreamedReply reply;
    std::optional<double> costUsd; // none when the model has no price or the usage is unknown
};

// The row under the compare columns: fastest time to first token, cheapest, longest answer and
// which answers are identical. Pure figures from the columns' replies, recomputed whenever a
// column ends; indexes are column positions and every list is in column order.
//
// What counts, and why:
// - Only ended columns (Finished or Failed) are compared: a column still waiting or streaming
//   is listed in `running` and counted in no figure yet, so the row never changes its mind
//   about a column while it streams.
// - Fastest first token: every ended column that produced a first token — a column that failed
//   or was cancelled mid-stream had a real first token; one that failed before any token has
//   none and is left out.
// - Cheapest: Finished columns with a known cost. A failed or cancelled column is cheap only
//   because it failed. Costs within a billionth of a dollar are a tie (the same figure reached
//   by a different sum), and a tie lists every column.
// - Longest: Finished columns, by the tokens of the answer (output tokens less reasoning
//   tokens) when every one of them reports them, else by characters (code points) of the
//   answer text for all of them — never two units at once. A reply whose reasoning text was
//   streamed but whose reasoning tokens were not reported (Anthropic's thinking) cannot say
//   how many tokens its answer took, so it sends everyone to characters. Tool-call arguments
//   are output tokens but not text. Nothing is the longest when the longest is empty (0).
// - Identical: Finished columns whose text is equal after CRLF and CR become LF and leading and
//   trailing whitespace is trimmed. Empty answers are never grouped (an empty reply is a
//   failure of its own kind, not an agreement). Groups have two or more columns and come in
//   the order of their first column. Only the text is compared, not tool calls.
// - A Finished reply that ended without its terminal event (complete = false) is still
//   Finished: its figures are what arrived.
struct CompareSummary
{
    Q_DECLARE_TR_FUNCTIONS(pwb::CompareSummary)

public:
    QList<int> fastestFirstToken;
    qint64 fastestFirstTokenMs = -1;
    QList<int> cheapest;
    std::optional<double> cheapestUsd;
    QList<int> longest;
    qint64 longestLength = -1;
    bool longestInTokens = true; // false: longestLength counts characters
    QList<QList<int>> identicalGroups;
    int answerCount = 0; // Finished columns with a non-empty answer: what "identical" compared
    QList<int> running; // not ended yet: waiting or streaming

    static CompareSummary of(const QList<CompareColumnOutcome> &columns);

    // One line for the UI, its parts left out when unknown:
    // "Fastest first token: B (320 ms) · Cheapest: A ($0.0123) · Longest: C (1,234 tokens) ·
    // Identical: A = D · 1 still running". Ties read "B and C" (QLocale's list). "No identical
    // answers" is said only when at least two answers were compared. Empty when isEmpty(), even
    // with columns running. `columns` are the ones this summary was made of (for the labels).
    QString describe(const QList<CompareColumnOutcome> &columns) const;

    // Nothing to say yet: no figure, and fewer than two answers to compare.
    bool isEmpty() const;

    bool operator==(const CompareSummary &) const = default;
};

} // namespace pwb
