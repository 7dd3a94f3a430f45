#include "eval/Levenshtein.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace pwb {

namespace {

using Word = quint64;
constexpr int kWordBits = 64;

struct Distance
{
    qsizetype edits = 0;
    qsizetype longer = 0; // code points of the longer text
};

// `pattern` is the shorter text: its rows are the bits. The table is walked one 64-row block at
// a time over every column, each block handing the next its bottom row's horizontal deltas, so
// only the masks of the block's own characters are ever needed.
qsizetype blockDistance(const QList<uint> &pattern, const QList<uint> &text)
{
    const qsizetype m = pattern.size();
    const qsizetype n = text.size();
    if (m == 0) {
        return n;
    }
    // The pattern's alphabet, and each text character's place in it (-1: not in the pattern).
    QHash<uint, int> alphabet;
    for (const uint c : pattern) {
        if (!alphabet.contains(c)) {
            alphabet.insert(c, int(alphabet.size()));
        }
    }
    std::vector<int> textSymbols(static_cast<size_t>(n), -1);
    for (qsizetype j = 0; j < n; ++j) {
        textSymbols[size_t(j)] = alphabet.value(text.at(j), -1);
    }
    std::vector<Word> masks(size_t(alphabet.size()), 0);
    // Horizontal deltas of the row above the current block, per column: +1 above the first
    // block (row 0 of the table is 0, 1, 2, …).
    std::vector<signed char> carry(size_t(n), 1);

    for (qsizetype start = 0; start < m; start += kWordBits) {
        const qsizetype rows = std::min<qsizetype>(kWordBits, m - start);
        for (qsizetype i = 0; i < rows; ++i) {
            masks[size_t(alphabet.value(pattern.at(start + i)))] |= Word(1) << i;
        }
        const Word last = Word(1) << (rows - 1);
        Word positive = ~Word(0); // vertical deltas of column 0 are all +1
        Word negative = 0;
        for (qsizetype j = 0; j < n; ++j) {
            const int symbol = textSymbols[size_t(j)];
            const Word match = symbol < 0 ? 0 : masks[size_t(symbol)];
            const int in = carry[size_t(j)];
            const Word inNegative = in < 0 ? 1 : 0;
            const Word inPositive = in > 0 ? 1 : 0;
            // Hyyrö's step: the diagonal zero deltas, then the horizontal ones, then the
            // vertical ones of this column; a negative delta from above counts as a match.
            const Word x = match | inNegative;
            const Word diagonal = (((x & positive) + positive) ^ positive) | x | negative;
            Word horizontalPositive = negative | ~(diagonal | positive);
            Word horizontalNegative = diagonal & positive;
            carry[size_t(j)] = (horizontalPositive & last) ? 1
                : (horizontalNegative & last)              ? -1
                                                           : 0;
            horizontalPositive = (horizontalPositive << 1) | inPositive;
            horizontalNegative = (horizontalNegative << 1) | inNegative;
            positive = horizontalNegative | ~(diagonal | horizontalPositive);
            negative = horizontalPositive & diagonal;
        }
        for (qsizetype i = 0; i < rows; ++i) {
            masks[size_t(alphabet.value(pattern.at(start + i)))] = 0;
        }
    }
    // The bottom row starts at m (column 0) and moves by the last block's deltas.
    qsizetype edits = m;
    for (const signed char delta : carry) {
        edits += delta;
    }
    return edits;
}

Distance measure(QStringView a, QStringView b)
{
    QList<uint> left = a.toUcs4();
    QList<uint> right = b.toUcs4();
    const qsizetype longer = std::max(left.size(), right.size());
    // Similar answers share most of their head and tail, which cost nothing to skip.
    const auto head = std::mismatch(left.begin(), left.end(), right.begin(), right.end());
    const qsizetype prefix = head.first - left.begin();
    left.remove(0, prefix);
    right.remove(0, prefix);
    const auto tail = std::mismatch(left.rbegin(), left.rend(), right.rbegin(), right.rend());
    const qsizetype suffix = tail.first - left.rbegin();
    left.resize(left.size() - suffix);
    right.resize(right.size() - suffix);
    const qsizetype edits =
        left.size() <= right.size() ? blockDistance(left, right) : blockDistance(right, left);
    return {edits, longer};
}

} // namespace

qsizetype Levenshtein::distance(QStringView a, QStringView b)
{
    return measure(a, b).edits;
}

double Levenshtein::similarity(QStringView a, QStringView b)
{
    const Distance d = measure(a, b);
    return d.longer == 0 ? 1.0 : 1.0 - double(d.edits) / double(d.longer);
}

} // namespace pwb
