#include "export/PromptMarkdownFormat.h"

#include "export/FrontMatter.h"
#include "export/YamlReader.h"
#include "export/YamlWriter.h"

#include <QRegularExpression>

namespace pwb {

namespace {

QString fenceFor(const QString &content)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : content) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), u'`');
}

void writeFrontMatter(const PromptFile &file, YamlWriter &yaml)
{
    const PromptContent &content = file.content;
    yaml.text(0, QStringLiteral("name"), file.name);
    if (!file.description.isEmpty()) {
        yaml.text(0, QStringLiteral("description"), file.description);
    }
    if (!file.folderPath.isEmpty()) {
        yaml.text(0, QStringLiteral("folder"), file.folderPath);
    }
    if (!file.tags.isEmpty()) {
        yaml.list(0, QStringLiteral("tags"), file.tags);
    }
    if (file.version > 0) {
        yaml.json(0, QStringLiteral("version"), file.version);
    }
    if (!file.note.isEmpty()) {
        yaml.text(0, QStringLiteral("note"), file.note);
    }
    if (!file.labels.isEmpty()) {
        yaml.list(0, QStringLiteral("labels"), file.labels);
    }
    if (!content.providerId.isEmpty()) {
        yaml.text(0, QStringLiteral("provider"), content.providerId);
    }
    if (!content.model.isEmpty()) {
        yaml.text(0, QStringLiteral("model"), content.model);
    }
    if (!content.parameters.isEmpty()) {
        yaml.json(0, QStringLiteral("parameters"), content.parameters);
    }
    if (!content.variables.isEmpty()) {
        yaml.open(0, QStringLiteral("variables"));
        for (const VariableDefinition &variable : content.variables) {
            yaml.open(2, variable.name);
            yaml.text(4, QStringLiteral("default"), variable.defaultValue);
            if (!variable.description.isEmpty()) {
                yaml.text(4, QStringLiteral("description"), variable.description);
            }
        }
    }
}

void readFrontMatter(YamlMap &top, PromptFile &file)
{
    const YamlReader &reader = top.reader();
    file.name = top.text(QStringLiteral("name")).value_or(QString());
    file.description = top.text(QStringLiteral("description")).value_or(QString());
    file.folderPath = top.text(QStringLiteral("folder")).value_or(QString());
    file.tags = top.texts(QStringLiteral("tags"));
    const YAML::Node version = top.take(QStringLiteral("version"));
    if (version.IsDefined() && !version.IsNull()) {
        if (const std::optional<int> number = YamlReader::versionNumber(version)) {
            file.version = *number;
        } else {
            reader.error(version, QStringLiteral("version"),
                         PromptMarkdownFormat::tr("a version is a whole number from 1"));
        }
    }
    file.note = top.text(QStringLiteral("note")).value_or(QString());
    file.labels = top.texts(QStringLiteral("labels"));
    file.content.providerId = top.text(QStringLiteral("provider")).value_or(QString());
    file.content.model = top.text(QStringLiteral("model")).value_or(QString());
    if (const auto parameters = top.map(QStringLiteral("parameters"))) {
        file.content.parameters = YamlReader::toJson(*parameters).toObject();
    }
    if (const auto variables = top.map(QStringLiteral("variables"))) {
        for (auto it = variables->begin(); it != variables->end(); ++it) {
            const QString name = YamlReader::text(it->first);
            const QString field = QStringLiteral("variables.%1").arg(name);
            VariableDefinition variable {name, {}, {}};
            if (it->second.IsMap()) {
                YamlMap settings(reader, it->second, field);
                variable.defaultValue =
                    settings.text(QStringLiteral("default")).value_or(QString());
                variable.description =
                    settings.text(QStringLiteral("description")).value_or(QString());
                settings.reportUnknown(QStringLiteral("default, description"));
            } else if (!it->second.IsNull()) {
                reader.error(it->second, field,
                             PromptMarkdownFormat::tr("default and description were expected"));
            }
            file.content.variables.append(variable);
        }
    }
    top.reportUnknown(QStringLiteral("name, description, folder, tags, version, note, labels, "
                                     "provider, model, parameters, variables"));
}

