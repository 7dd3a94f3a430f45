// pwb — Prompt Workbench's headless command line, for scripts and CI.
#include "cli/CliCommands.h"
#include "core/ApplicationIdentity.h"
#include "core/BuildInfo.h"
#include "core/Localization.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QtVersion>

#include <algorithm>

namespace {

QString usage()
{
    QString text =
        pwb::cli::Text::tr("Usage: pwb COMMAND [OPTIONS]\n"
                           "Prompt Workbench's headless command line, for scripts and CI.\n\n"
                           "Commands:\n");
    const QList<pwb::cli::Command> commands = pwb::cli::commands();
    qsizetype width = 0;
    for (const pwb::cli::Command &command : commands) {
        width = std::max(width, command.name.size());
    }
    for (const pwb::cli::Command &command : commands) {
        text += QStringLiteral("  ") + command.name.leftJustified(width + 3) + command.summary +
            QStringLiteral("\n");
    }
    text += pwb::cli::Text::tr(
        "\nOptions:\n"
        "  -h, --help     Show this help; 'pwb COMMAND --help' shows a command's options\n"
        "  -v, --version  Print the version\n\n"
        "Exit status: 0 success, 1 a check did not pass, 2 bad usage or an error.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    pwb::applyApplicationIdentity();
    pwb::installTranslations(app, QLocale());

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << QStringLiteral("pwb %1 (Prompt Workbench, Qt %2)\n")
                                   .arg(QLatin1String(pwb::buildinfo::kVersion),
                                        QLatin1String(qVersion()));
        return pwb::cli::kSuccess;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return pwb::cli::kSuccess;
    }
    if (first.isEmpty()) {
        QTextStream(stderr) << usage();
        return pwb::cli::kUsageOrError;
    }
    for (const pwb::cli::Command &command : pwb::cli::commands()) {
        if (command.name == first) {
            QStringList own = arguments.mid(2);
            own.prepend(QStringLiteral("pwb ") + command.name);
            return command.run(own);
        }
    }
    QTextStream(stderr)
        << pwb::cli::Text::tr("pwb: unknown command '%1' (see 'pwb --help')\n").arg(first);
    return pwb::cli::kUsageOrError;
}
