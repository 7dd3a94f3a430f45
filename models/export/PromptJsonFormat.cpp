#include "export/PromptJsonFormat.h"

#include "export/ReadLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pwb {

namespace {

// QJsonDocument sorts keys; a file people diff reads better in a fixed order, so the top level
// is written by hand and only the values by Qt.
QString valueText(const QJsonValue &value)
{
    QByteArray json;
    if (value.isObject()) {
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    } else if (value.isArray()) {
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    } else {
        json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        json = json.mid(1, json.size() - 2);
    }
    QString text = QString::fromUtf8(json).trimmed();
    text.replace(u'\n', QLatin1String("\n    "));
    return text;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

class JsonFields
{
public:
    explicit JsonFields(ReadLog &log)
        : m_log(log)
    { }

    QString text(const QJsonObject &object, const QString &key, const QString &path,
                 bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                m_log.error(0, 0, path, PromptJsonFormat::tr("missing (a text)"));
            }
            return {};
        }
        if (!value.isString()) {
            wrongType(path, value, PromptJsonFormat::tr("a text"));
            return {};
        }
        return value.toString();
    }

    QStringList texts(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isArray()) {
            wrongType(path, value, PromptJsonFormat::tr("a list of texts"));
            return {};
        }
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                wrongType(QStringLiteral("%1[%2]").arg(path).arg(i), array.at(i),
                          PromptJsonFormat::tr("a text"));
            } else {
                result.append(array.at(i).toString());
            }
        }
        return result;
    }

    QJsonArray objects(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isArray()) {
            wrongType(path, value, PromptJsonFormat::tr("a list of objects"));
            return {};
        }
        QJsonArray result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                wrongType(QStringLiteral("%1[%2]").arg(path).arg(i), array.at(i),
                          PromptJsonFormat::tr("an object"));
                result.append(QJsonObject());
            } else {
                result.append(array.at(i));
            }
        }
        return result;
    }

    void wrongType(const QString &path, const QJsonValue &value, const QString &expected)
    {
        m_log.error(0, 0, path,
                    PromptJsonFormat::tr("%1 was expected, not %2").arg(expected, typeName(value)));
    }

private:
    ReadLog &m_log;
};

} // namespace

Result<QByteArray> PromptJsonFormat::write(const PromptFile &file)
{
    const PromptContent &content = file.content;
    QJsonArray variables;
    for (const VariableDefinition &variable : content.variables) {
        QJsonObject object {{QStringLiteral("name"), variable.name},
                            {QStringLiteral("default"), variable.defaultValue}};
        if (!variable.description.isEmpty()) {
            object.insert(QStringLiteral("description"), variable.description);
        }
        variables.append(object);
    }
    QJsonArray messages;
    for (const ChatMessage &message : content.messages) {
        messages.append(
            QJsonObject {{QStringLiteral("role"), PromptContent::roleName(message.role)},
                         {QStringLiteral("content"), message.content}});
    }
    const QList<std::pair<QString, QJsonValue>> fields {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("name"), file.name},
        {QStringLiteral("description"), file.description},
        {QStringLiteral("folder"), file.folderPath},
        {QStringLiteral("tags"), QJsonArray::fromStringList(file.tags)},
        {QStringLiteral("version"), file.version > 0 ? QJsonValue(file.version) : QJsonValue()},
        {QStringLiteral("note"), file.note},
        {QStringLiteral("labels"), QJsonArray::fromStringList(file.labels)},
        {QStringLiteral("provider"), content.providerId},
        {QStringLiteral("model"), content.model},
        {QStringLiteral("parameters"), content.parameters},
        {QStringLiteral("variables"), variables},
        {QStringLiteral("messages"), messages},
    };
    QStringList lines;
    for (const auto &[key, value] : fields) {
        lines.append(QLatin1String("    ") + valueText(key) + QLatin1String(": ") +
                     valueText(value));
    }
    return (QLatin1String("{\n") + lines.join(QLatin1String(",\n")) + QLatin1String("\n}\n"))
        .toUtf8();
}

