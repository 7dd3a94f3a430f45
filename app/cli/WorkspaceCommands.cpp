#include "cli/WorkspaceCommands.h"

#include "cli/CliCommands.h"
#include "cli/RunCodeCommand.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/RunsTableModel.h"
#include "storage/SearchResultsModel.h"
#include "storage/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

namespace pwb::cli {

namespace {

int fail(const QString &command, const QString &message)
{
    QTextStream(stderr) << QStringLiteral("pwb %1: %2\n").arg(command, message);
    return kUsageOrError;
}

void printJson(const QJsonValue &value)
{
    out() << QString::fromUtf8(
        value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    out().flush();
}

// Parses the common options (--workspace, --json, --help) plus `extra`; opens an existing
// workspace read-side. Returns nullptr (and sets `status`) when the command should end.
std::unique_ptr<Database> openWorkspace(QCommandLineParser &parser, const QStringList &arguments,
                                        const QString &command, int &status)
{
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), Text::tr("The workspace file or folder (default: the app's)."),
        Text::tr("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON instead of text."));
    parser.addOptions({workspace, json});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        status = fail(command, parser.errorText());
        return nullptr;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        status = kSuccess;
        return nullptr;
    }
    const WorkspaceLocation location =
        WorkspaceLocation::resolve(parser.value(workspace), QDir::currentPath());
    if (!location.ok()) {
        status = fail(command, location.error);
        return nullptr;
    }
    if (!QFileInfo::exists(location.filePath)) {
        status =
            fail(command,
                 Text::tr("there is no workspace at %1 (the app creates it when it first saves)")
                     .arg(QDir::toNativeSeparators(location.filePath)));
        return nullptr;
    }
    QString error;
    auto db = Database::open(location.filePath, error);
    if (!db) {
        status = fail(command, error);
    }
    return db;
}

QString roleName(ChatMessage::Role role)
{
    return PromptContent::roleName(role);
}

// A prompt by id or by (case-insensitive) name.
std::optional<PromptRecord> findPrompt(PromptRepository &repository, const QString &which)
{
    bool isId = false;
    const qint64 id = which.toLongLong(&isId);
    for (const PromptRecord &prompt : repository.prompts()) {
        if ((isId && prompt.id == id) || prompt.name.compare(which, Qt::CaseInsensitive) == 0) {
            return prompt;
        }
    }
    return std::nullopt;
}

int promptsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List the prompts of a workspace."));
    int status = kSuccess;
    auto db = openWorkspace(parser, arguments, QStringLiteral("prompts list"), status);
    if (!db) {
        return status;
    }
    PromptRepository repository(*db);
    QJsonArray json;
    for (const PromptRecord &prompt : repository.prompts()) {
        const QList<PromptVersionRecord> versions = repository.versions(prompt.id);
        QStringList labels;
        for (const QString &label : {QStringLiteral("production"), QStringLiteral("staging")}) {
            if (const auto target = repository.labelTarget(prompt.id, label)) {
                for (const PromptVersionRecord &version : versions) {
                    if (version.id == *target) {
                        labels << QStringLiteral("%1=v%2").arg(label).arg(version.number);
                    }
                }
            }
        }
        if (parser.isSet(QStringLiteral("json"))) {
            json.append(
                QJsonObject {{QStringLiteral("id"), prompt.id},
                             {QStringLiteral("name"), prompt.name},
                             {QStringLiteral("versions"), versions.size()},
                             {QStringLiteral("tags"), QJsonArray::fromStringList(prompt.tags)},
                             {QStringLiteral("labels"), QJsonArray::fromStringList(labels)}});
        } else {
            out() << QStringLiteral("%1\t%2\t%3 versions\t%4\n")
                         .arg(prompt.id)
                         .arg(prompt.name)
                         .arg(versions.size())
                         .arg(labels.join(QLatin1Char(' ')));
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(json);
    }
    out().flush();
    return kSuccess;
}

int promptsShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Show a prompt version: its messages and parameters."));
    const QCommandLineOption versionOption(
        QStringLiteral("version"), Text::tr("Version number (default: newest)."), Text::tr("N"));
    const QCommandLineOption labelOption(
        QStringLiteral("label"), Text::tr("The version a label points at."), Text::tr("LABEL"));
    parser.addOptions({versionOption, labelOption});
    parser.addPositionalArgument(QStringLiteral("prompt"), Text::tr("The prompt's name or id."));
    int status = kSuccess;
    auto db = openWorkspace(parser, arguments, QStringLiteral("prompts show"), status);
    if (!db) {
        return status;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(QStringLiteral("prompts show"), Text::tr("name one prompt (by name or id)"));
    }
    PromptRepository repository(*db);
    const std::optional<PromptRecord> prompt =
        findPrompt(repository, parser.positionalArguments().first());
    if (!prompt) {
        return fail(QStringLiteral("prompts show"),
                    Text::tr("no prompt named '%1'").arg(parser.positionalArguments().first()));
    }
    const QList<PromptVersionRecord> versions = repository.versions(prompt->id);
    std::optional<PromptVersionRecord> chosen;
    if (parser.isSet(labelOption)) {
        const auto target = repository.labelTarget(prompt->id, parser.value(labelOption));
        for (const PromptVersionRecord &version : versions) {
            if (target && version.id == *target) {
                chosen = version;
            }
        }
    } else if (parser.isSet(versionOption)) {
        for (const PromptVersionRecord &version : versions) {
            if (version.number == parser.value(versionOption).toInt()) {
                chosen = version;
            }
        }
    } else if (!versions.isEmpty()) {
        chosen = versions.last();
    }
    if (!chosen) {
        return fail(QStringLiteral("prompts show"),
                    Text::tr("'%1' has no such version").arg(prompt->name));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray messages;
        for (const ChatMessage &message : chosen->content.messages) {
            messages.append(QJsonObject {{QStringLiteral("role"), roleName(message.role)},
                                         {QStringLiteral("content"), message.content}});
        }
        printJson(QJsonObject {{QStringLiteral("prompt"), prompt->name},
                               {QStringLiteral("version"), chosen->number},
                               {QStringLiteral("hash"), chosen->contentHash},
                               {QStringLiteral("note"), chosen->note},
                               {QStringLiteral("provider"), chosen->content.providerId},
                               {QStringLiteral("model"), chosen->content.model},
                               {QStringLiteral("parameters"), chosen->content.parameters},
                               {QStringLiteral("messages"), messages}});
        return kSuccess;
    }
    out() << QStringLiteral("%1 v%2  %3 %4\n")
                 .arg(prompt->name)
                 .arg(chosen->number)
                 .arg(chosen->content.providerId, chosen->content.model);
    for (const ChatMessage &message : chosen->content.messages) {
        out() << QStringLiteral("\n[%1]\n%2\n").arg(roleName(message.role), message.content);
    }
    out().flush();
    return kSuccess;
}

int runsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List runs, newest first."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Text::tr("At most N runs (default 50)."), Text::tr("N"),
                                         QStringLiteral("50"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"), Text::tr("Only runs with this status (complete, failed, …)."),
        Text::tr("STATUS"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         Text::tr("Only runs of this model."), Text::tr("MODEL"));
    parser.addOptions({limitOption, statusOption, modelOption});
    int status = kSuccess;
    auto db = openWorkspace(parser, arguments, QStringLiteral("runs list"), status);
    if (!db) {
        return status;
    }
    RunsTableModel model(*db);
    model.setFilter(
        {std::nullopt, parser.value(modelOption), parser.value(statusOption), {}, {}, {}, {}});
    const int limit = qMax(1, parser.value(limitOption).toInt());
    while (model.rowCount() < limit && model.canFetchMore({})) {
        model.fetchMore({});
    }
    QJsonArray json;
    for (int row = 0; row < qMin(limit, model.rowCount()); ++row) {
        QStringList cells;
        QJsonObject object {{QStringLiteral("id"),
                             model.index(row, 0).data(RunsTableModel::RunIdRole).toLongLong()}};
        for (int column = 0; column < RunsTableModel::ColumnCount; ++column) {
            const QVariant value = model.index(row, column).data();
            cells << value.toString();
            object.insert(model.headerData(column, Qt::Horizontal)
                              .toString()
                              .toLower()
                              .replace(QLatin1Char(' '), QLatin1Char('_')),
                          QJsonValue::fromVariant(value));
        }
        json.append(object);
        if (!parser.isSet(QStringLiteral("json"))) {
            out() << object.value(QStringLiteral("id")).toInteger() << QLatin1Char('\t')
                  << cells.join(QLatin1Char('\t')) << QLatin1Char('\n');
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(json);
    }
    out().flush();
    return kSuccess;
}

int runsShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Show one run: request (secrets redacted), reply, error, figures."));
    parser.addPositionalArgument(QStringLiteral("id"), Text::tr("The run's id."));
    int status = kSuccess;
    auto db = openWorkspace(parser, arguments, QStringLiteral("runs show"), status);
    if (!db) {
        return status;
    }
    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral(
        "SELECT id, provider_id, model, status, started_at, request, reply_text, "
        "reasoning_text, finish_reason, error_phase, error_kind, error_message, "
        "input_tokens, output_tokens, first_token_ms, end_ms FROM runs WHERE id = ?"));
    query.addBindValue(parser.positionalArguments().value(0).toLongLong());
    if (!query.exec() || !query.next()) {
        return fail(QStringLiteral("runs show"),
                    Text::tr("no run %1").arg(parser.positionalArguments().value(0)));
    }
    QJsonObject run;
    for (const char *name :
         {"id", "provider_id", "model", "status", "started_at", "request", "reply_text",
          "reasoning_text", "finish_reason", "error_phase", "error_kind", "error_message",
          "input_tokens", "output_tokens", "first_token_ms", "end_ms"}) {
        const QVariant value = query.value(QString::fromLatin1(name));
        run.insert(QLatin1String(name),
                   QString::fromLatin1(name) == QLatin1String("request")
                       ? QJsonValue(QJsonDocument::fromJson(value.toByteArray()).object())
                       : QJsonValue::fromVariant(value));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(run);
        return kSuccess;
    }
    out() << QStringLiteral("run %1  %2/%3  %4  started %5\n")
                 .arg(run.value(QStringLiteral("id")).toInteger())
                 .arg(run.value(QStringLiteral("provider_id")).toString(),
                      run.value(QStringLiteral("model")).toString(),
                      run.value(QStringLiteral("status")).toString(),
                      QDateTime::fromMSecsSinceEpoch(
                          run.value(QStringLiteral("started_at")).toInteger())
                          .toString(Qt::ISODate));
    if (!run.value(QStringLiteral("error_kind")).toString().isEmpty()) {
        out() << QStringLiteral("error: %1 (%2): %3\n")
                     .arg(run.value(QStringLiteral("error_kind")).toString(),
                          run.value(QStringLiteral("error_phase")).toString(),
                          run.value(QStringLiteral("error_message")).toString());
    }
    out() << QStringLiteral("\n") << run.value(QStringLiteral("reply_text")).toString()
          << QStringLiteral("\n");
    out().flush();
    return kSuccess;
}

int runsSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Full-text search in the replies of runs (3+ characters)."));
    parser.addPositionalArgument(QStringLiteral("text"), Text::tr("What to look for."));
    int status = kSuccess;
    auto db = openWorkspace(parser, arguments, QStringLiteral("runs search"), status);
    if (!db) {
        return status;
    }
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.size() < 3) {
        return fail(QStringLiteral("runs search"), Text::tr("search for at least 3 characters"));
    }
    SearchResultsModel results(*db);
    results.setQuery(text);
    QJsonArray json;
    for (int row = 0; row < results.rowCount(); ++row) {
        const QModelIndex hit = results.index(row);
        if (hit.data(SearchResultsModel::KindRole).toString() != QLatin1String("run")) {
            continue;
        }
        const qint64 id = hit.data(SearchResultsModel::IdRole).toLongLong();
        const QString snippet = hit.data(SearchResultsModel::SnippetRole).toString();
        json.append(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("snippet"), snippet}});
        if (!parser.isSet(QStringLiteral("json"))) {
            out() << id << QLatin1Char('\t') << snippet.simplified() << QLatin1Char('\n');
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(json);
    }
    out().flush();
    return kSuccess;
}

int dispatch(const QString &group, const QStringList &arguments,
             const QList<std::pair<QString, int (*)(const QStringList &)>> &subcommands)
{
    const QString name = arguments.value(1);
    for (const auto &[subcommand, run] : subcommands) {
        if (subcommand == name) {
            QStringList own = arguments.mid(2);
            own.prepend(QStringLiteral("pwb %1 %2").arg(group, name));
            return run(own);
        }
    }
    QStringList names;
    for (const auto &entry : subcommands) {
        names << entry.first;
    }
    return fail(
        group,
        name.isEmpty()
            ? Text::tr("say what to do: %1").arg(names.join(QLatin1Char('|')))
            : Text::tr("unknown subcommand '%1' (%2)").arg(name, names.join(QLatin1Char('|'))));
}

} // namespace

int runPrompts(const QStringList &arguments)
{
    return dispatch(QStringLiteral("prompts"), arguments,
                    {{QStringLiteral("list"), promptsList}, {QStringLiteral("show"), promptsShow}});
}

int runRuns(const QStringList &arguments)
{
    return dispatch(QStringLiteral("runs"), arguments,
                    {{QStringLiteral("list"), runsList},
                     {QStringLiteral("show"), runsShow},
                     {QStringLiteral("search"), runsSearch},
                     {QStringLiteral("code"), runRunsCode}});
}

} // namespace pwb::cli
