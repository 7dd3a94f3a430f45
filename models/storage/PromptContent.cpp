#include "storage/PromptContent.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pwb {

PromptContent PromptContent::starter(const QString &providerId, const QString &model)
{
    PromptContent content;
    content.messages = {{ChatMessage::Role::System, {}}, {ChatMessage::Role::User, {}}};
    content.providerId = providerId;
    content.model = model;
    return content;
}

QString PromptContent::roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return QStringLiteral("system");
    case ChatMessage::Role::User:
        return QStringLiteral("user");
    case ChatMessage::Role::Assistant:
        return QStringLiteral("assistant");
    }
    return {};
}

ChatMessage::Role PromptContent::roleFromName(const QString &name)
{
    if (name == QLatin1String("system")) {
        return ChatMessage::Role::System;
    }
    return name == QLatin1String("assistant") ? ChatMessage::Role::Assistant
                                              : ChatMessage::Role::User;
}

QByteArray PromptContent::messagesJson() const
{
    QJsonArray array;
    for (const ChatMessage &message : messages) {
        array.append(QJsonObject {{QStringLiteral("role"), roleName(message.role)},
                                  {QStringLiteral("content"), message.content}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray PromptContent::variablesJson() const
{
    QJsonArray array;
    for (const VariableDefinition &variable : variables) {
        array.append(QJsonObject {{QStringLiteral("name"), variable.name},
                                  {QStringLiteral("default"), variable.defaultValue},
                                  {QStringLiteral("description"), variable.description}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<ChatMessage> PromptContent::messagesFromJson(const QByteArray &json)
{
    QList<ChatMessage> result;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject object = value.toObject();
        result.append({roleFromName(object.value(QLatin1String("role")).toString()),
                       object.value(QLatin1String("content")).toString()});
    }
    return result;
}

QList<VariableDefinition> PromptContent::variablesFromJson(const QByteArray &json)
{
    QList<VariableDefinition> result;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject object = value.toObject();
        result.append({object.value(QLatin1String("name")).toString(),
                       object.value(QLatin1String("default")).toString(),
                       object.value(QLatin1String("description")).toString()});
    }
    return result;
}

QByteArray PromptContent::canonicalJson() const
{
    // QJsonObject keeps keys sorted, so the document is the same for the same content.
    const QJsonObject canonical {
        {QStringLiteral("messages"), QJsonDocument::fromJson(messagesJson()).array()},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("variables"), QJsonDocument::fromJson(variablesJson()).array()},
        {QStringLiteral("provider"), providerId},
        {QStringLiteral("model"), model},
    };
    return QJsonDocument(canonical).toJson(QJsonDocument::Compact);
}

PromptContent PromptContent::fromCanonicalJson(const QJsonObject &object)
{
    PromptContent content;
    const auto arrayJson = [&object](const char *key) {
        return QJsonDocument(object.value(QLatin1String(key)).toArray()).toJson();
    };
    content.messages = messagesFromJson(arrayJson("messages"));
    content.variables = variablesFromJson(arrayJson("variables"));
    content.parameters = object.value(QLatin1String("parameters")).toObject();
    content.providerId = object.value(QLatin1String("provider")).toString();
    content.model = object.value(QLatin1String("model")).toString();
    return content;
}

QString PromptContent::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace pwb
