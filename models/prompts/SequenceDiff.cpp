#include "prompts/SequenceDiff.h"

#include <algorithm>

namespace pwb {

namespace {

// Past this many edits in one stretch the shortest script is not worth its time (the search
// costs edits x length): the stretch is replaced whole.
constexpr int kMaxEditCost = 4000;

// Myers' O(ND) diff in linear space: find the middle of the shortest edit path from both ends,
// split there, recurse. The bisection follows diff-match-patch's diff_bisect.
class Differ
{
public:
    Differ(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
    { }

    QList<EditRun> run()
    {
        diff(0, int(m_a.size()), 0, int(m_b.size()));
        return m_runs;
    }

private:
    void push(EditRun::Kind kind, int count)
    {
        if (count == 0) {
            return;
        }
        if (!m_runs.isEmpty() && m_runs.last().kind == kind) {
            m_runs.last().count += count;
        } else {
            m_runs.append({kind, count});
        }
    }

    void diff(int aLo, int aHi, int bLo, int bHi)
    {
        int prefix = 0;
        while (aLo + prefix < aHi && bLo + prefix < bHi && m_a[aLo + prefix] == m_b[bLo + prefix]) {
            ++prefix;
        }
        push(EditRun::Kind::Equal, prefix);
        aLo += prefix;
        bLo += prefix;
        int suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo &&
               m_a[aHi - suffix - 1] == m_b[bHi - suffix - 1]) {
            ++suffix;
        }
        aHi -= suffix;
        bHi -= suffix;
        if (aLo == aHi || bLo == bHi) {
            push(EditRun::Kind::Removed, aHi - aLo);
            push(EditRun::Kind::Inserted, bHi - bLo);
        } else {
            bisect(aLo, aHi, bLo, bHi);
        }
        push(EditRun::Kind::Equal, suffix);
    }

    void bisect(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = std::min((n + m + 1) / 2, kMaxEditCost);
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        std::vector<int> v1(size_t(length), -1);
        std::vector<int> v2(size_t(length), -1);
        v1[size_t(offset + 1)] = 0;
        v2[size_t(offset + 1)] = 0;
        const int delta = n - m;
        const bool front = delta % 2 != 0; // the forward path meets the reverse one
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        const auto a = [&](int i) { return m_a[size_t(aLo + i)]; };
        const auto b = [&](int i) { return m_b[size_t(bLo + i)]; };
        for (int d = 0; d < maxD; ++d) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = offset + k1;
                int x1 =
                    (k1 == -d || (k1 != d && v1[size_t(k1Offset - 1)] < v1[size_t(k1Offset + 1)]))
                    ? v1[size_t(k1Offset + 1)]
                    : v1[size_t(k1Offset - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a(x1) == b(y1)) {
                    ++x1;
                    ++y1;
                }
                v1[size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2; // ran off the right of the grid
                } else if (y1 > m) {
                    k1start += 2; // ran off the bottom
                } else if (front) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[size_t(k2Offset)] != -1 &&
                        x1 >= n - v2[size_t(k2Offset)]) {
                        split(aLo, aHi, bLo, bHi, x1, y1);
                        return;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = offset + k2;
                int x2 =
                    (k2 == -d || (k2 != d && v2[size_t(k2Offset - 1)] < v2[size_t(k2Offset + 1)]))
                    ? v2[size_t(k2Offset + 1)]
                    : v2[size_t(k2Offset - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a(n - x2 - 1) == b(m - y2 - 1)) {
                    ++x2;
                    ++y2;
                }
                v2[size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[size_t(k1Offset)] != -1) {
                        const int x1 = v1[size_t(k1Offset)];
                        const int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(aLo, aHi, bLo, bHi, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        push(EditRun::Kind::Removed,
             n); // too many edits (or none found): the whole stretch is replaced
        push(EditRun::Kind::Inserted, m);
    }

    void split(int aLo, int aHi, int bLo, int bHi, int x, int y)
    {
        diff(aLo, aLo + x, bLo, bLo + y);
        diff(aLo + x, aHi, bLo + y, bHi);
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    QList<EditRun> m_runs;
};

} // namespace

QList<EditRun> shortestEdit(const std::vector<int> &before, const std::vector<int> &after)
{
    return Differ(before, after).run();
}

} // namespace pwb
