#include "storage/SampleWorkspace.h"

#include "prompts/PromptParameters.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/SampleDatasets.h"
#include "storage/SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pwb {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

// PromptContent from its JSON shape (PromptContent::canonicalJson), or the reason it is not one.
Result<PromptContent> contentFromJson(const QJsonObject &json)
{
    using R = Result<PromptContent>;
    PromptContent content;
    const QJsonArray messages = json.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty()) {
        return R::failure(SampleWorkspace::tr("it has no messages"));
    }
    for (const QJsonValue &value : messages) {
        const QString role = value.toObject().value(QLatin1String("role")).toString();
        if (role != QLatin1String("system") && role != QLatin1String("user") &&
            role != QLatin1String("assistant")) {
            return R::failure(SampleWorkspace::tr("\"%1\" is not a message role").arg(role));
        }
    }
    content.messages = PromptContent::messagesFromJson(QJsonDocument(messages).toJson());
    content.parameters = json.value(QLatin1String("parameters")).toObject();
    if (const QList<ParameterProblem> problems = PromptParameters::check(content.parameters);
        !problems.isEmpty()) {
        return R::failure(problems.first().message);
    }
    content.variables = PromptContent::variablesFromJson(
        QJsonDocument(json.value(QLatin1String("variables")).toArray()).toJson());
    content.providerId = json.value(QLatin1String("provider")).toString();
    content.model = json.value(QLatin1String("model")).toString();
    return content;
}

Result<SampleWorkspace::Prompt> promptFromFile(const QString &path)
{
    using R = Result<SampleWorkspace::Prompt>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(
            SampleWorkspace::tr("Cannot read the sample %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return R::failure(SampleWorkspace::tr("The sample %1 is not valid JSON (line %2): %3")
                              .arg(path)
                              .arg(bytes.first(parseError.offset).count('\n') + 1)
                              .arg(parseError.errorString()));
    }
    SampleWorkspace::Prompt prompt;
    prompt.name = json.value(QLatin1String("name")).toString().trimmed();
    prompt.folder = json.value(QLatin1String("folder")).toString().trimmed();
    prompt.description = json.value(QLatin1String("description")).toString();
    prompt.tags = stringList(json.value(QLatin1String("tags")));
    const QJsonArray versions = json.value(QLatin1String("versions")).toArray();
    if (prompt.name.isEmpty() || versions.isEmpty()) {
        return R::failure(
            SampleWorkspace::tr("The sample %1 needs a name and at least one version").arg(path));
    }
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QJsonObject version = versions.at(i).toObject();
        const Result<PromptContent> content =
            contentFromJson(version.value(QLatin1String("content")).toObject());
        if (!content) {
            return R::failure(SampleWorkspace::tr("The sample %1, version %2: %3")
                                  .arg(path)
                                  .arg(i + 1)
                                  .arg(content.error()));
        }
        prompt.versions.append({version.value(QLatin1String("note")).toString(),
                                stringList(version.value(QLatin1String("labels"))),
                                content.value()});
    }
    return prompt;
}

// The id of the top-level folder `name`, created when missing (an empty workspace may still
// have folders).
Result<qint64> topLevelFolder(Database &database, PromptRepository &repository, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT id FROM folders WHERE parent_id IS NULL AND name = ? LIMIT 1"));
    query.addBindValue(name);
    if (query.exec() && query.next()) {
        return query.value(0).toLongLong();
    }
    return repository.createFolder(name);
}

} // namespace

Result<QList<SampleWorkspace::Prompt>> SampleWorkspace::load(const QString &directory)
{
    using R = Result<QList<Prompt>>;
    const QDir dir(directory);
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty()) {
        return R::failure(tr("There are no samples in %1").arg(directory));
    }
    QList<Prompt> prompts;
    for (const QString &name : files) {
        Result<Prompt> prompt = promptFromFile(dir.filePath(name));
        if (!prompt) {
            return R::failure(prompt.error());
        }
        prompts.append(std::move(prompt).value());
    }
    return prompts;
}

Result<void> SampleWorkspace::seed(Database &database, const QString &directory,
                                   const QString &datasetDirectory)
{
    const auto failure = [](const QString &error) {
        return Result<void>::failure(tr("Cannot add the sample prompts: %1").arg(error));
    };
    SqlTransaction transaction(database.connection());
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM prompts)")) || !query.next()) {
        return failure(query.lastError().text());
    }
    if (query.value(0).toBool()) {
        return {}; // not a new workspace: leave it as it is
    }
    query.finish();

    const Result<QList<Prompt>> samples = load(directory);
    if (!samples) {
        return failure(samples.error());
    }
    PromptRepository repository(database);
    QHash<QString, qint64> folders;
    for (const Prompt &sample : samples.value()) {
        std::optional<qint64> folderId;
        if (!sample.folder.isEmpty()) {
            if (!folders.contains(sample.folder)) {
                const Result<qint64> folder = topLevelFolder(database, repository, sample.folder);
                if (!folder) {
                    return failure(folder.error());
                }
                folders.insert(sample.folder, folder.value());
            }
            folderId = folders.value(sample.folder);
        }
        const Result<qint64> promptId =
            repository.createPrompt(sample.name, folderId, sample.description);
        if (!promptId) {
            return failure(promptId.error());
        }
        if (const Result<void> tagged = repository.setTags(promptId.value(), sample.tags);
            !tagged) {
            return failure(tagged.error());
        }
        for (const Version &version : sample.versions) {
            const Result<PromptRepository::SaveOutcome> saved =
                repository.saveVersion(promptId.value(), version.content, version.note);
            if (!saved) {
                return failure(saved.error());
            }
            for (const QString &label : version.labels) {
                const Result<void> labelled =
                    repository.setLabel(promptId.value(), label, saved->version.id);
                if (!labelled) {
                    return failure(labelled.error());
                }
            }
        }
    }
    if (const Result<void> datasets = SampleDatasets::seed(database, datasetDirectory); !datasets) {
        return failure(datasets.error());
    }
    if (const Result<void> committed = transaction.commit(); !committed) {
        return failure(committed.error());
    }
    return {};
}

} // namespace pwb
