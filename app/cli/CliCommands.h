#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace pwb::cli {

// The translation context of every user-visible string of the command line.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pwb::cli)
};

// Exit statuses shared by every command, so that CI scripts can tell them apart.
enum ExitStatus : int {
    kSuccess = 0,
    kCheckFailed = 1, // the command ran, and what it checked did not pass
    kUsageOrError = 2 // bad arguments, unreadable input, or anything else that went wrong
};

struct Command
{
    QString name;
    QString summary;
    // Receives its own argument list, starting with "pwb NAME".
    std::function<int(const QStringList &arguments)> run;
};

// Standard output and error as text streams, shared by every command (one buffer each, so that
// what the commands print keeps its order).
QTextStream &out();
QTextStream &err();
// Whether `stream` (stdout, stderr) is a terminal rather than a pipe or a file: progress is
// redrawn in place and the offline demo paces its reply only for someone watching.
bool isTerminal(FILE *stream);

// Prints "COMMAND: message" to standard error; returns kUsageOrError, for `return failCommand(…)`.
int failCommand(const QString &command, const QString &message);
// Adds --help and parses `arguments` (starting with the command's name). False when the command
// should end here, with `status`: a parse error (printed) or --help (the help printed).
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int &status);

// Every command `pwb` knows, in the order `pwb --help` lists them.
QList<Command> commands();

} // namespace pwb::cli
