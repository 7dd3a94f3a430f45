#pragma once

#include "core/Result.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

namespace pwb {
class Database;
}

namespace pwb::cli {

// The workspace named by a command's --workspace value (empty: the app's), opened as a database
// only: unlike Workspace::open it leaves "running" runs alone, since the app may have the
// workspace open and be streaming them right now.
// `mustExist`: a missing file is an error naming it (commands that read); otherwise it is
// created (commands that write into a workspace, such as an import into a new one).
Result<std::unique_ptr<Database>> openCliWorkspace(const QString &requested, bool mustExist);

// The --workspace option every workspace command takes, worded the same everywhere.
enum class WorkspaceUse { Existing, CreatedIfMissing };
QCommandLineOption workspaceOption(WorkspaceUse use = WorkspaceUse::Existing);

} // namespace pwb::cli
