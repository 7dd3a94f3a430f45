#pragma once

#include <QList>

#include <vector>

namespace pwb {

// A run of equal, removed or inserted elements in an edit script.
struct EditRun
{
    enum class Kind { Equal, Removed, Inserted };
    Kind kind = Kind::Equal;
    int count = 0;
    bool operator==(const EditRun &) const = default;
};

// The shortest edit script turning `before` into `after` (elements compared as ints: callers
// map their tokens, lines or messages to ids), by Myers' O(ND) algorithm in linear space. Common
// prefixes and suffixes are trimmed before any search, so large, nearly equal inputs are cheap.
// Past a few thousand edits in one stretch the search stops and the stretch is replaced whole:
// a correct script, no longer the shortest. Runs alternate kinds; neighbours are merged.
QList<EditRun> shortestEdit(const std::vector<int> &before, const std::vector<int> &after);

} // namespace pwb
