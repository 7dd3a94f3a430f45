#include "cli/RunCodeCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliWorkspace.h"
#include "export/RunCodeExport.h"
#include "providers/ProviderDirectory.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/StoredRun.h"

#include <QCommandLineParser>

namespace pwb::cli {

int runRunsCode(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Print code that sends a saved run's request again; the API key is read from "
                 "an environment variable, never written into the code."));
    const QCommandLineOption workspaceOption = cli::workspaceOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Text::tr("curl, python or javascript (default curl)."),
                                            Text::tr("LANGUAGE"), QStringLiteral("curl"));
    parser.addOptions({workspaceOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The run's id."));
    if (int status = kSuccess; !parseCommandLine(parser, arguments, status)) {
        return status;
    }
    const QString language = parser.value(languageOption).toLower();
    const QList<std::pair<QString, CodeLanguage>> languages {
        {QStringLiteral("curl"), CodeLanguage::Curl},
        {QStringLiteral("python"), CodeLanguage::Python},
        {QStringLiteral("javascript"), CodeLanguage::JavaScript}};
    std::optional<CodeLanguage> chosen;
    for (const auto &[name, value] : languages) {
        if (name == language) {
            chosen = value;
        }
    }
    if (!chosen) {
        return failCommand(command,
                           Text::tr("--language is curl, python or javascript, not '%1'")
                               .arg(parser.value(languageOption)));
    }
    bool isId = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isId);
    if (parser.positionalArguments().size() != 1 || !isId) {
        return failCommand(command, Text::tr("name one run by its id"));
    }
    auto opened = openCliWorkspace(parser.value(workspaceOption), true);
    if (!opened) {
        return failCommand(command, opened.error());
    }
    Database &database = *opened.value();
    const std::optional<StoredRun> run = StoredRun::load(database, id);
    if (!run) {
        return failCommand(command, Text::tr("no run %1").arg(id));
    }
    const Result<QString> code = RunCodeExport::codeForRun(*run, PromptRepository(database),
                                                           ProviderDirectory(database), *chosen);
    if (!code) {
        return failCommand(command, code.error());
    }
    out() << code.value();
    if (!code.value().endsWith(u'\n')) {
        out() << QStringLiteral("\n");
    }
    out().flush();
    return kSuccess;
}

} // namespace pwb::cli
