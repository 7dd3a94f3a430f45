#include "mainwindow/WorkspaceTransfer.h"

#include "storage/Workspace.h"
#include "storage/WorkspaceBackup.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

namespace pwb {

WorkspaceTransfer::WorkspaceTransfer(Workspace &workspace, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
{ }

void WorkspaceTransfer::backUp()
{
    const QFileInfo workspace(m_workspace.filePath());
    const QString suggested = workspace.dir().filePath(
        QStringLiteral("%1-backup-%2.sqlite")
            .arg(workspace.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Back Up Workspace"), suggested,
                                     tr("Workspace backups (*.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // The dialog asked before choosing an existing file, so replacing it is what was meant.
    if (const Result<void> written = backUpTo(path, QFileInfo::exists(path)); !written) {
        showError(tr("Back Up Workspace"), written.error());
    }
}

Result<void> WorkspaceTransfer::backUpTo(const QString &path, bool replace)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> written = WorkspaceBackup::write(
        m_workspace.database(), path,
        replace ? WorkspaceBackup::Existing::Replace : WorkspaceBackup::Existing::Refuse);
    QGuiApplication::restoreOverrideCursor();
    if (written) {
        Q_EMIT message(tr("Workspace backed up to %1 (%2).")
                           .arg(QDir::toNativeSeparators(path),
                                QLocale().formattedDataSize(QFileInfo(path).size())));
    }
    return written;
}

void WorkspaceTransfer::showError(const QString &title, const QString &error)
{
    Q_EMIT message(error);
    QMessageBox::warning(m_dialogParent, title, error);
}

} // namespace pwb
