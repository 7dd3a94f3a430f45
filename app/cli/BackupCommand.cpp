#include "cli/BackupCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliWorkspace.h"
#include "storage/Database.h"
#include "storage/WorkspaceBackup.h"

#include <QCommandLineParser>
#include <QDir>

namespace pwb::cli {

int runBackup(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Copy a whole workspace to a new file, consistently even while the app is "
                 "writing to it."));
    const QCommandLineOption workspaceOption = cli::workspaceOption();
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          Text::tr("The backup file to write."), Text::tr("FILE"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           Text::tr("Replace the backup file if it exists."));
    parser.addOptions({workspaceOption, outputOption, replaceOption});
    if (int status = kSuccess; !parseCommandLine(parser, arguments, status)) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return failCommand(
            command,
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    if (parser.value(outputOption).isEmpty()) {
        return failCommand(command, Text::tr("say where to write the backup: --output FILE"));
    }
    auto opened = openCliWorkspace(parser.value(workspaceOption), true);
    if (!opened) {
        return failCommand(command, opened.error());
    }
    const QString target = QDir::current().absoluteFilePath(parser.value(outputOption));
    const Result<void> written =
        WorkspaceBackup::write(*opened.value(), target,
                               parser.isSet(replaceOption) ? WorkspaceBackup::Existing::Replace
                                                           : WorkspaceBackup::Existing::Refuse);
    if (!written) {
        return failCommand(command, written.error());
    }
    out() << Text::tr("%1 backed up to %2\n")
                 .arg(QDir::toNativeSeparators(opened.value()->filePath()),
                      QDir::toNativeSeparators(target));
    out().flush();
    return kSuccess;
}

} // namespace pwb::cli