void readMessages(const FrontMatter &parts, ReadLog &log, PromptFile &file)
{
    static const QRegularExpression heading(QStringLiteral("^##\\s+(system|user|assistant)\\s*$"));
    static const QRegularExpression openingFence(QStringLiteral("^(`{3,})[^`]*$"));
    const QStringList lines = parts.body.split(u'\n');
    qsizetype i = 0;
    const auto lineNumber = [&](qsizetype index) { return parts.bodyFirstLine + int(index); };
    const auto skipBlank = [&] {
        while (i < lines.size() && lines.at(i).trimmed().isEmpty()) {
            ++i;
        }
    };
    while (true) {
        skipBlank();
        if (i >= lines.size()) {
            return;
        }
        const QRegularExpressionMatch role = heading.match(lines.at(i));
        if (!role.hasMatch()) {
            log.error(lineNumber(i), 1, {},
                      PromptMarkdownFormat::tr("a message starts with a heading '## system', "
                                               "'## user' or '## assistant'; its text goes in "
                                               "the fenced block below it"));
            return;
        }
        const int headingLine = lineNumber(i);
        ++i;
        skipBlank();
        const QRegularExpressionMatch fence =
            i < lines.size() ? openingFence.match(lines.at(i)) : QRegularExpressionMatch();
        if (!fence.hasMatch()) {
            log.error(i < lines.size() ? lineNumber(i) : headingLine, 1, {},
                      PromptMarkdownFormat::tr("the text of the %1 message goes in a fenced "
                                               "block (```) after its heading")
                          .arg(role.captured(1)));
            return;
        }
        const int fenceLine = lineNumber(i);
        const qsizetype width = fence.captured(1).size();
        ++i;
        QStringList text;
        bool closed = false;
        for (; i < lines.size(); ++i) {
            const QString trimmed = lines.at(i).trimmed();
            if (trimmed.size() >= width && trimmed.count(u'`') == trimmed.size() &&
                !lines.at(i).startsWith(QLatin1String("    "))) {
                closed = true;
                ++i;
                break;
            }
            text.append(lines.at(i));
        }
        if (!closed) {
            log.error(fenceLine, 1, {},
                      PromptMarkdownFormat::tr("the fenced block of the %1 message is not "
                                               "closed (a line of %2 backticks)")
                          .arg(role.captured(1))
                          .arg(width));
            return;
        }
        file.content.messages.append(
            {PromptContent::roleFromName(role.captured(1)), text.join(u'\n')});
    }
}

} // namespace

Result<QByteArray> PromptMarkdownFormat::write(const PromptFile &file)
{
    YamlWriter yaml;
    writeFrontMatter(file, yaml);
    QString text = QLatin1String("---\n") + yaml.result() + QLatin1String("---\n");
    for (const ChatMessage &message : file.content.messages) {
        const QString fence = fenceFor(message.content);
        text += QLatin1String("\n## ") + PromptContent::roleName(message.role) +
            QLatin1String("\n\n") + fence + u'\n' + message.content + u'\n' + fence + u'\n';
    }
    return text.toUtf8();
}

PromptFileReadResult PromptMarkdownFormat::read(const QByteArray &data, const QString &fileName)
{
    ReadLog log(fileName);
    const FrontMatter parts = FrontMatter::split(QString::fromUtf8(data));
    if (!parts.found) {
        log.error(1, 1, {}, tr("a Markdown prompt starts with a line '---' and YAML front matter"));
        return log.fail();
    }
    if (parts.closingLine == 0) {
        log.error(1, 1, {}, tr("the front matter has no closing line '---'"));
        return log.fail();
    }
    PromptFile file;
    YamlReader reader(log, parts.yamlFirstLine);
    const std::optional<YAML::Node> root = reader.load(parts.yaml);
    if (root) {
        YamlMap top(reader, *root, {});
        readFrontMatter(top, file);
    }
    // The messages' problems are found even when the front matter is broken.
    readMessages(parts, log, file);
    if (!root) {
        return log.fail();
    }
    return log.finish(std::move(file));
}

} // namespace pwb
