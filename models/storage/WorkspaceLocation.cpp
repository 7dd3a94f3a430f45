#include "storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pwb {

QString WorkspaceLocation::defaultFileName()
{
    return QStringLiteral("workspace.sqlite");
}

QString WorkspaceLocation::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(defaultFileName());
}

WorkspaceLocation WorkspaceLocation::resolve(const QString &requested,
                                             const QString &workingDirectory)
{
    QString path = requested.isEmpty() ? defaultFilePath()
                                       : QDir(workingDirectory).absoluteFilePath(requested);
    const QFileInfo info(path);
    // A folder (existing, or written with a trailing slash) holds the default file name.
    if (info.isDir() || requested.endsWith(QLatin1Char('/'))) {
        path = QDir(path).filePath(defaultFileName());
    }
    path = QDir::cleanPath(path);

    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    const QFileInfo folderInfo(folder);
    if (folderInfo.exists() && !folderInfo.isDir()) {
        return {
            {},
            QCoreApplication::translate("pwb::WorkspaceLocation",
                                        "Cannot use the workspace %1: %2 is a file, not a folder.")
                .arg(path, folder)};
    }
    if (!QDir().mkpath(folder)) {
        return {{},
                QCoreApplication::translate("pwb::WorkspaceLocation",
                                            "Cannot create the workspace folder %1 (check that it "
                                            "is writable and the disk is not full).")
                    .arg(folder)};
    }
    if (file.exists() && !file.isFile()) {
        return {
            {},
            QCoreApplication::translate("pwb::WorkspaceLocation",
                                        "Cannot use the workspace %1: it is not a regular file.")
                .arg(path)};
    }
    return {path, {}};
}

} // namespace pwb
