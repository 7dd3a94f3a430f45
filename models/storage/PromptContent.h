#pragma once

#include "providers/ChatRequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pwb {

// A template variable of a prompt, with the value used when a run gives none.
struct VariableDefinition
{
    QString name;
    QString defaultValue;
    QString description;
    bool operator==(const VariableDefinition &) const = default;
};

// Everything a prompt version fixes: its messages (templates), model parameters, variables and
// provider/model binding. Two contents with the same canonical JSON are the same version.
struct PromptContent
{
    QList<ChatMessage> messages;
    QJsonObject parameters;
    QList<VariableDefinition> variables;
    QString providerId;
    QString model;

    // What a new prompt starts as, the way most do: instructions, then the user's turn.
    static PromptContent starter(const QString &providerId = {}, const QString &model = {});

    // Stable JSON (sorted keys, fixed field order): what the content hash is taken of.
    QByteArray canonicalJson() const;
    // Back from canonicalJson()'s document (a run's snapshot is stored that way).
    static PromptContent fromCanonicalJson(const QJsonObject &object);
    // sha256 of canonicalJson(), hex.
    QString contentHash() const;

    QByteArray messagesJson() const;
    QByteArray variablesJson() const;
    static QList<ChatMessage> messagesFromJson(const QByteArray &json);
    static QList<VariableDefinition> variablesFromJson(const QByteArray &json);
    static QString roleName(ChatMessage::Role role);
    static ChatMessage::Role roleFromName(const QString &name);

    bool operator==(const PromptContent &other) const
    {
        return canonicalJson() == other.canonicalJson();
    }
};

} // namespace pwb
