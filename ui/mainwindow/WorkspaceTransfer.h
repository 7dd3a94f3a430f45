#pragma once

#include "core/Result.h"

#include <QObject>

class QWidget;

namespace pwb {

class Workspace;

// The workspace-wide file commands of the File menu: a backup of the whole workspace (and, with
// the runs files, export and import of runs). Each asks for a file with a dialog, then calls the
// `…To`/`…From` method that does the work — tests call those directly.
class WorkspaceTransfer : public QObject
{
    Q_OBJECT

public:
    WorkspaceTransfer(Workspace &workspace, QWidget *dialogParent);

    void backUp();
    // A consistent copy of the workspace as it is now (WorkspaceBackup), replacing `path` when
    // `replace` — the save dialog has asked about that already.
    Result<void> backUpTo(const QString &path, bool replace);

Q_SIGNALS:
    // What happened, for the status bar; errors go to a message box as well.
    void message(const QString &text);

private:
    void showError(const QString &title, const QString &error);

    Workspace &m_workspace;
    QWidget *m_dialogParent = nullptr;
};

} // namespace pwb