PromptFileReadResult PromptJsonFormat::read(const QByteArray &data, const QString &fileName)
{
    ReadLog log(fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset counts bytes; lines and columns count characters, as editors do.
        const QString before = QString::fromUtf8(data.left(parseError.offset));
        const int line = int(before.count(u'\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
        log.error(line, column, {}, tr("JSON: %1").arg(parseError.errorString()));
        return log.fail();
    }
    if (!document.isObject()) {
        log.error(1, 1, {}, tr("a prompt file is one JSON object"));
        return log.fail();
    }
    const QJsonObject root = document.object();
    JsonFields fields(log);
    if (root.value(QLatin1String("format")).toString() != formatName()) {
        log.error(0, 0, QStringLiteral("format"),
                  tr("\"%1\" was expected: this is not a Prompt Workbench prompt file")
                      .arg(formatName()));
        return log.fail();
    }
    const QJsonValue formatVersion = root.value(QLatin1String("formatVersion"));
    if (!formatVersion.isDouble() || formatVersion.toInteger() < 1) {
        log.error(0, 0, QStringLiteral("formatVersion"), tr("missing (a whole number, 1)"));
    } else if (formatVersion.toInteger() > kFormatVersion) {
        log.error(0, 0, QStringLiteral("formatVersion"),
                  tr("%1 is newer than this version of the app reads (%2): update the app")
                      .arg(formatVersion.toInteger())
                      .arg(kFormatVersion));
        return log.fail();
    }
    PromptFile file;
    file.name = fields.text(root, QStringLiteral("name"), QStringLiteral("name"), true);
    file.description =
        fields.text(root, QStringLiteral("description"), QStringLiteral("description"));
    file.folderPath = fields.text(root, QStringLiteral("folder"), QStringLiteral("folder"));
    file.tags = fields.texts(root, QStringLiteral("tags"), QStringLiteral("tags"));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isDouble() && version.toInteger() >= 1 &&
        version.toDouble() == double(version.toInteger())) {
        file.version = int(version.toInteger());
    } else if (!version.isUndefined() && !version.isNull()) {
        fields.wrongType(QStringLiteral("version"), version, tr("a whole number from 1"));
    }
    file.note = fields.text(root, QStringLiteral("note"), QStringLiteral("note"));
    file.labels = fields.texts(root, QStringLiteral("labels"), QStringLiteral("labels"));
    file.content.providerId =
        fields.text(root, QStringLiteral("provider"), QStringLiteral("provider"));
    file.content.model = fields.text(root, QStringLiteral("model"), QStringLiteral("model"));
    const QJsonValue parameters = root.value(QLatin1String("parameters"));
    if (parameters.isObject()) {
        file.content.parameters = parameters.toObject();
    } else if (!parameters.isUndefined() && !parameters.isNull()) {
        fields.wrongType(QStringLiteral("parameters"), parameters, tr("an object"));
    }
    const QJsonArray variables =
        fields.objects(root, QStringLiteral("variables"), QStringLiteral("variables"));
    for (qsizetype i = 0; i < variables.size(); ++i) {
        const QJsonObject object = variables.at(i).toObject();
        const QString path = QStringLiteral("variables[%1].").arg(i);
        file.content.variables.append(
            {fields.text(object, QStringLiteral("name"), path + QLatin1String("name"), true),
             fields.text(object, QStringLiteral("default"), path + QLatin1String("default")),
             fields.text(object, QStringLiteral("description"),
                         path + QLatin1String("description"))});
    }
    const QJsonArray messages =
        fields.objects(root, QStringLiteral("messages"), QStringLiteral("messages"));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject object = messages.at(i).toObject();
        const QString path = QStringLiteral("messages[%1].").arg(i);
        const QString role =
            fields.text(object, QStringLiteral("role"), path + QLatin1String("role"), true);
        if (!role.isEmpty() && role != QLatin1String("system") && role != QLatin1String("user") &&
            role != QLatin1String("assistant")) {
            log.error(0, 0, path + QLatin1String("role"),
                      tr("\"%1\": system, user or assistant").arg(role));
        }
        file.content.messages.append({PromptContent::roleFromName(role),
                                      fields.text(object, QStringLiteral("content"),
                                                  path + QLatin1String("content"), true)});
    }
    static const QStringList known {QStringLiteral("format"),    QStringLiteral("formatVersion"),
                                    QStringLiteral("name"),      QStringLiteral("description"),
                                    QStringLiteral("folder"),    QStringLiteral("tags"),
                                    QStringLiteral("version"),   QStringLiteral("note"),
                                    QStringLiteral("labels"),    QStringLiteral("provider"),
                                    QStringLiteral("model"),     QStringLiteral("parameters"),
                                    QStringLiteral("variables"), QStringLiteral("messages")};
    for (const QString &key : root.keys()) {
        if (!known.contains(key)) {
            log.warning(0, 0, key, tr("not a key of the format; ignored"));
        }
    }
    return log.finish(std::move(file));
}

} // namespace pwb
