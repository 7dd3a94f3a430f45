#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb export SUBJECT …` and `pwb import SUBJECT …`: the subject (prompts, runs) picks the
// command that does the work, so each kind of file has its own options and help.
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);

} // namespace pwb::cli
