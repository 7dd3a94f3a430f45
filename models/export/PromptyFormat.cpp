#include "export/PromptyFormat.h"

#include "export/FrontMatter.h"
#include "export/JinjaCheck.h"
#include "export/YamlReader.h"
#include "export/YamlWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace pwb {

namespace {

const QRegularExpression &roleMarker()
{
    // Prompty's own rule: optional '#', a role, optional [attributes], ':' alone on the line.
    static const QRegularExpression marker(
        QStringLiteral("^\\s*#?\\s*(system|user|assistant|developer|function|tool)"
                       "(\\[[^\\]]*\\])?\\s*:\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return marker;
}

QString messageName(int index, const ChatMessage &message)
{
    return PromptyFormat::tr("message %1 (%2)")
        .arg(index + 1)
        .arg(PromptContent::roleName(message.role));
}

void writeFrontMatter(const PromptFile &file, YamlWriter &yaml)
{
    const PromptContent &content = file.content;
    yaml.text(0, QStringLiteral("name"), file.name);
    if (!file.description.isEmpty()) {
        yaml.text(0, QStringLiteral("description"), file.description);
    }
    if (file.version > 0) {
        yaml.json(0, QStringLiteral("version"), file.version);
    }
    if (!file.tags.isEmpty()) {
        yaml.list(0, QStringLiteral("tags"), file.tags);
    }
    QJsonObject promptyParameters;
    QJsonObject ownParameters;
    for (auto it = content.parameters.begin(); it != content.parameters.end(); ++it) {
        if (!PromptyFormat::promptyParameters().contains(it.key())) {
            ownParameters.insert(it.key(), it.value());
        } else if (it.key() == QLatin1String("response_format") && it.value().isString()) {
            // The OpenAI shape Prompty passes on: {type: json_object}.
            promptyParameters.insert(it.key(), QJsonObject {{QStringLiteral("type"), it.value()}});
        } else {
            promptyParameters.insert(it.key(), it.value());
        }
    }
    yaml.open(0, QStringLiteral("model"));
    yaml.text(2, QStringLiteral("api"), QStringLiteral("chat"));
    if (!content.providerId.isEmpty() || !content.model.isEmpty()) {
        yaml.open(2, QStringLiteral("configuration"));
        if (!content.providerId.isEmpty()) {
            yaml.text(4, QStringLiteral("type"), content.providerId);
        }
        if (!content.model.isEmpty()) {
            yaml.text(4, QStringLiteral("name"), content.model);
        }
    }
    if (!promptyParameters.isEmpty()) {
        yaml.json(2, QStringLiteral("parameters"), promptyParameters);
    }
    if (!content.variables.isEmpty()) {
        yaml.open(0, QStringLiteral("inputs"));
        for (const VariableDefinition &variable : content.variables) {
            yaml.open(2, variable.name);
            yaml.text(4, QStringLiteral("type"), QStringLiteral("string"));
            yaml.text(4, QStringLiteral("default"), variable.defaultValue);
            if (!variable.description.isEmpty()) {
                yaml.text(4, QStringLiteral("description"), variable.description);
            }
        }
        yaml.open(0, QStringLiteral("sample"));
        for (const VariableDefinition &variable : content.variables) {
            yaml.text(2, variable.name, variable.defaultValue);
        }
    }
    yaml.text(0, QStringLiteral("template"), QStringLiteral("mustache"));
    if (!file.folderPath.isEmpty() || !file.note.isEmpty() || !file.labels.isEmpty() ||
        !ownParameters.isEmpty()) {
        yaml.comment(0, QStringLiteral("Prompt Workbench's own keys (docs/PROMPT-FILES.md)"));
        yaml.open(0, QStringLiteral("pwb"));
        if (!file.folderPath.isEmpty()) {
            yaml.text(2, QStringLiteral("folder"), file.folderPath);
        }
        if (!file.note.isEmpty()) {
            yaml.text(2, QStringLiteral("note"), file.note);
        }
        if (!file.labels.isEmpty()) {
            yaml.list(2, QStringLiteral("labels"), file.labels);
        }
        if (!ownParameters.isEmpty()) {
            yaml.json(2, QStringLiteral("parameters"), ownParameters);
        }
    }
}

// What the front matter says about the template: true when it is Jinja (Prompty's default).
bool readTemplate(YamlMap &top)
{
    const YamlReader &reader = top.reader();
    const YAML::Node node = top.take(QStringLiteral("template"));
    if (!node.IsDefined() || node.IsNull()) {
        return true;
    }
    QString format;
    if (node.IsScalar()) {
        format = YamlReader::text(node);
    } else if (node.IsMap()) {
        YamlMap settings(reader, node, QStringLiteral("template"));
        format = settings.text(QStringLiteral("format")).value_or(QStringLiteral("jinja2"));
        const QString parser = settings.text(QStringLiteral("parser")).value_or(QString());
        if (!parser.isEmpty() && parser != QLatin1String("prompty")) {
            reader.error(node, QStringLiteral("template.parser"),
                         PromptyFormat::tr("only the prompty parser (role markers) is supported, "
                                           "not \"%1\"")
                             .arg(parser));
        }
        settings.reportUnknown(QStringLiteral("format, parser"));
    } else {
        reader.error(node, QStringLiteral("template"),
                     PromptyFormat::tr("mustache, jinja2 or {format: …} was expected"));
        return false;
    }
    if (format == QLatin1String("mustache")) {
        return false;
    }
    if (format != QLatin1String("jinja2") && format != QLatin1String("jinja")) {
        reader.error(node, QStringLiteral("template"),
                     PromptyFormat::tr("the template format \"%1\" is not supported (mustache or "
                                       "jinja2)")
                         .arg(format));
        return false;
    }
    return true;
}

void readModel(YamlMap &top, PromptFile &file)
{
    const YamlReader &reader = top.reader();
    const std::optional<YAML::Node> modelNode = top.map(QStringLiteral("model"));
    if (!modelNode) {
        return;
    }
    YamlMap model(reader, *modelNode, QStringLiteral("model"));
    const YAML::Node apiNode = model.take(QStringLiteral("api"));
    if (apiNode.IsDefined() && YamlReader::text(apiNode) != QLatin1String("chat")) {
        reader.warning(
            apiNode, QStringLiteral("model.api"),
            PromptyFormat::tr("\"%1\": imported as a chat prompt").arg(YamlReader::text(apiNode)));
    }
    if (const auto configurationNode = model.map(QStringLiteral("configuration"))) {
        YamlMap configuration(reader, *configurationNode, QStringLiteral("model.configuration"));
        file.content.providerId = configuration.text(QStringLiteral("type")).value_or(QString());
        file.content.model = configuration.text(QStringLiteral("name")).value_or(QString());
        if (file.content.model.isEmpty()) {
            file.content.model =
                configuration.text(QStringLiteral("azure_deployment")).value_or(QString());
        }
        for (const QString &key : configuration.keys()) {
            if (key != QLatin1String("type") && key != QLatin1String("name") &&
                key != QLatin1String("azure_deployment")) {
                const YAML::Node value = configuration.take(key);
                reader.warning(value, configuration.field(key),
                               PromptyFormat::tr("not kept: endpoints and keys are the "
                                                 "settings of a provider in the app"));
            }
        }
    }
    if (const auto parametersNode = model.map(QStringLiteral("parameters"))) {
        QJsonObject parameters = YamlReader::toJson(*parametersNode).toObject();
        const QJsonValue format = parameters.value(QLatin1String("response_format"));
        if (format.isObject()) {
            const QJsonObject shape = format.toObject();
            parameters.insert(QStringLiteral("response_format"),
                              shape.value(QLatin1String("type")));
            const QJsonValue schema =
                shape.value(QLatin1String("json_schema")).toObject().value(QLatin1String("schema"));
            if (schema.isObject() && !parameters.contains(QLatin1String("json_schema"))) {
                parameters.insert(QStringLiteral("json_schema"), schema);
            }
        }
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            file.content.parameters.insert(it.key(), it.value());
        }
    }
    model.reportUnknown(QStringLiteral("api, configuration, parameters"));
}

void readInputs(YamlMap &top, PromptFile &file)
{
    const YamlReader &reader = top.reader();
    QHash<QString, QString> samples;
    if (const auto sampleNode = top.take(QStringLiteral("sample")); sampleNode.IsMap()) {
        for (auto it = sampleNode.begin(); it != sampleNode.end(); ++it) {
            samples.insert(YamlReader::text(it->first), YamlReader::text(it->second));
        }
    } else if (sampleNode.IsDefined() && !sampleNode.IsNull()) {
        reader.warning(sampleNode, QStringLiteral("sample"),
                       PromptyFormat::tr("only a mapping of input values is read; ignored"));
    }
    const std::optional<YAML::Node> inputs = top.map(QStringLiteral("inputs"));
    if (!inputs) {
        return;
    }
    for (auto it = inputs->begin(); it != inputs->end(); ++it) {
        const QString name = YamlReader::text(it->first);
        const QString field = QStringLiteral("inputs.%1").arg(name);
        VariableDefinition variable {name, samples.value(name), {}};
        if (it->second.IsMap()) {
            YamlMap input(reader, it->second, field);
            const std::optional<QString> type = input.text(QStringLiteral("type"));
            if (type && *type != QLatin1String("string")) {
                reader.warning(it->second, field + QLatin1String(".type"),
                               PromptyFormat::tr("\"%1\": variables are texts; the default is "
                                                 "kept as written")
                                   .arg(*type));
            }
            const YAML::Node defaultNode = input.take(QStringLiteral("default"));
            if (defaultNode.IsScalar()) {
                variable.defaultValue = YamlReader::text(defaultNode);
            } else if (defaultNode.IsDefined() && !defaultNode.IsNull()) {
                reader.error(defaultNode, field + QLatin1String(".default"),
                             PromptyFormat::tr("a default is a text"));
            }
            variable.description = input.text(QStringLiteral("description")).value_or(QString());
            input.reportUnknown(QStringLiteral("type, default, description"));
        } else if (it->second.IsScalar()) {
            // The short form `name: value` some files use.
            variable.defaultValue = YamlReader::text(it->second);
        } else if (!it->second.IsNull()) {
            reader.error(it->second, field,
                         PromptyFormat::tr("type, default and description "
                                           "were expected"));
        }
        file.content.variables.append(variable);
    }
}

void readExtension(YamlMap &top, PromptFile &file)
{
    const std::optional<YAML::Node> node = top.map(QStringLiteral("pwb"));
    if (!node) {
        return;
    }
    YamlMap own(top.reader(), *node, QStringLiteral("pwb"));
    file.folderPath = own.text(QStringLiteral("folder")).value_or(QString());
    file.note = own.text(QStringLiteral("note")).value_or(QString());
    file.labels = own.texts(QStringLiteral("labels"));
    if (const auto parameters = own.map(QStringLiteral("parameters"))) {
        const QJsonObject extra = YamlReader::toJson(*parameters).toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            file.content.parameters.insert(it.key(), it.value());
        }
    }
    own.reportUnknown(QStringLiteral("folder, note, labels, parameters"));
}

void readBody(const FrontMatter &parts, bool jinja, ReadLog &log, PromptFile &file)
{
    const QStringList lines = parts.body.split(u'\n');
    struct Section
    {
        int markerLine = 0; // 0: text before any marker
        QString role;
        QStringList lines;
    };
    QList<Section> sections {{}};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = roleMarker().match(lines.at(i));
        if (match.hasMatch()) {
            const int line = parts.bodyFirstLine + int(i);
            sections.append({line, match.captured(1).toLower(), {}});
            if (!match.captured(2).isEmpty()) {
                log.warning(
                    line, 0, {},
                    PromptyFormat::tr("role attributes %1 are not kept").arg(match.captured(2)));
            }
        } else {
            sections.last().lines.append(lines.at(i));
        }
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &section = sections.at(i);
        // Prompty trims each message; blank lines only separate them.
        const QString text = section.lines.join(u'\n').trimmed();
        if (section.markerLine == 0) {
            if (!text.isEmpty()) {
                log.warning(parts.bodyFirstLine, 0, {},
                            PromptyFormat::tr("text before the first role marker is read as a "
                                              "system message, as Prompty does"));
                file.content.messages.append({ChatMessage::Role::System, text});
            }
            continue;
        }
        ChatMessage::Role role = ChatMessage::Role::User;
        if (section.role == QLatin1String("system")) {
            role = ChatMessage::Role::System;
        } else if (section.role == QLatin1String("assistant")) {
            role = ChatMessage::Role::Assistant;
        } else if (section.role == QLatin1String("developer")) {
            role = ChatMessage::Role::System;
            log.warning(section.markerLine, 1, {},
                        PromptyFormat::tr("a developer message is imported as a system "
                                          "message"));
        } else if (section.role != QLatin1String("user")) {
            log.error(section.markerLine, 1, {},
                      PromptyFormat::tr("%1 messages are not supported (system, user and "
                                        "assistant are)")
                          .arg(section.role));
        }
        file.content.messages.append({role, text});
    }
    if (jinja) {
        JinjaCheck::check(parts.body, parts.bodyFirstLine, {}, log);
    }
}

} // namespace

