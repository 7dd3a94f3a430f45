#include "cli/CliWorkspace.h"

#include "cli/CliCommands.h"
#include "storage/Database.h"
#include "storage/WorkspaceLocation.h"

#include <QDir>
#include <QFileInfo>

namespace pwb::cli {

Result<std::unique_ptr<Database>> openCliWorkspace(const QString &requested, bool mustExist)
{
    using R = Result<std::unique_ptr<Database>>;
    const WorkspaceLocation location = WorkspaceLocation::resolve(requested, QDir::currentPath());
    if (!location.ok()) {
        return R::failure(location.error);
    }
    if (mustExist && !QFileInfo::exists(location.filePath)) {
        return R::failure(
            Text::tr("there is no workspace at %1 (the app creates it when it first saves)")
                .arg(QDir::toNativeSeparators(location.filePath)));
    }
    QString error;
    std::unique_ptr<Database> database = Database::open(location.filePath, error);
    if (!database) {
        return R::failure(error);
    }
    return database;
}

QCommandLineOption workspaceOption(WorkspaceUse use)
{
    return QCommandLineOption(
        QStringLiteral("workspace"),
        use == WorkspaceUse::Existing
            ? Text::tr("The workspace file or folder (default: the app's).")
            : Text::tr("The workspace file or folder (default: the app's; created if missing)."),
        Text::tr("PATH"));
}

} // namespace pwb::cli
