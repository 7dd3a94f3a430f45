#include "cli/TransferCommands.h"

#include "cli/CliCommands.h"
#include "cli/PromptFilesCommand.h"
#include "cli/RunFilesCommand.h"

#include <QList>

namespace pwb::cli {

namespace {

struct Subject
{
    QString name;
    QString summary;
    // Receives its own argument list, starting with "pwb export NAME".
    int (*run)(const QStringList &arguments);
};

// What `pwb export` can write. Each subject's command is in its own file.
QList<Subject> exportSubjects()
{
    return {
        {QStringLiteral("prompts"), Text::tr("Prompt versions as .prompty, .json or .md files"),
         exportPrompts},
        {QStringLiteral("runs"), Text::tr("Saved runs as JSON Lines"), runExportRuns},
    };
}

// What `pwb import` can read.
QList<Subject> importSubjects()
{
    return {
        {QStringLiteral("prompts"), Text::tr("Prompt files and directories of them"),
         importPrompts},
        {QStringLiteral("runs"), Text::tr("Runs from a JSON Lines file"), runImportRuns},
    };
}

int dispatch(const QStringList &arguments, const QList<Subject> &subjects)
{
    const QString command = arguments.value(0);
    const QString subject = arguments.value(1);
    if (subject.isEmpty() || subject == QLatin1String("--help") || subject == QLatin1String("-h")) {
        QTextStream &stream = subject.isEmpty() ? err() : out();
        stream << Text::tr("Usage: %1 SUBJECT [OPTIONS]\n\nSubjects:\n").arg(command);
        for (const Subject &each : subjects) {
            stream << QStringLiteral("  ") << each.name.leftJustified(10) << each.summary
                   << QStringLiteral("\n");
        }
        stream << Text::tr("\n'%1 SUBJECT --help' shows a subject's options.\n").arg(command);
        stream.flush();
        return subject.isEmpty() ? kUsageOrError : kSuccess;
    }
    for (const Subject &each : subjects) {
        if (each.name == subject) {
            QStringList own = arguments.mid(2);
            own.prepend(command + QLatin1Char(' ') + subject);
            return each.run(own);
        }
    }
    err() << Text::tr("%1: unknown subject '%2' (see '%1 --help')\n").arg(command, subject);
    err().flush();
    return kUsageOrError;
}

} // namespace

int runExport(const QStringList &arguments)
{
    return dispatch(arguments, exportSubjects());
}

int runImport(const QStringList &arguments)
{
    return dispatch(arguments, importSubjects());
}

} // namespace pwb::cli
