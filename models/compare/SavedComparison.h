#pragma once

#include "compare/CompareColumnSpec.h"
#include "storage/StoredRun.h"

#include <QList>

#include <optional>

namespace pwb {

class Database;
class PromptRepository;

// A compare session read back from the workspace, to show it again offline: per column the
// newest run (a column run again keeps its earlier runs in the workspace, but shows its last),
// the column's spec as it was sent, and the reviewer's votes.
struct SavedComparison
{
    struct Column
    {
        int index = 0; // as saved; columns are contiguous from 0 when the session was complete
        CompareColumnSpec spec;
        StoredRun run;
        std::optional<int> rating;
        bool best = false;
    };

    qint64 sessionId = 0;
    QList<Column> columns; // by index

    static SavedComparison load(Database &database, const PromptRepository &prompts,
                                qint64 sessionId);
};

} // namespace pwb
