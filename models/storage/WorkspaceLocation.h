#pragma once

#include <QString>

namespace pwb {

// Where a workspace's SQLite file lives. The default is
// QStandardPaths::AppDataLocation/workspace.sqlite; `--workspace PATH` chooses another file, or
// a folder that then holds workspace.sqlite.
struct WorkspaceLocation
{
    QString filePath; // absolute path of the .sqlite file; empty when `error` is set
    QString error; // what went wrong and where, ready to show to the user

    bool ok() const { return error.isEmpty(); }

    static QString defaultFileName();
    static QString defaultFilePath();

    // Resolves `requested` (empty = the default) against `workingDirectory` and makes sure its
    // folder exists. Never creates or touches the database file itself.
    static WorkspaceLocation resolve(const QString &requested, const QString &workingDirectory);
};

} // namespace pwb
