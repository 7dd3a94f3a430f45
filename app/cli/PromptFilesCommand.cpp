#include "cli/PromptFilesCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliWorkspace.h"
#include "export/PromptFolderTransfer.h"
#include "storage/Database.h"
#include "storage/PromptReference.h"
#include "storage/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace pwb::cli {

namespace {

// Export reads an existing workspace; import may start a new one (sharing prompts with
// someone who has none yet).
std::unique_ptr<Database> openWorkspace(const QString &command, const QString &requested,
                                        bool mayCreate, int &status)
{
    Result<std::unique_ptr<Database>> opened = openCliWorkspace(requested, !mayCreate);
    if (!opened) {
        status = failCommand(command, opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

QString outcomeName(PromptFolderTransfer::Imported::Outcome outcome)
{
    switch (outcome) {
    case PromptFolderTransfer::Imported::Outcome::Created:
        return Text::tr("created");
    case PromptFolderTransfer::Imported::Outcome::Updated:
        return Text::tr("updated");
    case PromptFolderTransfer::Imported::Outcome::Unchanged:
        return Text::tr("unchanged");
    }
    return {};
}

} // namespace

int exportPrompts(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write prompt versions as .prompty, .json or .md files "
                 "(docs/PROMPT-FILES.md).\n"
                 "One version (--prompt) goes to --output FILE or standard output; a folder "
                 "(--folder) or the whole library (--all) goes to the directory --output, the "
                 "newest version of each prompt, one file each, folders as subdirectories."));
    const QCommandLineOption workspaceOption = cli::workspaceOption();
    const QCommandLineOption promptOption(
        QStringLiteral("prompt"), Text::tr("The version to export: NAME, NAME@3 or NAME:label."),
        Text::tr("NAME"));
    const QCommandLineOption folderOption(
        QStringLiteral("folder"), Text::tr("A library folder to export, e.g. Support/Email."),
        Text::tr("PATH"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Text::tr("Export every prompt of the library."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Text::tr("prompty, json or md (default: from the --output file's extension, else md)."),
        Text::tr("FORMAT"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        Text::tr("The file (--prompt; default: standard output) or directory (--folder, --all)."),
        Text::tr("PATH"));
    parser.addOptions(
        {workspaceOption, promptOption, folderOption, allOption, formatOption, outputOption});
    int status = kSuccess;
    if (!parseCommandLine(parser, arguments, status)) {
        return status;
    }
    const int chosen = int(parser.isSet(promptOption)) + int(parser.isSet(folderOption)) +
        int(parser.isSet(allOption));
    if (chosen != 1) {
        return failCommand(command,
                           Text::tr("say what to export: --prompt NAME, --folder PATH or --all"));
    }
    if (!parser.positionalArguments().isEmpty()) {
        return failCommand(
            command,
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    const QString output = parser.value(outputOption);
    std::optional<PromptFileFormat> format = PromptFileFormat::Markdown;
    if (parser.isSet(formatOption)) {
        format = PromptFiles::formatNamed(parser.value(formatOption).toLower());
        if (!format) {
            return failCommand(
                command,
                Text::tr("--format '%1': prompty, json or md").arg(parser.value(formatOption)));
        }
    } else if (parser.isSet(promptOption) && !output.isEmpty()) {
        format = PromptFiles::formatOf(output);
        if (!format) {
            return failCommand(command,
                               Text::tr("--output '%1' does not end in .prompty, .json or .md; "
                                        "say which with --format")
                                   .arg(output));
        }
    }
    auto db = openWorkspace(command, parser.value(workspaceOption), false, status);
    if (!db) {
        return status;
    }
    PromptRepository prompts(*db);
    PromptFolderTransfer transfer(prompts);

    if (parser.isSet(promptOption)) {
        const Result<PromptVersionRecord> version =
            PromptReference::resolve(prompts, parser.value(promptOption));
        if (!version) {
            return failCommand(command, version.error());
        }
        const std::optional<PromptRecord> prompt = prompts.prompt(version.value().promptId);
        const Result<QByteArray> data =
            PromptFiles::write(transfer.fileFor(*prompt, version.value()), *format);
        if (!data) {
            return failCommand(command, data.error());
        }
        if (output.isEmpty()) {
            out().flush();
            fwrite(data.value().constData(), 1, size_t(data.value().size()), stdout);
            fflush(stdout);
            return kSuccess;
        }
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data.value().size() ||
            !file.commit()) {
            return failCommand(command,
                               Text::tr("cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(output), file.errorString()));
        }
        out() << Text::tr("wrote %1\n").arg(QDir::toNativeSeparators(output));
        out().flush();
        return kSuccess;
    }

    if (output.isEmpty()) {
        return failCommand(command, Text::tr("--output DIR: the directory to write the files to"));
    }
    std::optional<qint64> folderId;
    if (parser.isSet(folderOption)) {
        const auto found = transfer.findFolder(parser.value(folderOption));
        if (!found || !*found) {
            return failCommand(
                command,
                Text::tr("the library has no folder \"%1\"").arg(parser.value(folderOption)));
        }
        folderId = *found;
    }
    const auto exported = transfer.exportFolder(folderId, output, *format);
    if (!exported) {
        return failCommand(command, exported.error());
    }
    for (const PromptFolderTransfer::Exported &each : exported.value()) {
        out() << Text::tr("wrote %1\n").arg(QDir::toNativeSeparators(each.filePath));
    }
    out() << Text::tr("%n prompt(s) exported\n", nullptr, int(exported.value().size()));
    out().flush();
    return kSuccess;
}

int importPrompts(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Read .prompty, .json and .md prompt files (directories: recursively) into a "
                 "workspace, all or nothing: a prompt of the same name in the same folder gets "
                 "the file as a new version, unless a version has that content already. Any "
                 "error in any file and nothing is imported (exit status 2)."));
    const QCommandLineOption workspaceOption = cli::workspaceOption(WorkspaceUse::CreatedIfMissing);
    const QCommandLineOption intoOption(QStringLiteral("into"),
                                        Text::tr("The library folder to import under."),
                                        Text::tr("FOLDER"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          Text::tr("Report what would be imported; save nothing."));
    parser.addOptions({workspaceOption, intoOption, dryRunOption});
    parser.addPositionalArgument(QStringLiteral("paths"), Text::tr("Prompt files and directories."),
                                 QStringLiteral("FILE|DIR…"));
    int status = kSuccess;
    if (!parseCommandLine(parser, arguments, status)) {
        return status;
    }
    if (parser.positionalArguments().isEmpty()) {
        return failCommand(command, Text::tr("name the files or directories to import"));
    }
    auto db = openWorkspace(command, parser.value(workspaceOption), true, status);
    if (!db) {
        return status;
    }
    PromptRepository prompts(*db);
    PromptFolderTransfer transfer(prompts);
    const bool dryRun = parser.isSet(dryRunOption);
    const auto imported =
        transfer.importPaths(parser.positionalArguments(), parser.value(intoOption), dryRun);
    if (!imported) {
        for (const PromptFileProblem &problem : imported.error().problems) {
            err() << problem.toString() << u'\n';
        }
        err() << Text::tr("%1: nothing was imported\n").arg(command);
        err().flush();
        return kUsageOrError;
    }
    for (const PromptFileProblem &warning : imported.value().warnings) {
        err() << warning.toString() << u'\n';
    }
    err().flush();
    for (const QString &skipped : imported.value().skipped) {
        out() << Text::tr("skipped %1 (not a prompt file)\n").arg(skipped);
    }
    for (const PromptFolderTransfer::Imported &each : imported.value().prompts) {
        const QString where =
            each.folderPath.isEmpty() ? each.promptName : each.folderPath + u'/' + each.promptName;
        out() << QStringLiteral("%1\t%2\tv%3\t%4\n")
                     .arg(outcomeName(each.outcome), where)
                     .arg(each.version)
                     .arg(each.fileName);
    }
    if (dryRun) {
        out() << Text::tr("dry run: nothing was saved\n");
    }
    out().flush();
    return kSuccess;
}

} // namespace pwb::cli
