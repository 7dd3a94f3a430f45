#pragma once

#include <QStringList>

namespace pwb::cli {

// `pwb backup --workspace W --output FILE [--replace]`: a consistent copy of a workspace, safe
// while the app writes to it (WorkspaceBackup: VACUUM INTO, never a file copy).
int runBackup(const QStringList &arguments);

} // namespace pwb::cli
