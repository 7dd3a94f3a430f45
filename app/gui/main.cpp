// prompt-workbench — the desktop application.
#include "core/ApplicationIdentity.h"
#include "core/Localization.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/SampleWorkspace.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    pwb::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("Prompt Workbench"));
    QGuiApplication::setDesktopFileName(QStringLiteral("prompt-workbench"));
    pwb::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Write, run, compare and evaluate LLM prompts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QObject::tr("Open the workspace file PATH (or PATH/workspace.sqlite for a folder) instead "
                    "of the default one."),
        QObject::tr("PATH"));
    parser.addOption(workspaceOption);
    parser.process(app);

    const pwb::WorkspaceLocation workspace =
        pwb::WorkspaceLocation::resolve(parser.value(workspaceOption), QDir::currentPath());
    if (!workspace.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("Prompt Workbench"), workspace.error);
        return 2;
    }

    pwb::Result<std::unique_ptr<pwb::Workspace>> opened = pwb::Workspace::open(workspace.filePath);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Prompt Workbench"), opened.error());
        return 2;
    }
    if (opened.value()->isNew()) {
        // A first start shows a working app at once: a few prompts bound to the offline demo.
        if (const pwb::Result<void> seeded = pwb::SampleWorkspace::seed(opened.value()->database());
            !seeded) {
            qWarning("%s", qPrintable(seeded.error()));
        }
    }
    pwb::KeychainSecretStore keychain(pwb::KeychainSecretStore::defaultServiceName());
    pwb::MainWindow window(*opened.value(), &keychain);
    window.show();
    return QApplication::exec();
}