QStringList PromptyFormat::promptyParameters()
{
    return {QStringLiteral("temperature"), QStringLiteral("top_p"),
            QStringLiteral("max_tokens"),  QStringLiteral("stop"),
            QStringLiteral("seed"),        QStringLiteral("response_format")};
}

bool PromptyFormat::isRoleMarker(const QString &line)
{
    return roleMarker().match(line).hasMatch();
}

Result<QByteArray> PromptyFormat::write(const PromptFile &file)
{
    for (qsizetype i = 0; i < file.content.messages.size(); ++i) {
        const ChatMessage &message = file.content.messages.at(i);
        if (message.content != message.content.trimmed()) {
            return Result<QByteArray>::failure(
                tr("\"%1\": %2 begins or ends with spaces or blank lines, which Prompty removes; "
                   "export it as JSON or Markdown, which keep any text")
                    .arg(file.name, messageName(int(i), message)));
        }
        for (const QString &line : message.content.split(u'\n')) {
            if (isRoleMarker(line)) {
                return Result<QByteArray>::failure(
                    tr("\"%1\": %2 has the line \"%3\", which Prompty reads as the start of "
                       "another message; export it as JSON or Markdown")
                        .arg(file.name, messageName(int(i), message), line));
            }
        }
    }
    YamlWriter yaml;
    writeFrontMatter(file, yaml);
    QString text = QLatin1String("---\n") + yaml.result() + QLatin1String("---\n");
    QStringList sections;
    for (const ChatMessage &message : file.content.messages) {
        sections.append(PromptContent::roleName(message.role) + QLatin1String(":\n") +
                        message.content + u'\n');
    }
    text += sections.join(u'\n');
    return text.toUtf8();
}

