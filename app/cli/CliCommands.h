#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

// Every command `pwb` knows, in the order `pwb --help` lists them.
QList<Command> commands();

} // namespace pwb::cli
