#include "cli/RunFilesCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliWorkspace.h"
#include "export/RunsJsonlExport.h"
#include "export/RunsJsonlImport.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/RunsTableModel.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace pwb::cli {

namespace {

// An ISO 8601 date or date and time; UTC unless it names its offset.
QDateTime dateOption(const QString &text)
{
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        moment = day.isValid() ? QDateTime(day, QTime(0, 0), QTimeZone::UTC) : QDateTime();
    } else if (moment.timeSpec() == Qt::LocalTime) {
        moment.setTimeZone(QTimeZone::UTC);
    }
    return moment;
}

} // namespace

int runExportRuns(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write saved runs as JSON Lines (docs/RUNS-JSONL.md): every run of the "
                 "workspace, the runs named by --run, or those that match the filters, oldest "
                 "first."));
    const QCommandLineOption workspaceOption = cli::workspaceOption();
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       Text::tr("A run to export, by id (repeat for more)."),
                                       Text::tr("ID"));
    const QCommandLineOption promptOption(
        QStringLiteral("prompt"), Text::tr("Only runs of this saved prompt."), Text::tr("NAME"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         Text::tr("Only runs of this model."), Text::tr("MODEL"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        Text::tr("Only runs with this status (complete, truncated, failed, cancelled, "
                 "interrupted, running)."),
        Text::tr("STATUS"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        Text::tr("Only runs whose reply contains TEXT (3 characters or more, any script)."),
        Text::tr("TEXT"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        Text::tr("Only runs started at or after DATE (ISO 8601; UTC unless it says otherwise)."),
        Text::tr("DATE"));
    const QCommandLineOption untilOption(
        QStringLiteral("until"), Text::tr("Only runs started before DATE."), Text::tr("DATE"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          Text::tr("The file to write (default: standard output)."),
                                          Text::tr("FILE"));
    parser.addOptions({workspaceOption, runOption, promptOption, modelOption, statusOption,
                       searchOption, sinceOption, untilOption, outputOption});
    int status = kSuccess;
    if (!parseCommandLine(parser, arguments, status)) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return failCommand(
            command,
            Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    auto opened = openCliWorkspace(parser.value(workspaceOption), true);
    if (!opened) {
        return failCommand(command, opened.error());
    }
    Database &database = *opened.value();

    QList<qint64> ids;
    if (parser.isSet(runOption)) {
        for (const QString &value : parser.values(runOption)) {
            bool ok = false;
            ids.append(value.toLongLong(&ok));
            if (!ok) {
                return failCommand(command, Text::tr("--run takes a run id, not '%1'").arg(value));
            }
        }
        for (const QCommandLineOption &filter :
             {promptOption, modelOption, statusOption, searchOption, sinceOption, untilOption}) {
            if (parser.isSet(filter)) {
                return failCommand(command,
                                   Text::tr("--run names the runs: it cannot be combined "
                                            "with --%1")
                                       .arg(filter.names().constFirst()));
            }
        }
    } else {
        RunsTableModel::Filter filter;
        if (parser.isSet(promptOption)) {
            const QString name = parser.value(promptOption);
            for (const PromptRecord &prompt : PromptRepository(database).prompts()) {
                if (prompt.name.compare(name, Qt::CaseInsensitive) == 0) {
                    filter.promptId = prompt.id;
                }
            }
            if (!filter.promptId) {
                return failCommand(command, Text::tr("no prompt named '%1'").arg(name));
            }
        }
        filter.model = parser.value(modelOption);
        filter.status = parser.value(statusOption);
        filter.search = parser.value(searchOption);
        for (const auto &[option, moment] :
             {std::pair {sinceOption, &filter.from}, std::pair {untilOption, &filter.to}}) {
            if (parser.isSet(option)) {
                *moment = dateOption(parser.value(option));
                if (!moment->isValid()) {
                    return failCommand(command,
                                       Text::tr("--%1 takes a date like 2025-06-30 or "
                                                "2025-06-30T14:00:00Z, not '%2'")
                                           .arg(option.names().constFirst(), parser.value(option)));
                }
            }
        }
        RunsTableModel runs(database);
        runs.sort(RunsTableModel::Started, Qt::AscendingOrder);
        runs.setFilter(filter);
        ids = runs.matchingRunIds();
    }

    if (parser.isSet(outputOption)) {
        const QString path = parser.value(outputOption);
        const Result<int> written = RunsJsonlExport::write(database, ids, path);
        if (!written) {
            return failCommand(command, written.error());
        }
        err() << Text::tr("%n run(s) written to %1\n", nullptr, written.value())
                     .arg(QDir::toNativeSeparators(path));
        err().flush();
        return kSuccess;
    }
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        return failCommand(command, standardOutput.errorString());
    }
    const Result<int> written = RunsJsonlExport::write(database, ids, standardOutput);
    standardOutput.flush();
    return written ? kSuccess : failCommand(command, written.error());
}

int runImportRuns(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Read a runs file written by 'pwb export runs' into a workspace, all or "
                 "nothing. Runs already there are skipped; a run's prompt version is linked to "
                 "this workspace's when it has the same one, else kept with the run."));
    const QCommandLineOption workspaceOption = cli::workspaceOption(WorkspaceUse::CreatedIfMissing);
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), Text::tr("Check the file and count, but import nothing."));
    parser.addOptions({workspaceOption, dryRunOption});
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The runs file (.jsonl)."));
    int status = kSuccess;
    if (!parseCommandLine(parser, arguments, status)) {
        return status;
    }
    if (parser.positionalArguments().size() != 1) {
        return failCommand(command, Text::tr("name one runs file to import"));
    }
    auto opened = openCliWorkspace(parser.value(workspaceOption), false);
    if (!opened) {
        return failCommand(command, opened.error());
    }
    const bool dryRun = parser.isSet(dryRunOption);
    const auto imported = RunsJsonlImport::read(
        *opened.value(), parser.positionalArguments().first(),
        dryRun ? RunsJsonlImport::Mode::DryRun : RunsJsonlImport::Mode::Import);
    if (!imported) {
        err() << imported.error().toString() << QStringLiteral("\n")
              << Text::tr("%1: nothing was imported\n").arg(command);
        err().flush();
        return kUsageOrError;
    }
    const RunsImportOutcome &outcome = imported.value();
    out() << (dryRun ? Text::tr("would import %n run(s)", nullptr, outcome.imported)
                     : Text::tr("imported %n run(s)", nullptr, outcome.imported))
          << QStringLiteral("; ") << Text::tr("%n already present", nullptr, outcome.alreadyPresent)
          << QStringLiteral("; ")
          << Text::tr("%n linked to this workspace's prompt versions", nullptr,
                      outcome.linkedToVersions)
          << QStringLiteral("\n");
    out().flush();
    return kSuccess;
}

} // namespace pwb::cli
