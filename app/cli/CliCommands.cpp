#include "cli/CliCommands.h"

#include "cli/BackupCommand.h"
#include "cli/ChatCommand.h"
#include "cli/DecodeCommand.h"
#include "cli/EvalCommand.h"
#include "cli/RenderCommand.h"
#include "cli/TransferCommands.h"
#include "cli/WorkspaceCommands.h"
#include "core/ApplicationIdentity.h"
#include "storage/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace pwb::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

namespace {

// Parses `arguments` with `parser`; on bad input prints the reason and returns false.
bool parseOrReport(QCommandLineParser &parser, const QStringList &arguments, int &exitStatus)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << arguments.value(0) << QStringLiteral(": ") << parser.errorText()
                            << QStringLiteral("\n");
        exitStatus = kUsageOrError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        exitStatus = kSuccess;
        return false;
    }
    return true;
}

int runPaths(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print where the workspace and the settings live."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             Text::tr("The workspace file or folder to resolve."),
                                             Text::tr("PATH"));
    parser.addOption(workspaceOption);
    int status = kSuccess;
    if (!parseOrReport(parser, arguments, status)) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr)
            << arguments.value(0) << QStringLiteral(": ")
            << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first())
            << QStringLiteral("\n");
        return kUsageOrError;
    }
    const WorkspaceLocation workspace =
        WorkspaceLocation::resolve(parser.value(workspaceOption), QDir::currentPath());
    if (!workspace.ok()) {
        QTextStream(stderr) << arguments.value(0) << QStringLiteral(": ") << workspace.error
                            << QStringLiteral("\n");
        return kUsageOrError;
    }
    QTextStream out(stdout);
    out << QStringLiteral("workspace\t") << QDir::toNativeSeparators(workspace.filePath)
        << QStringLiteral("\nsettings\t") << QDir::toNativeSeparators(AppSettings::filePath())
        << QStringLiteral("\n");
    return kSuccess;
}

} // namespace

int failCommand(const QString &command, const QString &message)
{
    err() << QStringLiteral("%1: %2\n").arg(command, message);
    err().flush();
    return kUsageOrError;
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int &status)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        status = failCommand(arguments.value(0), parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        status = kSuccess;
        return false;
    }
    return true;
}

QList<Command> commands()
{
    return {
        {QStringLiteral("chat"), Text::tr("Send a prompt to a provider and stream the reply"),
         runChat},
        {QStringLiteral("decode"),
         Text::tr("Decode a captured response body into one JSON event per line"), runDecode},
        {QStringLiteral("eval"),
         Text::tr("Run prompt versions × models over a dataset and score them (for CI)"), runEval},
        {QStringLiteral("export"), Text::tr("Write prompts or runs to files: export prompts|runs"),
         runExport},
        {QStringLiteral("import"), Text::tr("Read prompts or runs from files: import prompts|runs"),
         runImport},
        {QStringLiteral("prompts"), Text::tr("List prompts or show a version: prompts list|show"),
         runPrompts},
        {QStringLiteral("render"), Text::tr("Render a Mustache template file with JSON data"),
         runRender},
        {QStringLiteral("runs"),
         Text::tr("List, show or search saved runs, or print code that sends one again: runs "
                  "list|show|search|code"),
         runRuns},
        {QStringLiteral("backup"),
         Text::tr("Copy a workspace to a backup file, safely while it is in use"), runBackup},
        {QStringLiteral("paths"), Text::tr("Print where the workspace and the settings live"),
         runPaths},
    };
}

} // namespace pwb::cli
