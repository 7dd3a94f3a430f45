#include "compare/CompareSummary.h"

#include "core/MoneyFormat.h"

#include <QLocale>

#include <cmath>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace pwb {

namespace {

// Sums of the same cost in a different order differ in the last bits, not by a billionth.
constexpr double kCostTie = 1e-9;

QString normalizedAnswer(const QString &text)
{
    QString answer = text;
    answer.replace(u"\r\n"_s, u"\n"_s);
    answer.replace(u'\r', u'\n');
    return answer.trimmed();
}

qint64 codePoints(const QString &text)
{
    qint64 count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate()) {
            ++count;
        }
    }
    return count;
}

// The answer's own tokens, or -1 when the reply cannot tell them apart from its reasoning.
qint64 answerTokens(const StreamedReply &reply)
{
    const Usage &usage = reply.usage;
    if (usage.outputTokens < 0) {
        return -1;
    }
    if (usage.reasoningTokens < 0) {
        return reply.reasoning.isEmpty() ? usage.outputTokens : -1;
    }
    return qMax<qint64>(0, usage.outputTokens - usage.reasoningTokens);
}

// Keeps every index whose value is the best so far; `better` is strict, `same` is a tie.
template<typename T, typename Better, typename Same>
void consider(QList<int> &best, std::optional<T> &bestValue, int index, T value, Better better,
              Same same)
{
    if (!bestValue || better(value, *bestValue)) {
        best = {index};
        bestValue = value;
    } else if (same(value, *bestValue)) {
        best.append(index);
    }
}

QString labelOf(const QList<CompareColumnOutcome> &columns, int index)
{
    Q_ASSERT(index >= 0 && index < columns.size());
    const QString &label = columns.at(index).label;
    return label.isEmpty() ? QString(QChar(u'A' + index)) : label;
}

QString labelsOf(const QList<CompareColumnOutcome> &columns, const QList<int> &indexes)
{
    QStringList labels;
    for (const int index : indexes) {
        labels.append(labelOf(columns, index));
    }
    return QLocale().createSeparatedList(labels);
}

} // namespace

CompareSummary CompareSummary::of(const QList<CompareColumnOutcome> &columns)
{
    CompareSummary summary;
    std::optional<qint64> fastestMs;
    QList<int> finished;
    for (int i = 0; i < columns.size(); ++i) {
        const StreamedReply &reply = columns.at(i).reply;
        if (!reply.ended()) {
            summary.running.append(i);
            continue;
        }
        if (reply.timings.firstTokenMs >= 0) {
            consider(summary.fastestFirstToken, fastestMs, i, reply.timings.firstTokenMs,
                     std::less<>(), std::equal_to<>());
        }
        if (reply.state == StreamedReply::State::Finished) {
            finished.append(i);
        }
    }
    summary.fastestFirstTokenMs = fastestMs.value_or(-1);

    QList<qint64> tokens;
    QStringList answers;
    for (const int i : finished) {
        const CompareColumnOutcome &column = columns.at(i);
        if (column.costUsd) {
            consider(
                summary.cheapest, summary.cheapestUsd, i, *column.costUsd,
                [](double a, double b) { return a < b - kCostTie; },
                [](double a, double b) { return std::abs(a - b) <= kCostTie; });
        }
        tokens.append(answerTokens(column.reply));
        answers.append(normalizedAnswer(column.reply.text));
    }

    summary.longestInTokens = !tokens.contains(-1);
    std::optional<qint64> longest;
    for (qsizetype k = 0; k < finished.size(); ++k) {
        const qint64 length = summary.longestInTokens ? tokens.at(k) : codePoints(answers.at(k));
        consider(summary.longest, longest, finished.at(k), length, std::greater<>(),
                 std::equal_to<>());
    }
    if (longest.value_or(0) > 0) {
        summary.longestLength = *longest;
    } else {
        summary.longest.clear();
    }

    QList<bool> grouped(finished.size(), false);
    for (qsizetype k = 0; k < finished.size(); ++k) {
        if (answers.at(k).isEmpty()) {
            continue;
        }
        ++summary.answerCount;
        if (grouped.at(k)) {
            continue;
        }
        QList<int> group = {finished.at(k)};
        for (qsizetype other = k + 1; other < finished.size(); ++other) {
            if (!grouped.at(other) && answers.at(other) == answers.at(k)) {
                grouped[other] = true;
                group.append(finished.at(other));
            }
        }
        if (group.size() > 1) {
            summary.identicalGroups.append(group);
        }
    }
    return summary;
}

QString CompareSummary::describe(const QList<CompareColumnOutcome> &columns) const
{
    if (isEmpty()) {
        return {};
    }
    const QLocale locale;
    QStringList parts;
    if (!fastestFirstToken.isEmpty()) {
        parts.append(
            tr("Fastest first token: %1 (%2 ms)")
                .arg(labelsOf(columns, fastestFirstToken), locale.toString(fastestFirstTokenMs)));
    }
    if (!cheapest.isEmpty() && cheapestUsd) {
        parts.append(
            tr("Cheapest: %1 (%2)").arg(labelsOf(columns, cheapest), formatUsd(*cheapestUsd)));
    }
    if (!longest.isEmpty()) {
        const int length = int(qMin<qint64>(longestLength, std::numeric_limits<int>::max()));
        const QString text = longestInTokens ? tr("Longest: %1 (%Ln tokens)", nullptr, length)
                                             : tr("Longest: %1 (%Ln characters)", nullptr, length);
        parts.append(text.arg(labelsOf(columns, longest)));
    }
    if (!identicalGroups.isEmpty()) {
        QStringList groups;
        for (const QList<int> &group : identicalGroups) {
            QStringList labels;
            for (const int index : group) {
                labels.append(labelOf(columns, index));
            }
            groups.append(labels.join(u" = "_s));
        }
        parts.append(tr("Identical: %1").arg(groups.join(u", "_s)));
    } else if (answerCount >= 2) {
        parts.append(tr("No identical answers"));
    }
    if (!running.isEmpty()) {
        parts.append(tr("%n still running", nullptr, int(running.size())));
    }
    return parts.join(u" · "_s);
}

bool CompareSummary::isEmpty() const
{
    return fastestFirstToken.isEmpty() && cheapest.isEmpty() && longest.isEmpty() &&
        identicalGroups.isEmpty() && answerCount < 2;
}

} // namespace pwb