PromptFileReadResult PromptyFormat::read(const QByteArray &data, const QString &fileName)
{
    ReadLog log(fileName);
    const FrontMatter parts = FrontMatter::split(QString::fromUtf8(data));
    if (!parts.found) {
        log.error(1, 1, {}, tr("a .prompty file starts with a line '---' and YAML front matter"));
        return log.fail();
    }
    if (parts.closingLine == 0) {
        log.error(1, 1, {}, tr("the front matter has no closing line '---'"));
        return log.fail();
    }
    PromptFile file;
    bool jinja = true;
    YamlReader reader(log, parts.yamlFirstLine);
    const std::optional<YAML::Node> root = reader.load(parts.yaml);
    if (root) {
        YamlMap top(reader, *root, {});
        file.name = top.text(QStringLiteral("name")).value_or(QString());
        file.description = top.text(QStringLiteral("description")).value_or(QString());
        const YAML::Node version = top.take(QStringLiteral("version"));
        if (version.IsDefined() && !version.IsNull()) {
            if (const std::optional<int> number = YamlReader::versionNumber(version)) {
                file.version = *number;
            } else {
                reader.warning(version, QStringLiteral("version"),
                               tr("\"%1\" is not kept: the workspace numbers versions")
                                   .arg(YamlReader::text(version)));
            }
        }
        if (top.has(QStringLiteral("authors"))) {
            reader.warning(top.keyNode(QStringLiteral("authors")), QStringLiteral("authors"),
                           tr("not kept: the workspace has no authors"));
            top.take(QStringLiteral("authors"));
        }
        file.tags = top.texts(QStringLiteral("tags"));
        readModel(top, file);
        readInputs(top, file);
        jinja = readTemplate(top);
        readExtension(top, file);
        top.reportUnknown(QStringLiteral("name, description, version, authors, tags, model, "
                                         "inputs, sample, template, pwb"));
    }
    // The body's problems are found even when the front matter is broken.
    readBody(parts, jinja, log, file);
    if (!root) {
        return log.fail();
    }
    return log.finish(std::move(file));
}

} // namespace pwb
