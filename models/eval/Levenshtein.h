#pragma once

#include <QStringView>

namespace pwb {

// Edit distance (insertions, deletions and substitutions, each 1) between two texts, counted in
// code points so a CJK character or an emoji is one edit, not two. Myers' bit-parallel
// algorithm over 64-row blocks (Myers 1999, in Hyyrö's form for the whole-text distance):
// about (n / 64) * m steps and O(n + m) memory, after cutting the common head and tail — two
// 20,000-character answers take milliseconds, where a table of n * m cells would take 400
// million cells (1.6 GB as ints).
struct Levenshtein
{
    static qsizetype distance(QStringView a, QStringView b);
    // 1 - distance / the longer text's length in code points; 1 when both are empty.
    static double similarity(QStringView a, QStringView b);
};

} // namespace pwb
