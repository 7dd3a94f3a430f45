#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb export runs …` and `pwb import runs …`: saved runs as a JSONL file (docs/RUNS-JSONL.md),
// to review them offline or in another workspace.
int runExportRuns(const QStringList &arguments);
int runImportRuns(const QStringList &arguments);

} // namespace pwb::cli
